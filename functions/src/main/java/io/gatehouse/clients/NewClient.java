package io.gatehouse.clients;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The body of POST /clients. Only these fields are accepted; each is checked on arrival ({@link
 * #checkedAt}).
 */
record NewClient(String fullName, String email, String phone, LocalDate dateOfBirth, String notes) {

    NewClient {
        fullName = ClientFields.fullName(fullName);
        email = ClientFields.email(email);
        phone = ClientFields.phone(phone);
        notes = ClientFields.notes(notes);
    }

    /**
     * Checks the date of birth, which must not lie after today: that needs the request's clock,
     * which the constructor the JSON mapper calls cannot be given.
     */
    NewClient checkedAt(Clock clock) {
        ClientFields.dateOfBirth(dateOfBirth, clock);
        return this;
    }
}
