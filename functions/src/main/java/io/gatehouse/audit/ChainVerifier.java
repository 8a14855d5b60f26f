package io.gatehouse.audit;

import static io.gatehouse.db.Tables.AUDIT_CHAIN_HEADS;

import io.gatehouse.db.tables.records.AuditEventsRecord;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record2;

/**
 * Recomputes a stored chain: what {@code GET /audit/verify} answers. Run it in the chain owner's
 * transaction (the tenant's, or platform scope for the platform chain); row-level security shows no
 * other chain, so asking for one finds an empty chain.
 *
 * <p>Beyond the links between rows it compares the chain with its head row, because links alone
 * cannot show that the newest events were removed: what remains still links perfectly.
 *
 * <p>What it cannot show: a chain rewritten from the first altered event onwards, hashes and head
 * included, by someone who can bypass the append-only triggers (a superuser). Catching that needs
 * the head published somewhere the database's administrators cannot write.
 */
final class ChainVerifier {

    private ChainVerifier() {}

    public static ChainVerification verify(DSLContext db, UUID chain) {
        // The head is read before the rows: rows appended meanwhile come after it and are simply
        // checked too, whereas reading it after could show a head ahead of the rows read.
        Optional<Record2<Long, byte[]>> head =
                db.select(AUDIT_CHAIN_HEADS.LAST_SEQ, AUDIT_CHAIN_HEADS.LAST_HASH)
                        .from(AUDIT_CHAIN_HEADS)
                        .where(AUDIT_CHAIN_HEADS.CUSTOMER_ID.eq(chain))
                        .fetchOptional();
        long headSeq = head.map(Record2::value1).orElse(0L);

        ChainWalk walk = new ChainWalk(chain);
        try (Cursor<AuditEventsRecord> rows = AuditRows.inChainOrder(db, chain)) {
            for (AuditEventsRecord row : rows) {
                ChainedEvent event;
                try {
                    event = AuditRows.fromRow(row);
                } catch (IllegalArgumentException | NullPointerException unreadable) {
                    walk.breakAt(walk.nextSeq());
                    break;
                }
                if (!walk.accept(event)) {
                    break;
                }
                if (event.seq() == headSeq
                        && !ChainHash.of(head.orElseThrow().value2()).equals(event.hash())) {
                    // The rows agree with each other but not with the head: rewritten from some
                    // point on, or the head itself altered. Either way this is where they part.
                    walk.breakAt(headSeq);
                    break;
                }
            }
        }
        if (walk.intact() && walk.nextSeq() - 1 < headSeq) {
            walk.breakAt(walk.nextSeq());
        }
        if (walk.intact() && head.isEmpty() && walk.nextSeq() > 1) {
            // Events but no head: heads are never deleted (a trigger refuses it), so somebody
            // bypassed that; the end of the chain can no longer be vouched for.
            walk.breakAt(walk.nextSeq());
        }
        return walk.result();
    }
}
