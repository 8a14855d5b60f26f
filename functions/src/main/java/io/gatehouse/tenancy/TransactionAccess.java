package io.gatehouse.tenancy;

/**
 * Whether a transaction may change anything. A read-only transaction is opened as such by the
 * driver ({@code BEGIN READ ONLY}), so PostgreSQL refuses every write in it (SQLSTATE 25006), and
 * once its first query has run nothing inside it can turn it back to read-write (25001).
 */
public enum TransactionAccess {
    READ_WRITE,
    READ_ONLY,
    /**
     * A read that must leave evidence before it answers: read-only for its work (a savepoint, then
     * {@code SET TRANSACTION READ ONLY}, sent with the scope in one round trip), and able to write
     * again only after {@link TenantTransactions#END_READ_ONLY_PART} rolls back to that savepoint.
     * The rollback undoes nothing, since the part could write nothing; what the transaction then
     * writes (its audit events) commits with the read or not at all.
     */
    READ_ONLY_UNTIL_EVIDENCE
}
