package io.gatehouse.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tampering that the append-only triggers cannot stop — a superuser who switches them off — is what
 * the hash chain is for: each kind of edit is found, at the right seq.
 */
class ChainVerifierTest {

    static AuditDatabase audit;
    UUID tenant;

    @BeforeAll
    static void database() {
        audit = AuditDatabase.shared();
    }

    @BeforeEach
    void aChainOfFive() {
        tenant = UUID.randomUUID();
        audit.append(tenant, AuditSamples.events(tenant, 2));
        audit.append(tenant, AuditSamples.events(tenant, 3));
    }

    @Test
    void anIntactChainIsValid() {
        assertThat(audit.verify(tenant)).isEqualTo(new ChainVerification(true, 5, null));
    }

    @Test
    void anEmptyChainIsValid() {
        UUID nobody = UUID.randomUUID();
        assertThat(audit.verify(nobody)).isEqualTo(new ChainVerification(true, 0, null));
    }

    @Test
    void anEditedActionIsFoundAtItsSeq() throws SQLException {
        tamper(
                "update gatehouse.audit_events set action = 'phi.list' where customer_id = '%s' and seq = 3");
        assertThat(audit.verify(tenant)).isEqualTo(new ChainVerification(false, 2, 3L));
    }

    @Test
    void editsOfAnyStoredFieldAreFound() throws SQLException {
        List<String> edits =
                List.of(
                        "outcome = 'denied'",
                        "actor_subject = 'someone-else'",
                        "actor_roles = array['authenticated', 'customer_admin']",
                        "actor_interactive = false",
                        "resource_id = 'another-id'",
                        "client_ip = '198.51.100.1'",
                        "correlation_id = null",
                        "details = details || '{\"policyVersion\": 2}'",
                        "occurred_at = occurred_at + interval '1 microsecond'",
                        "recorded_at = recorded_at - interval '1 hour'",
                        "event_id = gen_random_uuid()");
        for (String edit : edits) {
            UUID chain = UUID.randomUUID();
            audit.append(chain, AuditSamples.events(chain, 3));
            audit.tamper(
                    "update gatehouse.audit_events set "
                            + edit
                            + " where customer_id = '"
                            + chain
                            + "' and seq = 2");
            assertThat(audit.verify(chain)).as(edit).isEqualTo(new ChainVerification(false, 1, 2L));
        }
    }

    @Test
    void aRowRehashedToMatchItsEditIsFoundAtTheNextLink() throws SQLException {
        // The forger recomputes the edited row's hash; the next row still points at the old one.
        ChainedEvent original =
                audit.inChainScope(
                        tenant,
                        db ->
                                AuditRows.fromRow(
                                        db.selectFrom(io.gatehouse.db.Tables.AUDIT_EVENTS)
                                                .where(
                                                        io.gatehouse.db.Tables.AUDIT_EVENTS.SEQ.eq(
                                                                2L))
                                                .fetchSingle()));
        ChainedEvent forged =
                new ChainedEvent(
                        original.customerId(),
                        2,
                        original.eventId(),
                        original.occurredAt(),
                        original.recordedAt(),
                        original.actorSubject(),
                        original.actorRoles(),
                        original.actorInteractive(),
                        "phi.list",
                        original.resourceType(),
                        original.resourceId(),
                        original.outcome(),
                        original.clientIp(),
                        original.userAgent(),
                        original.correlationId(),
                        original.traceId(),
                        original.detailsJson(),
                        original.prevHash(),
                        original.hash());
        ChainHash forgedHash = CanonicalForm.hash(forged);
        tamper(
                "update gatehouse.audit_events set action = 'phi.list', hash = decode('"
                        + forgedHash.hex()
                        + "', 'hex') where customer_id = '%s' and seq = 2");

        assertThat(audit.verify(tenant)).isEqualTo(new ChainVerification(false, 2, 3L));
    }

    @Test
    void aRemovedEventIsFoundAsAGap() throws SQLException {
        tamper("delete from gatehouse.audit_events where customer_id = '%s' and seq = 2");
        assertThat(audit.verify(tenant)).isEqualTo(new ChainVerification(false, 1, 2L));
    }

    @Test
    void removedNewestEventsAreFoundThroughTheHead() throws SQLException {
        tamper("delete from gatehouse.audit_events where customer_id = '%s' and seq >= 4");
        assertThat(audit.verify(tenant)).isEqualTo(new ChainVerification(false, 3, 4L));
    }

    @Test
    void aHeadThatDisownsTheLastRowIsFound() throws SQLException {
        // A forger who removes the newest event must rewind the head too; unless it gets the
        // head's hash exactly right, the head disowns the chain at its seq.
        tamper(
                "delete from gatehouse.audit_events where customer_id = '%s' and seq = 5",
                "update gatehouse.audit_chain_heads set last_seq = 4, last_hash = decode(repeat('ab', 32), 'hex') where customer_id = '%s'");
        assertThat(audit.verify(tenant)).isEqualTo(new ChainVerification(false, 3, 4L));
    }

    @Test
    void aConsistentlyRewoundChainIsBeyondWhatTheDatabaseAloneCanShow() throws SQLException {
        // The documented limit (ChainVerifier): someone who bypasses the triggers and rewinds the
        // head to a stored hash leaves a shorter chain that is intact by every measure here.
        // Catching that takes the head published where database administrators cannot write.
        tamper(
                "delete from gatehouse.audit_events where customer_id = '%s' and seq = 5",
                "update gatehouse.audit_chain_heads h set last_seq = 4, last_hash = e.hash from gatehouse.audit_events e"
                        + " where h.customer_id = '%s' and e.customer_id = h.customer_id and e.seq = 4");
        assertThat(audit.verify(tenant)).isEqualTo(new ChainVerification(true, 4, null));
    }

    @Test
    void eventsWithoutAHeadCannotBeVouchedForToTheEnd() throws SQLException {
        tamper("delete from gatehouse.audit_chain_heads where customer_id = '%s'");
        assertThat(audit.verify(tenant)).isEqualTo(new ChainVerification(false, 5, 6L));
    }

    @Test
    void anEventMovedInFromAnotherChainIsFound() throws SQLException {
        UUID other = UUID.randomUUID();
        audit.append(other, AuditSamples.events(other, 3));
        // Seq 3 of the other chain replaces seq 3 of this one, hashes and all.
        tamper(
                "delete from gatehouse.audit_events where customer_id = '%s' and seq = 3",
                "insert into gatehouse.audit_events select '%s', seq, event_id, occurred_at, recorded_at, actor_subject,"
                        + " actor_roles, actor_interactive, action, resource_type, resource_id, outcome, client_ip, user_agent,"
                        + " correlation_id, trace_id, details, prev_hash, hash from gatehouse.audit_events"
                        + " where customer_id = '"
                        + other
                        + "' and seq = 3");
        assertThat(audit.verify(tenant)).isEqualTo(new ChainVerification(false, 2, 3L));
    }

    private void tamper(String... statements) throws SQLException {
        String[] forTenant = new String[statements.length];
        for (int i = 0; i < statements.length; i++) {
            forTenant[i] = statements[i].replace("%s", tenant.toString());
        }
        audit.tamper(forTenant);
    }
}
