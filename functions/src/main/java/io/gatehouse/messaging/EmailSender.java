package io.gatehouse.messaging;

import static io.gatehouse.db.Tables.DISCLOSURES;

import com.fasterxml.jackson.databind.JsonNode;
import io.gatehouse.audit.AuditOutcome;
import io.gatehouse.audit.ConsumerAudit;
import io.gatehouse.observability.Tracing;
import io.gatehouse.platform.Envelope;
import io.gatehouse.platform.QueueSender;
import io.gatehouse.tenancy.TenantTransactions;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Scope;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * The consumer of {@code outbound-email}: delivers the message over SMTP, then records the
 * disclosure (date, recipient, description, purpose) and its audit event {@code disclosure.record}
 * in one transaction of the message's tenant.
 *
 * <p>Idempotent on the envelope id, which is the disclosure's id: a message whose disclosure is
 * recorded is not sent again. No database transaction is held open during the SMTP conversation;
 * the price is a narrow window — the process dies after the server accepted the mail and before
 * the record commits — in which a redelivery sends a second copy, with the same Message-ID. The
 * body and subject are never logged, traced, stored or audited.
 */
public final class EmailSender {

    static final String ACTOR = "gatehouse:email-sender";

    /** What became of one message. */
    public enum Delivery { SENT, ALREADY_SENT }

    private final TenantTransactions transactions;
    private final Mailer mailer;
    private final QueueSender queues;
    private final Tracing tracing;
    private final Clock clock;

    public EmailSender(TenantTransactions transactions, Mailer mailer, QueueSender queues, Tracing tracing, Clock clock) {
        this.transactions = transactions;
        this.mailer = mailer;
        this.queues = queues;
        this.tracing = tracing;
        this.clock = clock;
    }

    public Delivery deliver(Envelope envelope) {
        if (!MessageHandlers.TYPE.equals(envelope.type()) || envelope.customerId() == null) {
            throw new IllegalArgumentException("not an outbound PHI e-mail of a tenant");
        }
        JsonNode payload = envelope.payload();
        UUID disclosureId = envelope.id();
        UUID clientId = UUID.fromString(required(payload, "clientId"));
        String recipient = required(payload, "recipient");
        Span span = tracing.startSpan("process " + MessageHandlers.OUTBOUND_EMAIL, SpanKind.CONSUMER,
                Optional.ofNullable(envelope.traceparent()));
        try (Scope ignored = span.makeCurrent()) {
            boolean recorded = transactions.inTenant(envelope.customerId(),
                    db -> db.fetchExists(DISCLOSURES, DISCLOSURES.DISCLOSURE_ID.eq(disclosureId)));
            if (recorded) {
                return Delivery.ALREADY_SENT;
            }
            mailer.send(new OutgoingMail(disclosureId, recipient, required(payload, "subject"), required(payload, "body")));
            record(envelope, disclosureId, clientId, recipient, payload);
            return Delivery.SENT;
        } finally {
            span.end();
        }
    }

    private void record(Envelope envelope, UUID disclosureId, UUID clientId, String recipient, JsonNode payload) {
        ConsumerAudit audit = ConsumerAudit.of(ACTOR, envelope);
        try {
            transactions.inTenant(envelope.customerId(), db -> {
                int inserted = db.insertInto(DISCLOSURES)
                        .set(DISCLOSURES.CUSTOMER_ID, envelope.customerId())
                        .set(DISCLOSURES.DISCLOSURE_ID, disclosureId)
                        .set(DISCLOSURES.CLIENT_ID, clientId)
                        .set(DISCLOSURES.RECIPIENT, recipient)
                        .set(DISCLOSURES.DESCRIPTION, required(payload, "description"))
                        .set(DISCLOSURES.PURPOSE, required(payload, "purpose"))
                        .set(DISCLOSURES.CHANNEL, "email")
                        .set(DISCLOSURES.DISCLOSED_BY, required(payload, "requestedBy"))
                        .set(DISCLOSURES.DISCLOSED_AT, OffsetDateTime.now(clock))
                        .set(DISCLOSURES.CORRELATION_ID, envelope.correlationId())
                        .onConflictDoNothing()
                        .execute();
                if (inserted == 1) {
                    audit.record(db, audit.event("disclosure.record", AuditOutcome.SUCCESS)
                            .resource("client", clientId.toString())
                            .detail("disclosureId", disclosureId.toString())
                            .detail("channel", "email")
                            .detail("requestedBy", required(payload, "requestedBy"))
                            .build());
                }
                return inserted;
            });
            audit.sendAfterCommit(queues);
        } catch (RuntimeException failure) {
            audit.discard();
            throw failure;
        }
    }

    private static String required(JsonNode payload, String field) {
        JsonNode value = payload.get(field);
        if (value == null || !value.isTextual() || value.asText().isEmpty()) {
            throw new IllegalArgumentException("the e-mail message lacks " + field);
        }
        return value.asText();
    }
}
