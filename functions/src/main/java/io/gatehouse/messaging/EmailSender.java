package io.gatehouse.messaging;

import static io.gatehouse.db.Tables.DISCLOSURES;

import com.fasterxml.jackson.databind.JsonNode;
import io.gatehouse.consumers.ConsumerTransaction;
import io.gatehouse.consumers.InboundMessage;
import io.gatehouse.consumers.MessageHandler;
import io.gatehouse.evidence.AuditOutcome;
import io.gatehouse.platform.Envelope;
import io.gatehouse.tenancy.TransactionAccess;
import java.util.UUID;

/**
 * The consumer of {@code outbound-email}: delivers the message over SMTP, then records the
 * disclosure (date, recipient, description, purpose) and its audit event {@code disclosure.record}
 * in one transaction of the message's tenant.
 *
 * <p>Idempotent on the envelope id, which is the disclosure's id: a message whose disclosure is
 * recorded is not sent again. No database transaction is held open during the SMTP conversation;
 * the price is a narrow window — the process dies after the server accepted the mail and before the
 * record commits — in which a redelivery sends a second copy, with the same Message-ID. (A database
 * outage in that window is waited out by the pipeline, inside the invocation, so it does not open
 * the window.) The body and subject are never logged, traced, stored or audited.
 */
public final class EmailSender
        implements MessageHandler<EmailSender.PhiEmail, EmailSender.Delivery> {

    static final String ACTOR = "gatehouse:email-sender";

    /** What became of one message. */
    public enum Delivery {
        SENT,
        ALREADY_SENT
    }

    /** The payload, every field required. */
    public record PhiEmail(
            UUID clientId,
            String recipient,
            String subject,
            String body,
            String description,
            String purpose,
            String requestedBy) {}

    private final Mailer mailer;

    public EmailSender(Mailer mailer) {
        this.mailer = mailer;
    }

    @Override
    public String queue() {
        return MessageHandlers.OUTBOUND_EMAIL;
    }

    @Override
    public String type() {
        return MessageHandlers.TYPE;
    }

    @Override
    public String actor() {
        return ACTOR;
    }

    @Override
    public PhiEmail decode(Envelope envelope) {
        JsonNode payload = envelope.payload();
        return new PhiEmail(
                UUID.fromString(required(payload, "clientId")),
                required(payload, "recipient"),
                required(payload, "subject"),
                required(payload, "body"),
                required(payload, "description"),
                required(payload, "purpose"),
                required(payload, "requestedBy"));
    }

    @Override
    public Delivery handle(PhiEmail email, InboundMessage message) {
        UUID disclosureId = message.id();
        boolean recorded =
                message.inTransaction(
                        TransactionAccess.READ_ONLY,
                        transaction ->
                                transaction
                                        .db()
                                        .fetchExists(
                                                DISCLOSURES,
                                                DISCLOSURES.DISCLOSURE_ID.eq(disclosureId)));
        if (recorded) {
            return Delivery.ALREADY_SENT;
        }
        mailer.send(
                new OutgoingMail(disclosureId, email.recipient(), email.subject(), email.body()));
        message.inTransaction(transaction -> record(transaction, message, email));
        return Delivery.SENT;
    }

    private static int record(
            ConsumerTransaction transaction, InboundMessage message, PhiEmail email) {
        int inserted =
                transaction
                        .db()
                        .insertInto(DISCLOSURES)
                        .set(DISCLOSURES.CUSTOMER_ID, message.customerId())
                        .set(DISCLOSURES.DISCLOSURE_ID, message.id())
                        .set(DISCLOSURES.CLIENT_ID, email.clientId())
                        .set(DISCLOSURES.RECIPIENT, email.recipient())
                        .set(DISCLOSURES.DESCRIPTION, email.description())
                        .set(DISCLOSURES.PURPOSE, email.purpose())
                        .set(DISCLOSURES.CHANNEL, "email")
                        .set(DISCLOSURES.DISCLOSED_BY, email.requestedBy())
                        .set(DISCLOSURES.DISCLOSED_AT, transaction.now())
                        .set(DISCLOSURES.CORRELATION_ID, message.correlationId())
                        .onConflictDoNothing()
                        .execute();
        if (inserted == 1) {
            transaction.record(
                    transaction
                            .event("disclosure.record", AuditOutcome.SUCCESS)
                            .resource("client", email.clientId().toString())
                            .detail("disclosureId", message.id().toString())
                            .detail("channel", "email")
                            .detail("requestedBy", email.requestedBy())
                            .build());
        }
        return inserted;
    }

    private static String required(JsonNode payload, String field) {
        JsonNode value = payload.get(field);
        if (value == null || !value.isTextual() || value.asText().isEmpty()) {
            throw new IllegalArgumentException("the e-mail message lacks " + field);
        }
        return value.asText();
    }
}
