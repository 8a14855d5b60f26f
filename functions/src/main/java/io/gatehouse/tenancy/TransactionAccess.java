package io.gatehouse.tenancy;

/**
 * Whether a transaction may change anything. A read-only transaction is opened as such by the
 * driver ({@code BEGIN READ ONLY}), so PostgreSQL refuses every write in it (SQLSTATE 25006), and
 * once its first query has run nothing inside it can turn it back to read-write (25001).
 */
public enum TransactionAccess {
    READ_WRITE,
    READ_ONLY
}
