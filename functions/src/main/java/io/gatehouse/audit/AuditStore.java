package io.gatehouse.audit;

import static io.gatehouse.db.Tables.AUDIT_CHAIN_HEADS;
import static io.gatehouse.db.Tables.AUDIT_EVENTS;

import io.gatehouse.db.tables.records.AuditEventsRecord;
import io.gatehouse.evidence.AuditEvent;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertSetMoreStep;
import org.jooq.Record2;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Appends events to a chain: the audit writer's one database operation (SPEC.md §2, §5).
 *
 * <p>Call it inside the transaction of the chain's owner — {@code TenantTransactions.inTenant} of
 * the events' tenant, or {@code inPlatformScope} for {@link AuditEvent#PLATFORM_CHAIN} — so that
 * row-level security, not this class, decides which chain can be reached: events of any other chain
 * fail with a row-level security error and nothing is written.
 */
final class AuditStore {

    /**
     * The server's clock when it is read, not when the transaction began ({@code now()}): read
     * after the head lock is granted, it makes recorded_at non-decreasing along a chain, and every
     * writer instance uses the same clock.
     */
    private static final Field<OffsetDateTime> CLOCK =
            DSL.function("clock_timestamp", SQLDataType.TIMESTAMPWITHTIMEZONE);

    private AuditStore() {}

    /**
     * Adds {@code events} to the end of their chain, in list order, with consecutive seq numbers,
     * and advances the chain head. Events whose id the chain already holds are skipped, so a
     * redelivered batch changes nothing. All events must belong to one chain (the audit writer
     * groups a batch by tenant first).
     *
     * <p>The chain head stays locked until the caller's transaction ends: keep the transaction
     * short.
     */
    public static AppendResult append(DSLContext db, List<AuditEvent> events) {
        if (events.isEmpty()) {
            return new AppendResult(List.of(), List.of());
        }
        UUID chain = events.get(0).customerId();
        if (events.stream().anyMatch(event -> !chain.equals(event.customerId()))) {
            throw new IllegalArgumentException(
                    "one chain per call: group the events by tenant first");
        }

        Record2<Long, byte[]> head = lockHead(db, chain);
        // Checked under the head lock: no other writer of this chain can store one of these ids
        // between this read and our insert, so the unique key is a backstop, never the mechanism.
        // One round trip for both: the ids already there, and the time after the lock.
        Record2<OffsetDateTime, UUID[]> afterLock =
                db.select(
                                CLOCK,
                                DSL.array(
                                        DSL.select(AUDIT_EVENTS.EVENT_ID)
                                                .from(AUDIT_EVENTS)
                                                .where(AUDIT_EVENTS.CUSTOMER_ID.eq(chain))
                                                .and(
                                                        AUDIT_EVENTS.EVENT_ID.in(
                                                                events.stream()
                                                                        .map(AuditEvent::eventId)
                                                                        .toList()))))
                        .fetchSingle();
        Set<UUID> inChain = new HashSet<>(Arrays.asList(afterLock.value2()));
        OffsetDateTime recordedAt = afterLock.value1();

        long seq = head.value1();
        ChainHash prev = ChainHash.of(head.value2());
        List<ChainedEvent> written = new ArrayList<>();
        List<AuditEvent> skipped = new ArrayList<>();
        for (AuditEvent event : events) {
            if (!inChain.add(event.eventId())) {
                skipped.add(event);
                continue;
            }
            ChainedEvent linked = ChainedEvent.link(event, ++seq, recordedAt.toInstant(), prev);
            written.add(linked);
            prev = linked.hash();
        }
        if (!written.isEmpty()) {
            insert(db, written);
            db.update(AUDIT_CHAIN_HEADS)
                    .set(AUDIT_CHAIN_HEADS.LAST_SEQ, seq)
                    .set(AUDIT_CHAIN_HEADS.LAST_HASH, prev.bytes())
                    .set(AUDIT_CHAIN_HEADS.UPDATED_AT, recordedAt)
                    .where(AUDIT_CHAIN_HEADS.CUSTOMER_ID.eq(chain))
                    .execute();
        }
        return new AppendResult(written, skipped);
    }

    /**
     * Locks the chain's head row, creating it first for a chain's very first event. The lock is
     * what serialises writers of one chain: without it two writers would read the same last_seq and
     * last_hash and fork the chain (the primary key would then refuse one of them, but only after
     * it had done its work). Two writers creating the same head at once are safe too: the insert
     * does nothing when the row exists, or waits for the other writer's row and then does nothing,
     * and both then lock the one row.
     */
    private static Record2<Long, byte[]> lockHead(DSLContext db, UUID chain) {
        Optional<Record2<Long, byte[]>> existing = selectHeadForUpdate(db, chain);
        if (existing.isPresent()) {
            return existing.get();
        }
        db.insertInto(AUDIT_CHAIN_HEADS)
                .set(AUDIT_CHAIN_HEADS.CUSTOMER_ID, chain)
                .set(AUDIT_CHAIN_HEADS.LAST_SEQ, 0L)
                .set(AUDIT_CHAIN_HEADS.LAST_HASH, ChainHash.GENESIS.bytes())
                .set(AUDIT_CHAIN_HEADS.UPDATED_AT, CLOCK)
                .onConflictDoNothing()
                .execute();
        return selectHeadForUpdate(db, chain)
                .orElseThrow(
                        () ->
                                new IllegalStateException(
                                        "the chain head was created but cannot be read back"));
    }

    private static Optional<Record2<Long, byte[]>> selectHeadForUpdate(DSLContext db, UUID chain) {
        return db.select(AUDIT_CHAIN_HEADS.LAST_SEQ, AUDIT_CHAIN_HEADS.LAST_HASH)
                .from(AUDIT_CHAIN_HEADS)
                .where(AUDIT_CHAIN_HEADS.CUSTOMER_ID.eq(chain))
                .forUpdate()
                .fetchOptional();
    }

    private static void insert(DSLContext db, List<ChainedEvent> chained) {
        InsertSetMoreStep<AuditEventsRecord> insert =
                db.insertInto(AUDIT_EVENTS).set(AuditRows.toRow(chained.get(0)));
        for (ChainedEvent event : chained.subList(1, chained.size())) {
            insert = insert.newRecord().set(AuditRows.toRow(event));
        }
        insert.execute();
    }
}
