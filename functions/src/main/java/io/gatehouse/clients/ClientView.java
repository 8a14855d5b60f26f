package io.gatehouse.clients;

import io.gatehouse.db.tables.records.ClientsRecord;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A client as the API shows it. The tenant id is implied by the caller and not repeated. */
record ClientView(
        UUID id,
        String fullName,
        String email,
        String phone,
        LocalDate dateOfBirth,
        String notes,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    static ClientView of(ClientsRecord row) {
        return new ClientView(
                row.getClientId(),
                row.getFullName(),
                row.getEmail(),
                row.getPhone(),
                row.getDateOfBirth(),
                row.getNotes(),
                row.getCreatedAt(),
                row.getUpdatedAt());
    }
}
