package io.gatehouse.audit;

/**
 * The answer of a chain verification, shaped as {@code GET /audit/verify} returns it.
 *
 * @param valid true when every event links to its predecessor and hashes to its stored hash
 * @param checked how many events, from seq 1, were found intact; when the chain is broken that is
 *     {@code firstBrokenSeq - 1}: nothing after a break can be vouched for
 * @param firstBrokenSeq the first seq that is missing, altered, out of place or disowned by the
 *     chain head; null when valid
 */
record ChainVerification(boolean valid, long checked, Long firstBrokenSeq) {

    public ChainVerification {
        if (valid != (firstBrokenSeq == null)) {
            throw new IllegalArgumentException(
                    "a broken chain names its first broken seq, and only a broken one");
        }
    }

    static ChainVerification intact(long checked) {
        return new ChainVerification(true, checked, null);
    }

    static ChainVerification brokenAt(long seq) {
        return new ChainVerification(false, seq - 1, seq);
    }
}
