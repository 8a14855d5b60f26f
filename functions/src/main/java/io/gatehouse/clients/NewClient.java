package io.gatehouse.clients;

import java.time.LocalDate;

/** The body of POST /clients. Only these fields are accepted; each is checked on arrival. */
record NewClient(String fullName, String email, String phone, LocalDate dateOfBirth, String notes) {

    NewClient {
        fullName = ClientFields.fullName(fullName);
        email = ClientFields.email(email);
        phone = ClientFields.phone(phone);
        dateOfBirth = ClientFields.dateOfBirth(dateOfBirth);
        notes = ClientFields.notes(notes);
    }
}
