package io.gatehouse.audit;

import io.gatehouse.evidence.AuditEvent;
import java.util.List;

/**
 * What one {@link AuditStore#append} did.
 *
 * @param written the events added to the chain, in chain order, with their seq and hashes
 * @param skipped the events not added because their event id was already in the chain (a
 *     redelivered message, or the same event twice in one batch); the stored event stands, whatever
 *     the later copy says
 */
record AppendResult(List<ChainedEvent> written, List<AuditEvent> skipped) {

    public AppendResult {
        written = List.copyOf(written);
        skipped = List.copyOf(skipped);
    }

    /**
     * Counts and the seq range only: the function logs this for every message, and a batch holds
     * hundreds of events, whose full text would cost more than their append.
     */
    @Override
    public String toString() {
        return "appended "
                + written.size()
                + (written.isEmpty()
                        ? ""
                        : " (seq "
                                + written.get(0).seq()
                                + ".."
                                + written.get(written.size() - 1).seq()
                                + ")")
                + ", skipped "
                + skipped.size()
                + " already in the chain";
    }
}
