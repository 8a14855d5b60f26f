package io.gatehouse.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import io.gatehouse.platform.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestBodiesTest {

    record TextBody(String text) {}

    private static JsonNode json(String body) throws Exception {
        return Json.mapper().readTree(body);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"text\":5}",
                "{\"text\":1.5}",
                "{\"text\":true}",
                "{\"text\":[\"a\"]}",
                "{\"text\":{}}"
            })
    void aValueThatIsNotTextWhereTextIsDeclaredIs422NamingTheField(String body) throws Exception {
        ProblemException refused =
                catchThrowableOfType(
                        ProblemException.class,
                        () -> RequestBodies.bind(json(body), TextBody.class));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.detail()).contains("'text'");
    }

    @Test
    void textIsReadAsWritten() throws Exception {
        assertThat(RequestBodies.bind(json("{\"text\":\"5\"}"), TextBody.class).text())
                .isEqualTo("5");
        assertThat(RequestBodies.bind(json("{\"text\":null}"), TextBody.class).text()).isNull();
    }
}
