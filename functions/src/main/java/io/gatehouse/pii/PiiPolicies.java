package io.gatehouse.pii;

import static io.gatehouse.db.Tables.PII_POLICIES;

import io.gatehouse.platform.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.DSLContext;
import org.jooq.JSON;
import org.jooq.Record1;
import org.jooq.impl.DSL;

/**
 * The tenants' policy versions (sql/V6__pii.sql), read and appended in the caller's tenant
 * transaction, so row-level security keeps each tenant to its own. A version never changes once
 * stored (triggers refuse UPDATE and DELETE), and the cache of compiled policies is keyed by the
 * stored document as well, so an entry can never go stale. Queries name the tenant as well, so the
 * cache key and the row always agree (row-level security would hide other tenants' rows anyway).
 */
public final class PiiPolicies {

    /**
     * Compiled policies kept at most; past it the cache starts afresh (compiling is cheap, just not
     * free).
     */
    static final int CACHE_MAX = 2_000;

    private static final Map<String, PiiPolicy> COMPILED = new ConcurrentHashMap<>();

    private PiiPolicies() {}

    /**
     * The policy in force for the transaction's tenant: its newest version, or the default (version
     * 0).
     */
    public static PiiPolicy current(DSLContext db, UUID customerId) {
        return currentStored(db, customerId).policy();
    }

    /**
     * The newest version with its author and time (one indexed row: the key leads with the tenant).
     */
    public static StoredPolicy currentStored(DSLContext db, UUID customerId) {
        return db.selectFrom(PII_POLICIES)
                .where(PII_POLICIES.CUSTOMER_ID.eq(customerId))
                .orderBy(PII_POLICIES.VERSION.desc())
                .limit(1)
                .fetchOptional()
                .map(
                        row ->
                                new StoredPolicy(
                                        cached(customerId, row.getVersion(), row.getPolicy()),
                                        row.getCreatedAt(),
                                        row.getCreatedBy()))
                .orElseGet(() -> new StoredPolicy(PiiPolicy.defaultPolicy(), null, null));
    }

    /** One version (0 is the default); empty when the tenant has no such version. */
    public static Optional<StoredPolicy> version(DSLContext db, UUID customerId, int version) {
        if (version == PiiPolicy.DEFAULT_VERSION) {
            return Optional.of(new StoredPolicy(PiiPolicy.defaultPolicy(), null, null));
        }
        return db.selectFrom(PII_POLICIES)
                .where(PII_POLICIES.CUSTOMER_ID.eq(customerId), PII_POLICIES.VERSION.eq(version))
                .fetchOptional()
                .map(
                        row ->
                                new StoredPolicy(
                                        cached(customerId, version, row.getPolicy()),
                                        row.getCreatedAt(),
                                        row.getCreatedBy()));
    }

    /**
     * Stores the policy as the tenant's next version and returns it. Concurrent updates of one
     * tenant are serialised by a transaction-scoped advisory lock, so each gets its own version.
     */
    public static StoredPolicy append(
            DSLContext db, UUID customerId, PiiPolicy policy, String createdBy) {
        db.select(
                        DSL.field(
                                "pg_advisory_xact_lock(hashtextextended({0}, 0))",
                                Object.class, DSL.val("gatehouse.pii_policies:" + customerId)))
                .fetch();
        Integer newest =
                db.select(DSL.max(PII_POLICIES.VERSION))
                        .from(PII_POLICIES)
                        .where(PII_POLICIES.CUSTOMER_ID.eq(customerId))
                        .fetchOne(Record1::value1);
        int version = newest == null ? 1 : newest + 1;
        var row =
                db.insertInto(PII_POLICIES)
                        .set(PII_POLICIES.CUSTOMER_ID, customerId)
                        .set(PII_POLICIES.VERSION, version)
                        .set(PII_POLICIES.POLICY, JSON.valueOf(policy.toJson().toString()))
                        .set(PII_POLICIES.CREATED_BY, createdBy)
                        .returning()
                        .fetchSingle();
        return new StoredPolicy(
                policy.withVersion(version), row.getCreatedAt(), row.getCreatedBy());
    }

    /**
     * Keyed by the version and the stored document itself, not the tenant alone: the same tenant id
     * in another database (a restore, a test) with other content can never be served a stale entry.
     */
    private static PiiPolicy cached(UUID customerId, int version, JSON document) {
        String key = customerId + "/" + version + "/" + document.data();
        PiiPolicy policy = COMPILED.get(key);
        if (policy == null) {
            try {
                policy =
                        PiiPolicy.parse(
                                PolicyMigration.toCurrent(Json.mapper().readTree(document.data())),
                                version);
            } catch (IOException e) {
                throw new UncheckedIOException("stored policy is not JSON", e);
            }
            if (COMPILED.size() >= CACHE_MAX) {
                COMPILED.clear();
            }
            COMPILED.put(key, policy);
        }
        return policy;
    }
}
