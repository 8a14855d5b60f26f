package io.gatehouse.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatehouse.http.ProblemException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** "Today", for a date of birth, is the request clock's day: never the wall clock's. */
class ClientFieldsTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2030-06-15T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void aBirthOnTheClocksTodayIsAcceptedAndTheDayAfterIsRefused() {
        assertThat(ClientFields.dateOfBirth(LocalDate.of(2030, 6, 15), CLOCK))
                .isEqualTo(LocalDate.of(2030, 6, 15));

        ProblemException refused =
                catchThrowableOfType(
                        ProblemException.class,
                        () -> ClientFields.dateOfBirth(LocalDate.of(2030, 6, 16), CLOCK));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.detail()).contains("between 1900-01-01 and today");
    }

    @Test
    void aNewClientAndAPatchAreBothCheckedAgainstTheClock() {
        NewClient born = new NewClient("Ada", null, null, LocalDate.of(2030, 6, 16), null);
        assertThat(
                        catchThrowableOfType(ProblemException.class, () -> born.checkedAt(CLOCK))
                                .status())
                .isEqualTo(422);
        assertThat(born.checkedAt(Clock.offset(CLOCK, Duration.ofDays(1)))).isSameAs(born);

        ObjectNode patch = new ObjectMapper().createObjectNode().put("dateOfBirth", "2030-06-16");
        assertThat(
                        catchThrowableOfType(
                                        ProblemException.class,
                                        () -> ClientPatch.from(patch, CLOCK))
                                .status())
                .isEqualTo(422);
    }
}
