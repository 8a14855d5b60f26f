package io.gatehouse.audit;

import static io.gatehouse.db.Tables.AUDIT_EVENTS;

import io.gatehouse.db.tables.records.AuditEventsRecord;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.UUID;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.JSON;

/** Between gatehouse.audit_events rows and chained events, field for field. */
final class AuditRows {

    private AuditRows() {}

    /** Rows are streamed in batches of this many: a chain can be far longer than memory allows. */
    private static final int FETCH_SIZE = 500;

    /** A chain's rows in seq order, streamed; the caller closes the cursor. */
    static Cursor<AuditEventsRecord> inChainOrder(DSLContext db, UUID chain) {
        return db.selectFrom(AUDIT_EVENTS)
                .where(AUDIT_EVENTS.CUSTOMER_ID.eq(chain))
                .orderBy(AUDIT_EVENTS.SEQ)
                .fetchSize(FETCH_SIZE)
                .fetchLazy();
    }

    static AuditEventsRecord toRow(ChainedEvent event) {
        AuditEventsRecord row = new AuditEventsRecord();
        row.setCustomerId(event.customerId());
        row.setSeq(event.seq());
        row.setEventId(event.eventId());
        row.setOccurredAt(event.occurredAt().atOffset(ZoneOffset.UTC));
        row.setRecordedAt(event.recordedAt().atOffset(ZoneOffset.UTC));
        row.setActorSubject(event.actorSubject());
        row.setActorRoles(event.actorRoles().toArray(String[]::new));
        row.setActorInteractive(event.actorInteractive());
        row.setAction(event.action());
        row.setResourceType(event.resourceType());
        row.setResourceId(event.resourceId());
        row.setOutcome(event.outcome());
        row.setClientIp(event.clientIp());
        row.setUserAgent(event.userAgent());
        row.setCorrelationId(event.correlationId());
        row.setTraceId(event.traceId());
        row.setDetails(JSON.valueOf(event.detailsJson()));
        row.setPrevHash(event.prevHash().bytes());
        row.setHash(event.hash().bytes());
        return row;
    }

    /**
     * The stored row as a chained event. Throws {@link IllegalArgumentException} for a row that
     * cannot even be read as one (a hash of the wrong length, say); verification counts that as a
     * broken link.
     */
    static ChainedEvent fromRow(AuditEventsRecord row) {
        return new ChainedEvent(
                row.getCustomerId(),
                row.getSeq(),
                row.getEventId(),
                row.getOccurredAt().toInstant(),
                row.getRecordedAt().toInstant(),
                row.getActorSubject(),
                Arrays.asList(row.getActorRoles()),
                row.getActorInteractive(),
                row.getAction(),
                row.getResourceType(),
                row.getResourceId(),
                row.getOutcome(),
                row.getClientIp(),
                row.getUserAgent(),
                row.getCorrelationId(),
                row.getTraceId(),
                row.getDetails().data(),
                ChainHash.of(row.getPrevHash()),
                ChainHash.of(row.getHash()));
    }
}
