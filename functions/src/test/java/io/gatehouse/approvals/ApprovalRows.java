package io.gatehouse.approvals;

import static io.gatehouse.db.Tables.APPROVALS;

import io.gatehouse.platform.Envelope;
import io.gatehouse.platform.Json;
import io.gatehouse.platform.Sha256;
import io.gatehouse.tenancy.TenantTransactions;
import io.gatehouse.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Approval rows and executor messages for the database tests, written as the runtime would write
 * them.
 */
final class ApprovalRows {

    private ApprovalRows() {}

    /**
     * An approval of {@code action} on {@code clientId}, in {@code status}, expiring {@code
     * expiresIn} from now.
     */
    static UUID insert(
            TenantTransactions runtime,
            UUID tenant,
            String action,
            UUID clientId,
            ApprovalStatus status,
            Duration expiresIn) {
        UUID id = UUID.randomUUID();
        String payload =
                Json.mapper().createObjectNode().put("clientId", clientId.toString()).toString();
        OffsetDateTime expiresAt = OffsetDateTime.now(ZoneOffset.UTC).plus(expiresIn);
        runtime.inTenant(
                tenant,
                db ->
                        db.insertInto(APPROVALS)
                                .set(APPROVALS.CUSTOMER_ID, tenant)
                                .set(APPROVALS.APPROVAL_ID, id)
                                .set(APPROVALS.ACTION, action)
                                .set(APPROVALS.RESOURCE_TYPE, "client")
                                .set(APPROVALS.RESOURCE_ID, clientId.toString())
                                .set(APPROVALS.PAYLOAD, payload)
                                .set(APPROVALS.PAYLOAD_HASH, Sha256.hex(payload))
                                .set(APPROVALS.STATUS, status.code())
                                .set(APPROVALS.REQUESTED_BY, "requester")
                                .set(APPROVALS.REQUESTED_AT, expiresAt.minusHours(72))
                                .set(APPROVALS.EXPIRES_AT, expiresAt)
                                .set(
                                        APPROVALS.DECIDED_BY,
                                        status == ApprovalStatus.PENDING ? null : "approver")
                                .set(
                                        APPROVALS.DECIDED_AT,
                                        status == ApprovalStatus.PENDING
                                                ? null
                                                : expiresAt.minusHours(71))
                                .execute());
        return id;
    }

    /** The message the decision route puts on approved-actions for this approval. */
    static Envelope message(TenantTransactions runtime, UUID tenant, UUID approvalId) {
        String hash =
                runtime.inTenant(
                        tenant,
                        db ->
                                db.select(APPROVALS.PAYLOAD_HASH)
                                        .from(APPROVALS)
                                        .where(APPROVALS.APPROVAL_ID.eq(approvalId))
                                        .fetchOne(APPROVALS.PAYLOAD_HASH));
        return message(tenant, approvalId, hash);
    }

    static Envelope message(UUID tenant, UUID approvalId, String payloadHash) {
        return new Envelope(
                UUID.randomUUID(),
                ApprovalHandlers.APPROVED_TYPE,
                tenant,
                "corr-" + approvalId.toString().substring(0, 8),
                null,
                Instant.now(),
                Json.mapper()
                        .createObjectNode()
                        .put("approvalId", approvalId.toString())
                        .put("payloadHash", payloadHash == null ? "" : payloadHash));
    }

    static String status(TestDatabase database, UUID approvalId) throws SQLException {
        return single(
                database,
                "select status from gatehouse.approvals where approval_id = ?",
                approvalId);
    }

    static long count(TestDatabase database, String sql, Object... params) throws SQLException {
        return Long.parseLong(single(database, sql, params));
    }

    static String single(TestDatabase database, String sql, Object... params) throws SQLException {
        try (Connection superuser = database.superuser();
                PreparedStatement statement = superuser.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (var rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    static void execute(TestDatabase database, String sql, Object... params) throws SQLException {
        try (Connection superuser = database.superuser();
                PreparedStatement statement = superuser.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            statement.execute();
        }
    }
}
