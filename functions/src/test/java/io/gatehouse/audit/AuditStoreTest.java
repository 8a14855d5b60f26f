package io.gatehouse.audit;

import static io.gatehouse.db.Tables.AUDIT_CHAIN_HEADS;
import static io.gatehouse.db.Tables.AUDIT_EVENTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gatehouse.db.tables.records.AuditChainHeadsRecord;
import io.gatehouse.evidence.AuditEvent;
import io.gatehouse.evidence.AuditOutcome;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Appending to chains through the runtime login, under row-level security, on a real PostgreSQL:
 * order, idempotency, concurrency, and which chain a transaction can reach.
 */
class AuditStoreTest {

    static AuditDatabase audit;
    final ExecutorService threads = Executors.newFixedThreadPool(8);

    @BeforeAll
    static void database() {
        audit = AuditDatabase.shared();
    }

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void eventsGetConsecutiveSeqLinkedHashesAndReadBackExactlyAsHashed() {
        UUID tenant = UUID.randomUUID();
        AppendResult first = audit.append(tenant, AuditSamples.events(tenant, 3));
        AppendResult second = audit.append(tenant, AuditSamples.events(tenant, 2));

        List<ChainedEvent> written = new ArrayList<>(first.written());
        written.addAll(second.written());
        assertThat(written).extracting(ChainedEvent::seq).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(written.get(0).prevHash()).isEqualTo(ChainHash.GENESIS);
        for (int i = 1; i < written.size(); i++) {
            assertThat(written.get(i).prevHash()).isEqualTo(written.get(i - 1).hash());
        }
        // What is read back (microseconds, jsonb, text[]) hashes to what was computed before
        // writing.
        List<ChainedEvent> stored =
                audit.inChainScope(
                        tenant,
                        db ->
                                db.selectFrom(AUDIT_EVENTS)
                                        .orderBy(AUDIT_EVENTS.SEQ)
                                        .fetch(AuditRows::fromRow));
        assertThat(stored).isEqualTo(written);
        assertThat(stored)
                .allSatisfy(event -> assertThat(CanonicalForm.hash(event)).isEqualTo(event.hash()));
        AuditChainHeadsRecord head =
                audit.inChainScope(tenant, db -> db.selectFrom(AUDIT_CHAIN_HEADS).fetchSingle());
        assertThat(head.getLastSeq()).isEqualTo(5L);
        assertThat(ChainHash.of(head.getLastHash())).isEqualTo(written.get(4).hash());
        assertThat(audit.verify(tenant)).isEqualTo(new ChainVerification(true, 5, null));
    }

    @Test
    void recordedAtNeverGoesBackwardsAlongAChain() {
        UUID tenant = UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            audit.append(tenant, AuditSamples.events(tenant, 2));
        }
        List<java.time.OffsetDateTime> recorded =
                audit.inChainScope(
                        tenant,
                        db ->
                                db.select(AUDIT_EVENTS.RECORDED_AT)
                                        .from(AUDIT_EVENTS)
                                        .orderBy(AUDIT_EVENTS.SEQ)
                                        .fetch(AUDIT_EVENTS.RECORDED_AT));
        assertThat(recorded).hasSize(10).isSorted();
    }

    @Test
    void aRedeliveredEventChangesNothing() throws SQLException {
        UUID tenant = UUID.randomUUID();
        AuditEvent event = AuditSamples.event(tenant);
        audit.append(tenant, List.of(event));
        List<String> rowsBefore = audit.storedRows(tenant);
        String headBefore = audit.storedHead(tenant);

        AppendResult again = audit.append(tenant, List.of(event));
        // A copy that claims the same id but says something else does not replace the original.
        AuditEvent forgedCopy =
                AuditSamples.phiRead(tenant)
                        .eventId(event.eventId())
                        .outcome(AuditOutcome.DENIED)
                        .build();
        AppendResult forged = audit.append(tenant, List.of(forgedCopy));

        assertThat(again.written()).isEmpty();
        assertThat(again.skipped()).containsExactly(event);
        assertThat(forged.written()).isEmpty();
        assertThat(audit.storedRows(tenant)).isEqualTo(rowsBefore).hasSize(1);
        assertThat(audit.storedHead(tenant)).isEqualTo(headBefore);
    }

    @Test
    void theSameEventTwiceInOneBatchIsStoredOnce() throws SQLException {
        UUID tenant = UUID.randomUUID();
        AuditEvent event = AuditSamples.event(tenant);
        AuditEvent other = AuditSamples.event(tenant);

        AppendResult result = audit.append(tenant, List.of(event, other, event));

        assertThat(result.written())
                .extracting(ChainedEvent::eventId)
                .containsExactly(event.eventId(), other.eventId());
        assertThat(result.skipped()).containsExactly(event);
        assertThat(audit.storedRows(tenant)).hasSize(2);
    }

    @Test
    void oneEventDeliveredToManyWritersAtOnceIsStoredOnce() throws Exception {
        UUID tenant = UUID.randomUUID();
        AuditEvent event = AuditSamples.event(tenant);
        int writers = 8;
        CyclicBarrier start = new CyclicBarrier(writers);
        List<Future<AppendResult>> results = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            results.add(
                    threads.submit(
                            () -> {
                                start.await(10, TimeUnit.SECONDS);
                                return audit.append(tenant, List.of(event));
                            }));
        }
        int writtenTotal = 0;
        for (Future<AppendResult> result : results) {
            writtenTotal += result.get(60, TimeUnit.SECONDS).written().size();
        }

        assertThat(writtenTotal).isEqualTo(1);
        assertThat(audit.storedRows(tenant)).hasSize(1);
        assertThat(audit.storedHead(tenant)).startsWith("1 ");
    }

    @Test
    void concurrentWritersOfOneChainLeaveNoGapAndNoFork() throws Exception {
        UUID tenant = UUID.randomUUID();
        // As many writers as the pool has connections, so they contend for the chain head and not
        // for connections. All start together on a chain without a head: its creation races too.
        int writers = AuditDatabase.POOL_SIZE;
        int batchesPerWriter = 12;
        CyclicBarrier start = new CyclicBarrier(writers);
        List<Future<Integer>> results = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int size = 1 + w % 3;
            results.add(
                    threads.submit(
                            () -> {
                                start.await(10, TimeUnit.SECONDS);
                                int written = 0;
                                for (int b = 0; b < batchesPerWriter; b++) {
                                    written +=
                                            audit.append(tenant, AuditSamples.events(tenant, size))
                                                    .written()
                                                    .size();
                                }
                                return written;
                            }));
        }
        long total = 0;
        for (Future<Integer> result : results) {
            total += result.get(120, TimeUnit.SECONDS);
        }

        long expected = total;
        List<Long> seqs =
                audit.inChainScope(
                        tenant,
                        db ->
                                db.select(AUDIT_EVENTS.SEQ)
                                        .from(AUDIT_EVENTS)
                                        .orderBy(AUDIT_EVENTS.SEQ)
                                        .fetch(AUDIT_EVENTS.SEQ));
        assertThat(total).isEqualTo(batchesPerWriter * (1 + 2 + 3 + 1));
        assertThat(seqs)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, expected).boxed().toList());
        assertThat(audit.verify(tenant)).isEqualTo(new ChainVerification(true, expected, null));
        assertThat(audit.storedHead(tenant)).startsWith(expected + " ");
    }

    @Test
    void aWriterHoldingOneTenantsChainDoesNotHoldUpAnother() throws Exception {
        UUID slow = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        audit.append(slow, AuditSamples.events(slow, 1));
        CountDownLatch headLocked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<AppendResult> holder =
                threads.submit(
                        () ->
                                audit.inChainScope(
                                        slow,
                                        db -> {
                                            AppendResult result =
                                                    AuditStore.append(
                                                            db, AuditSamples.events(slow, 1));
                                            headLocked.countDown();
                                            try {
                                                release.await(30, TimeUnit.SECONDS);
                                            } catch (InterruptedException e) {
                                                Thread.currentThread().interrupt();
                                            }
                                            return result;
                                        }));
        try {
            assertThat(headLocked.await(10, TimeUnit.SECONDS)).isTrue();
            Future<AppendResult> meanwhile =
                    threads.submit(() -> audit.append(other, AuditSamples.events(other, 1)));
            assertThat(meanwhile.get(5, TimeUnit.SECONDS).written()).hasSize(1);
        } finally {
            release.countDown();
        }
        assertThat(holder.get(30, TimeUnit.SECONDS).written())
                .extracting(ChainedEvent::seq)
                .containsExactly(2L);
    }

    @Test
    void aTenantCanNeitherReadNorExtendAnotherTenantsChain() throws SQLException {
        UUID tenantA = UUID.randomUUID();
        UUID tenantB = UUID.randomUUID();
        audit.append(tenantA, AuditSamples.events(tenantA, 2));
        audit.append(tenantB, AuditSamples.events(tenantB, 3));
        List<String> rowsOfB = audit.storedRows(tenantB);
        String headOfB = audit.storedHead(tenantB);

        // Reading: no row, no head of B, even when asked for by name.
        assertThat(audit.countAsTenant(tenantA, AUDIT_EVENTS, AUDIT_EVENTS.CUSTOMER_ID.eq(tenantB)))
                .isZero();
        assertThat(
                        audit.countAsTenant(
                                tenantA,
                                AUDIT_CHAIN_HEADS,
                                AUDIT_CHAIN_HEADS.CUSTOMER_ID.eq(tenantB)))
                .isZero();
        List<UUID> visibleChains =
                audit.inChainScope(
                        tenantA,
                        db ->
                                db.selectDistinct(AUDIT_EVENTS.CUSTOMER_ID)
                                        .from(AUDIT_EVENTS)
                                        .fetch(AUDIT_EVENTS.CUSTOMER_ID));
        assertThat(visibleChains).containsExactly(tenantA);
        ChainVerification ofBFromA =
                audit.inChainScope(tenantA, db -> ChainVerifier.verify(db, tenantB));
        assertThat(ofBFromA)
                .as("B's chain, asked for from A: nothing to see")
                .isEqualTo(new ChainVerification(true, 0, null));

        // Writing: refused by row-level security, and nothing of B changed.
        assertThatThrownBy(
                        () ->
                                audit.inChainScope(
                                        tenantA,
                                        db ->
                                                AuditStore.append(
                                                        db, AuditSamples.events(tenantB, 1))))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("row-level security");
        assertThatThrownBy(
                        () ->
                                audit.inChainScope(
                                        tenantA,
                                        db ->
                                                db.insertInto(AUDIT_EVENTS)
                                                        .set(
                                                                AuditRows.toRow(
                                                                        ChainedEvent.link(
                                                                                AuditSamples.event(
                                                                                        tenantB),
                                                                                4,
                                                                                java.time.Instant
                                                                                        .now(),
                                                                                ChainHash.GENESIS)))
                                                        .execute()))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("row-level security");
        assertThat(audit.storedRows(tenantB)).isEqualTo(rowsOfB);
        assertThat(audit.storedHead(tenantB)).isEqualTo(headOfB);
    }

    @Test
    void thePlatformChainIsWrittenInPlatformScopeAndInvisibleToTenants() throws SQLException {
        UUID platform = AuditEvent.PLATFORM_CHAIN;
        UUID tenant = UUID.randomUUID();
        audit.append(tenant, AuditSamples.events(tenant, 1));
        long before =
                audit.superuserStrings(
                                "select seq from gatehouse.audit_events where customer_id = ?::uuid",
                                platform.toString())
                        .size();

        AppendResult result =
                audit.append(
                        platform,
                        List.of(
                                AuditSamples.phiRead(platform)
                                        .action("tenant.create")
                                        .resource("tenant", tenant.toString())
                                        .build()));

        assertThat(result.written())
                .singleElement()
                .satisfies(event -> assertThat(event.seq()).isEqualTo(before + 1));
        assertThat(audit.verify(platform).valid()).isTrue();
        // A tenant sees none of it, not even a tenant that names the platform chain's id as its
        // own.
        for (UUID asTenant : List.of(tenant, platform)) {
            assertThat(
                            audit.countAsTenant(
                                    asTenant, AUDIT_EVENTS, AUDIT_EVENTS.CUSTOMER_ID.eq(platform)))
                    .isZero();
            assertThat(
                            audit.countAsTenant(
                                    asTenant,
                                    AUDIT_CHAIN_HEADS,
                                    AUDIT_CHAIN_HEADS.CUSTOMER_ID.eq(platform)))
                    .isZero();
        }
        assertThatThrownBy(
                        () ->
                                audit.transactions.inTenant(
                                        platform,
                                        db ->
                                                AuditStore.append(
                                                        db, AuditSamples.events(platform, 1))))
                .hasMessageContaining("row-level security");
        assertThatThrownBy(
                        () ->
                                audit.transactions.inTenant(
                                        tenant,
                                        db ->
                                                AuditStore.append(
                                                        db, AuditSamples.events(platform, 1))))
                .hasMessageContaining("row-level security");
        assertThat(
                        audit.superuserStrings(
                                "select seq from gatehouse.audit_events where customer_id = ?::uuid",
                                platform.toString()))
                .hasSize((int) before + 1);
    }

    @Test
    void platformScopeReachesNoTenantsChain() throws SQLException {
        UUID tenant = UUID.randomUUID();
        audit.append(tenant, AuditSamples.events(tenant, 2));
        List<String> rows = audit.storedRows(tenant);

        assertThat(
                        audit.countInPlatformScope(
                                AUDIT_EVENTS,
                                AUDIT_EVENTS.CUSTOMER_ID.ne(AuditEvent.PLATFORM_CHAIN)))
                .isZero();
        assertThat(
                        audit.countInPlatformScope(
                                AUDIT_CHAIN_HEADS,
                                AUDIT_CHAIN_HEADS.CUSTOMER_ID.ne(AuditEvent.PLATFORM_CHAIN)))
                .isZero();
        assertThatThrownBy(
                        () ->
                                audit.transactions.inPlatformScope(
                                        db ->
                                                AuditStore.append(
                                                        db, AuditSamples.events(tenant, 1))))
                .hasMessageContaining("row-level security");
        assertThat(audit.storedRows(tenant)).isEqualTo(rows);
    }

    @Test
    void aConnectionNobodyScopedSeesNoAuditRow() throws SQLException {
        UUID tenant = UUID.randomUUID();
        audit.append(tenant, AuditSamples.events(tenant, 1));
        try (var runtime = audit.database.runtime();
                var sql = runtime.createStatement();
                var rows =
                        sql.executeQuery(
                                "select (select count(*) from gatehouse.audit_events) + (select count(*) from gatehouse.audit_chain_heads)")) {
            rows.next();
            assertThat(rows.getLong(1)).isZero();
        }
    }

    @Test
    void oneCallExtendsOneChain() {
        UUID tenantA = UUID.randomUUID();
        UUID tenantB = UUID.randomUUID();
        assertThatThrownBy(
                        () ->
                                audit.append(
                                        tenantA,
                                        List.of(
                                                AuditSamples.event(tenantA),
                                                AuditSamples.event(tenantB))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("one chain per call");
        assertThat(audit.append(tenantA, List.of()).written()).isEmpty();
    }
}
