package io.gatehouse.audit;

import java.util.Objects;
import java.util.UUID;

/**
 * Walks a chain from seq 1 in order, recomputing each hash; stops at the first event that does not
 * fit. Shared by the database verifier and the offline one, so both judge alike.
 */
final class ChainWalk {

    private UUID chain;
    private long nextSeq = 1;
    private ChainHash lastHash = ChainHash.GENESIS;
    private Long brokenAt;

    /**
     * @param chain the chain expected, or null to take it from the first event
     */
    ChainWalk(UUID chain) {
        this.chain = chain;
    }

    /** Takes the next event; false once the chain is broken (this event or an earlier one). */
    boolean accept(ChainedEvent event) {
        Objects.requireNonNull(event);
        if (brokenAt != null) {
            return false;
        }
        if (chain == null) {
            chain = event.customerId();
        }
        boolean fits =
                event.seq() == nextSeq
                        && event.customerId().equals(chain)
                        && event.prevHash().equals(lastHash)
                        && CanonicalForm.hash(event).equals(event.hash());
        if (!fits) {
            // A gap, a duplicate, a foreign event or an altered one: either way the chain is
            // intact only up to the event before the one expected here.
            brokenAt = nextSeq;
            return false;
        }
        lastHash = event.hash();
        nextSeq++;
        return true;
    }

    /**
     * Marks the chain broken at {@code seq} (and so everything after it), if not broken earlier.
     */
    void breakAt(long seq) {
        if (brokenAt == null || seq < brokenAt) {
            brokenAt = seq;
        }
    }

    boolean intact() {
        return brokenAt == null;
    }

    /** The seq the next event must have. */
    long nextSeq() {
        return nextSeq;
    }

    ChainVerification result() {
        return brokenAt == null
                ? ChainVerification.intact(nextSeq - 1)
                : ChainVerification.brokenAt(brokenAt);
    }
}
