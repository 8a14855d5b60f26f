package io.gatehouse.audit;

import static io.gatehouse.db.Tables.AUDIT_OUTBOX;

import io.gatehouse.consumers.ConsumerTransaction;
import io.gatehouse.consumers.TimerHandler;
import io.gatehouse.evidence.AuditBatches;
import io.gatehouse.evidence.AuditEnvelopes;
import io.gatehouse.observability.Tracing;
import io.gatehouse.platform.Envelope;
import io.gatehouse.platform.QueueSender;
import io.gatehouse.platform.QueueUnavailableException;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.JSON;
import org.jooq.Record3;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The relay's shipping step (sql/V5__audit_outbox.sql): moves a chain's committed outbox rows to
 * {@code audit-events}, many events per message ({@link AuditBatches}), in the order they were
 * written. It runs in two ways: at once, when {@link OutboxRelay} is told of a commit, and every
 * minute as a timer over every chain, which ships what the prompt path never got to and sends again
 * what was sent but is still not in its chain a minute later. The writer removes a row when its
 * chain holds the event, so a row that stays means the event has not reached the chain yet.
 *
 * <p>One transaction per chain, in that chain's own scope. No query ever spans tenants; row-level
 * security would hide the rows if one tried. Rows are locked {@code FOR UPDATE SKIP LOCKED}: two
 * relays (the prompt one and the timer, or two instances) never ship the same row at once, and a
 * row the writer is removing is skipped.
 *
 * <p>After {@link #MAX_SENDS} sends a row is left alone, with a warning naming the event: a message
 * that reached the queue and failed five times is in {@code audit-events-poison}, and sending it
 * yet again would only poison it again. The row stays as the record that the event never reached
 * its chain.
 */
public final class AuditOutboxResender implements TimerHandler {

    static final String NAME = "audit-outbox-resend";

    /** A row sent more recently than this is left alone: that message may be on its way. */
    static final Duration GRACE = Duration.ofMinutes(1);

    static final int MAX_SENDS = 10;

    /** Rows per chain per transaction: keeps it, and the row locks it holds, short. */
    static final int BATCH = 500;

    private static final Logger LOG = LoggerFactory.getLogger(AuditOutboxResender.class);

    private final QueueSender queues;
    private final Tracing tracing;

    public AuditOutboxResender(QueueSender queues, Tracing tracing) {
        this.queues = queues;
        this.tracing = tracing;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String actor() {
        return "gatehouse:audit-outbox-resender";
    }

    @Override
    public boolean includesPlatformChain() {
        return true;
    }

    @Override
    public int runIn(ConsumerTransaction transaction) {
        // To the microsecond, as timestamptz keeps it: the stored last_sent_at is exactly this.
        OffsetDateTime now = transaction.now().truncatedTo(ChronoUnit.MICROS);
        return shipChain(transaction.db(), transaction.chain(), now.minus(GRACE), now);
    }

    /**
     * Ships the chain's due rows — never sent, or sent before {@code sentBefore} — and marks each
     * message's rows once the queue took it. When the queue fails, the rows shipped so far stay
     * marked (the transaction commits) and the rest wait. Shipping twice is harmless: the writer
     * appends each event id once.
     */
    private int shipChain(
            DSLContext db, UUID chain, OffsetDateTime sentBefore, OffsetDateTime now) {
        List<Record3<UUID, JSON, Integer>> due =
                db.select(AUDIT_OUTBOX.EVENT_ID, AUDIT_OUTBOX.ENVELOPE, AUDIT_OUTBOX.RESENDS)
                        .from(AUDIT_OUTBOX)
                        .where(AUDIT_OUTBOX.CUSTOMER_ID.eq(chain))
                        .and(
                                AUDIT_OUTBOX
                                        .LAST_SENT_AT
                                        .isNull()
                                        .or(AUDIT_OUTBOX.LAST_SENT_AT.le(sentBefore)))
                        .and(AUDIT_OUTBOX.RESENDS.lt(MAX_SENDS))
                        .orderBy(AUDIT_OUTBOX.CREATED_AT, AUDIT_OUTBOX.EVENT_ID)
                        .limit(BATCH)
                        .forUpdate()
                        .skipLocked()
                        .fetch();
        List<Envelope> events = new ArrayList<>(due.size());
        List<Integer> sendsSoFar = new ArrayList<>(due.size());
        for (Record3<UUID, JSON, Integer> row : due) {
            try {
                events.add(Envelope.fromJson(row.value2().data()));
                sendsSoFar.add(row.value3());
            } catch (IllegalArgumentException e) {
                // Only AuditOutbox writes these rows; one that does not parse must not block the
                // rest.
                LOG.error(
                        "audit outbox row of event "
                                + row.value1()
                                + " is not an envelope; not sent",
                        e);
            }
        }
        int shipped = 0;
        for (List<Envelope> group : AuditBatches.group(events)) {
            int size = group.size();
            try {
                send(chain, group);
            } catch (QueueUnavailableException e) {
                LOG.warn(
                        "audit relay: queue unavailable; "
                                + (events.size() - shipped)
                                + " event(s) of chain "
                                + chain
                                + " wait for the next try",
                        e);
                return shipped;
            }
            List<Envelope> sent = events.subList(shipped, shipped + size);
            markSent(db, chain, sent, now);
            warnOnLastSend(chain, sent, sendsSoFar.subList(shipped, shipped + size));
            shipped += size;
        }
        return shipped;
    }

    /** One message, in a producer span linked to the trace of each request it carries. */
    private void send(UUID chain, List<Envelope> group) {
        Span span =
                tracing.startChildSpan(
                        "send " + AuditEnvelopes.QUEUE,
                        SpanKind.PRODUCER,
                        group.stream()
                                .map(Envelope::traceparent)
                                .filter(Objects::nonNull)
                                .toList());
        span.setAttribute("messaging.system", "azure_storage_queues");
        span.setAttribute("messaging.batch.message_count", group.size());
        try (Scope ignored = span.makeCurrent()) {
            queues.send(
                    AuditEnvelopes.QUEUE,
                    AuditBatches.batchOf(chain, group, Tracing.traceparentOf(span).orElse(null)));
        } catch (RuntimeException e) {
            span.setStatus(StatusCode.ERROR);
            throw e;
        } finally {
            span.end();
        }
    }

    private static void markSent(
            DSLContext db, UUID chain, List<Envelope> sent, OffsetDateTime now) {
        db.update(AUDIT_OUTBOX)
                .set(AUDIT_OUTBOX.RESENDS, AUDIT_OUTBOX.RESENDS.plus(1))
                .set(AUDIT_OUTBOX.LAST_SENT_AT, now)
                .where(AUDIT_OUTBOX.CUSTOMER_ID.eq(chain))
                .and(AUDIT_OUTBOX.EVENT_ID.in(sent.stream().map(Envelope::id).toList()))
                .execute();
    }

    private static void warnOnLastSend(UUID chain, List<Envelope> sent, List<Integer> sendsBefore) {
        for (int i = 0; i < sent.size(); i++) {
            if (sendsBefore.get(i) + 1 == MAX_SENDS) {
                LOG.warn(
                        "audit event "
                                + sent.get(i).id()
                                + " of chain "
                                + chain
                                + " sent "
                                + MAX_SENDS
                                + " times and not yet in its chain: no more sends; look for it in "
                                + AuditEnvelopes.QUEUE
                                + "-poison");
            }
        }
    }
}
