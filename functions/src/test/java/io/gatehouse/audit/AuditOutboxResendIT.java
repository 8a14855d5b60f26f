package io.gatehouse.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.evidence.AuditOutbox;
import io.gatehouse.platform.DatabaseSettings;
import io.gatehouse.platform.Envelope;
import io.gatehouse.platform.Settings;
import io.gatehouse.tenancy.TenantTransactions;
import io.gatehouse.testing.AuditTrailProbe;
import io.gatehouse.testing.Eventually;
import io.gatehouse.testing.GatehouseStack;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged audit-outbox-resend timer, fired by the dev host every minute, closes the loop: an
 * event whose send after commit never happened reaches its chain and leaves the outbox.
 */
class AuditOutboxResendIT {

    static GatehouseStack stack;
    static TenantTransactions runtime;

    @BeforeAll
    static void stack() {
        stack = GatehouseStack.shared();
        runtime =
                new TenantTransactions(
                        DatabaseSettings.from(Settings.of(stack.database().runtimeSettings(2))));
    }

    @AfterAll
    static void closePool() {
        runtime.close();
    }

    @Test
    void anEventLeftInTheOutboxReachesItsChainThroughTheTimer() throws Exception {
        UUID tenant = stack.createTenant("outboxed");
        // Committed with its work, but the process died before sending it; by now it is two minutes
        // old.
        Envelope envelope =
                runtime.inTenant(tenant, db -> AuditOutbox.add(db, AuditSamples.event(tenant)));
        try (Connection superuser = stack.database().superuser();
                PreparedStatement age =
                        superuser.prepareStatement(
                                "update gatehouse.audit_outbox set created_at = created_at - interval '2 minutes' where event_id = ?")) {
            age.setObject(1, envelope.id());
            assertThat(age.executeUpdate()).isEqualTo(1);
        }
        AuditTrailProbe probe = new AuditTrailProbe(stack.database());

        // The timer fires on the minute; two minutes of patience cover one missed tick.
        Eventually.await(
                "the event in its chain and out of the outbox",
                Duration.ofMinutes(2),
                () -> {
                    boolean inChain =
                            !probe.query(
                                            "select 1 from gatehouse.audit_events where event_id = ?",
                                            envelope.id())
                                    .isEmpty();
                    boolean inOutbox =
                            !probe.query(
                                            "select 1 from gatehouse.audit_outbox where event_id = ?",
                                            envelope.id())
                                    .isEmpty();
                    return inChain && !inOutbox ? Optional.of(true) : Optional.empty();
                });
        assertThat(
                        probe.query(
                                "select customer_id from gatehouse.audit_events where event_id = ?",
                                envelope.id()))
                .singleElement()
                .satisfies(row -> assertThat(row.get("customer_id")).isEqualTo(tenant));
    }
}
