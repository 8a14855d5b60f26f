package io.gatehouse.devhost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.azure.functions.HttpMethod;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.HttpStatus;
import com.microsoft.azure.functions.HttpStatusType;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DevHttpMessagesTest {

    @Test
    void requestHeaderNamesAreLowerCasedAsTheHostDoes() {
        Map<String, String> sent = new LinkedHashMap<>();
        sent.put("Authorization", "Bearer t");
        sent.put("X-Tenant", "a");
        sent.put("x-tenant", "b");

        DevHttpRequest request =
                new DevHttpRequest(
                        HttpMethod.GET, URI.create("http://h/api/x"), sent, Optional.empty());

        assertThat(request.getHeaders()).containsOnlyKeys("authorization", "x-tenant");
        assertThat(request.getHeaders().get("authorization")).isEqualTo("Bearer t");
        assertThat(request.getHeaders().get("Authorization")).isNull();
        assertThat(request.getHeaders().get("x-tenant")).isEqualTo("a,b");
        assertThatThrownBy(() -> request.getHeaders().put("x", "y"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void queryParametersAreDecodedJoinedWhenRepeatedAndDroppedWhenEmpty() {
        DevHttpRequest request =
                new DevHttpRequest(
                        HttpMethod.GET,
                        URI.create("http://h/api/x?q=a+b%26c&tag=1&tag=2&empty=&flag"),
                        Map.of(),
                        Optional.empty());

        assertThat(request.getQueryParameters()).isEqualTo(Map.of("q", "a b&c", "tag", "1,2"));
    }

    @Test
    void responseBuilderCarriesStatusHeadersAndBody() {
        DevHttpRequest request =
                new DevHttpRequest(
                        HttpMethod.POST, URI.create("http://h/api/x"), Map.of(), Optional.of("{}"));

        HttpResponseMessage response =
                request.createResponseBuilder(HttpStatusType.custom(299))
                        .header("Content-Type", "text/plain")
                        .header("content-type", "application/json")
                        .body("{}")
                        .build();

        assertThat(response.getStatusCode()).isEqualTo(299);
        assertThat(response.getHeader("CONTENT-TYPE")).isEqualTo("application/json");
        assertThat(((DevHttpResponse) response).headers()).containsOnlyKeys("Content-Type");
        assertThat(response.getBody()).isEqualTo("{}");
        assertThat(request.createResponseBuilder(HttpStatus.NO_CONTENT).build().getStatus())
                .isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void traceContextContinuesAWellFormedTraceparentAndStartsOneOtherwise() {
        String incoming = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";

        assertThat(
                        DevTraceContext.fromHeaders(
                                Map.of("traceparent", incoming, "tracestate", "k=v")))
                .satisfies(
                        trace -> {
                            assertThat(trace.getTraceparent()).isEqualTo(incoming);
                            assertThat(trace.getTracestate()).isEqualTo("k=v");
                        });
        assertThat(DevTraceContext.fromHeaders(Map.of("traceparent", "garbage")).getTraceparent())
                .matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01")
                .isNotEqualTo(DevTraceContext.fromHeaders(Map.of()).getTraceparent());
    }
}
