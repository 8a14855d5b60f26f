package io.gatehouse.evidence;

import java.util.UUID;

/**
 * Told when a transaction that added audit events to the outbox has committed, so the relay ships
 * them at once instead of at its next timer run. A signal is a hint, never the guarantee: the rows
 * are durable before it is given, and the relay's timer finds any row whose signal was lost (the
 * process died, the relay was busy or down).
 */
public interface OutboxSignal {

    /** For tools and tests that ship nothing: committed rows wait for the relay's timer. */
    OutboxSignal NONE = chain -> {};

    /** The chain (a tenant, or {@link AuditEvent#PLATFORM_CHAIN}) has new committed outbox rows. */
    void committed(UUID chain);
}
