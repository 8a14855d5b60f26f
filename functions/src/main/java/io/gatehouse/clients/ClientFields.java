package io.gatehouse.clients;

import io.gatehouse.http.ProblemException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Pattern;

/** The rules for each client field, shared by create and patch so both refuse the same input. */
final class ClientFields {

    static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()./-]{3,40}$");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\r\\n\\t]]");

    private ClientFields() {}

    static String fullName(String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.unprocessable("fullName is required.");
        }
        return text("fullName", value.strip(), 200);
    }

    static String email(String value) {
        if (value == null) {
            return null;
        }
        String email = text("email", value.strip(), 320);
        if (!EMAIL.matcher(email).matches()) {
            throw ProblemException.unprocessable("email is not an e-mail address.");
        }
        return email;
    }

    static String phone(String value) {
        if (value == null) {
            return null;
        }
        String phone = value.strip();
        if (!PHONE.matcher(phone).matches()) {
            throw ProblemException.unprocessable(
                    "phone may hold digits, spaces and + ( ) . / - only, at most 40.");
        }
        return phone;
    }

    /**
     * @param clock the request's clock: "today" is the graph's, not the wall clock's
     */
    static LocalDate dateOfBirth(LocalDate value, Clock clock) {
        if (value != null
                && (value.isBefore(EARLIEST_BIRTH_DATE) || value.isAfter(LocalDate.now(clock)))) {
            throw ProblemException.unprocessable(
                    "dateOfBirth must be between 1900-01-01 and today.");
        }
        return value;
    }

    static String notes(String value) {
        return value == null ? null : text("notes", value, 10_000);
    }

    private static String text(String field, String value, int maxLength) {
        if (value.length() > maxLength) {
            throw ProblemException.unprocessable(
                    field + " is longer than " + maxLength + " characters.");
        }
        if (CONTROL.matcher(value).find()) {
            throw ProblemException.unprocessable(field + " contains control characters.");
        }
        return value;
    }
}
