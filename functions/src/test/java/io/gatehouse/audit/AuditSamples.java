package io.gatehouse.audit;

import io.gatehouse.evidence.AuditEvent;
import io.gatehouse.evidence.AuditOutcome;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/** Valid events for tests: what the request pipeline will produce for a PHI read. */
final class AuditSamples {

    private AuditSamples() {}

    static AuditEvent.Builder phiRead(UUID chain) {
        return AuditEvent.builder()
                .eventId(UUID.randomUUID())
                .customerId(chain)
                // Instant.now() carries nanoseconds here: stored and hashed, it must come back
                // equal.
                .occurredAt(Instant.now())
                .actor(
                        "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0",
                        List.of("default-roles-gatehouse", "authenticated"),
                        true)
                .action("phi.read")
                .resource("client", UUID.randomUUID().toString())
                .outcome(AuditOutcome.SUCCESS)
                .origin("203.0.113.7", "Mozilla/5.0 (X11; Linux x86_64) Gatehouse-Test/1.0")
                .correlation(
                        "req-" + UUID.randomUUID().toString().substring(0, 8),
                        "4bf92f3577b34da6a3ce929d0e0e4736")
                .detail("policyVersion", 3)
                .detail("fields", "fullName,email");
    }

    static AuditEvent event(UUID chain) {
        return phiRead(chain).build();
    }

    static List<AuditEvent> events(UUID chain, int count) {
        return IntStream.range(0, count).mapToObj(i -> event(chain)).toList();
    }
}
