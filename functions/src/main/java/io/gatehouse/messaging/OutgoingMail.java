package io.gatehouse.messaging;

import java.util.UUID;

/**
 * One e-mail to send. {@code id} becomes the Message-ID, so a copy sent twice (a crash between
 * delivery and its record) carries the same id and can be recognised by the receiving side. {@link
 * #toString()} names the id only: subject, body and recipient are PHI.
 */
record OutgoingMail(UUID id, String recipient, String subject, String body) {

    @Override
    public String toString() {
        return "OutgoingMail[" + id + "]";
    }
}
