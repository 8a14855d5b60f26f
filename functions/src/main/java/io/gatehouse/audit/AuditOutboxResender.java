package io.gatehouse.audit;

import static io.gatehouse.db.Tables.AUDIT_OUTBOX;

import io.gatehouse.consumers.ConsumerTransaction;
import io.gatehouse.consumers.TimerHandler;
import io.gatehouse.evidence.AuditEnvelopes;
import io.gatehouse.platform.Envelope;
import io.gatehouse.platform.QueueSender;
import io.gatehouse.platform.QueueUnavailableException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.JSON;
import org.jooq.Record3;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The timer's half of the outbox (sql/V5__audit_outbox.sql): sends again the audit events whose
 * outbox rows are still there a minute after they were written, because the send after commit
 * failed or the process died before it. The writer removes a row when its chain holds the event, so
 * a row that stays means the event has not reached the chain yet.
 *
 * <p>One transaction per chain, in that chain's own scope (the pipeline visits the platform chain
 * and then each registered tenant). No query ever spans tenants; row-level security would hide the
 * rows if one tried. A chain whose rows cannot be read or sent is left for the next run.
 *
 * <p>After {@link #MAX_RESENDS} re-sends a row is left alone, with a warning naming the event: a
 * message that reached the queue and failed five times is in {@code audit-events-poison}, and
 * sending it yet again would only poison it again. The row stays as the record that the event never
 * reached its chain.
 */
public final class AuditOutboxResender implements TimerHandler {

    static final String NAME = "audit-outbox-resend";

    /**
     * A row younger than this, or sent more recently, is left alone: the first send may be on its
     * way.
     */
    static final Duration GRACE = Duration.ofMinutes(1);

    static final int MAX_RESENDS = 10;

    /** Rows per chain per run: keeps each transaction, and the row locks it holds, short. */
    static final int BATCH = 200;

    private static final Logger LOG = LoggerFactory.getLogger(AuditOutboxResender.class);

    private final QueueSender queues;

    public AuditOutboxResender(QueueSender queues) {
        this.queues = queues;
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
        return resendChain(transaction.db(), transaction.chain(), now.minus(GRACE), now);
    }

    /**
     * Sends the chain's due rows and marks each one sent. A row is marked only after the queue took
     * it; when the queue fails, the rows sent so far stay marked (the transaction commits) and the
     * rest wait for the next run. Sending twice is harmless: the writer is idempotent.
     */
    private int resendChain(
            DSLContext db, UUID chain, OffsetDateTime dueBefore, OffsetDateTime now) {
        // SKIP LOCKED: a row the writer is removing right now, or another run is sending, is not
        // ours.
        List<Record3<UUID, JSON, Integer>> due =
                db.select(AUDIT_OUTBOX.EVENT_ID, AUDIT_OUTBOX.ENVELOPE, AUDIT_OUTBOX.RESENDS)
                        .from(AUDIT_OUTBOX)
                        .where(AUDIT_OUTBOX.CUSTOMER_ID.eq(chain))
                        .and(AUDIT_OUTBOX.CREATED_AT.le(dueBefore))
                        .and(
                                AUDIT_OUTBOX
                                        .LAST_SENT_AT
                                        .isNull()
                                        .or(AUDIT_OUTBOX.LAST_SENT_AT.le(dueBefore)))
                        .and(AUDIT_OUTBOX.RESENDS.lt(MAX_RESENDS))
                        .orderBy(AUDIT_OUTBOX.CREATED_AT)
                        .limit(BATCH)
                        .forUpdate()
                        .skipLocked()
                        .fetch();
        int sent = 0;
        for (Record3<UUID, JSON, Integer> row : due) {
            UUID eventId = row.value1();
            Envelope envelope;
            try {
                envelope = Envelope.fromJson(row.value2().data());
            } catch (IllegalArgumentException e) {
                // Only AuditOutbox.add writes these rows; one that does not parse must not block
                // the rest.
                LOG.error(
                        "audit outbox row of event " + eventId + " is not an envelope; not re-sent",
                        e);
                continue;
            }
            try {
                queues.send(AuditEnvelopes.QUEUE, envelope);
            } catch (QueueUnavailableException e) {
                LOG.warn(
                        "audit outbox: queue unavailable; "
                                + (due.size() - sent)
                                + " event(s) of chain "
                                + chain
                                + " wait for the next run",
                        e);
                return sent;
            }
            int resends = row.value3() + 1;
            db.update(AUDIT_OUTBOX)
                    .set(AUDIT_OUTBOX.RESENDS, resends)
                    .set(AUDIT_OUTBOX.LAST_SENT_AT, now)
                    .where(AUDIT_OUTBOX.CUSTOMER_ID.eq(chain))
                    .and(AUDIT_OUTBOX.EVENT_ID.eq(eventId))
                    .execute();
            sent++;
            if (resends == MAX_RESENDS) {
                LOG.warn(
                        "audit event "
                                + eventId
                                + " of chain "
                                + chain
                                + " re-sent "
                                + MAX_RESENDS
                                + " times and not yet in its chain: no more re-sends; look for it in "
                                + AuditEnvelopes.QUEUE
                                + "-poison");
            }
        }
        return sent;
    }
}
