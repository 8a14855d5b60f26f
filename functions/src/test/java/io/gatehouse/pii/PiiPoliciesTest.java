package io.gatehouse.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gatehouse.platform.DatabaseSettings;
import io.gatehouse.platform.Settings;
import io.gatehouse.tenancy.TenantTransactions;
import io.gatehouse.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Policy versions on the real database: appended, never changed, kept per tenant. */
class PiiPoliciesTest {

    static TestDatabase database;
    static TenantTransactions runtime;
    static final UUID TENANT_A = UUID.randomUUID();
    static final UUID TENANT_B = UUID.randomUUID();

    @BeforeAll
    static void start() throws SQLException {
        database = TestDatabase.start();
        runtime =
                new TenantTransactions(
                        DatabaseSettings.from(Settings.of(database.runtimeSettings(4))));
        try (Connection owner = database.superuser();
                Statement sql = owner.createStatement()) {
            sql.execute(
                    "insert into gatehouse.tenants (customer_id, name, slug) values ('"
                            + TENANT_A
                            + "', 'A', 'pa'), ('"
                            + TENANT_B
                            + "', 'B', 'pb')");
        }
    }

    @AfterAll
    static void stop() throws Exception {
        runtime.close();
        database.close();
    }

    static PiiPolicy emailOnly(String operator) {
        return PiiPolicyTest.parse("{'entities': {'EMAIL': {'operator': '" + operator + "'}}}");
    }

    @Test
    void aTenantWithoutAPolicyGetsTheDefaultAsVersionZero() {
        UUID fresh = UUID.randomUUID();
        PiiPolicy policy = runtime.inTenant(fresh, db -> PiiPolicies.current(db, fresh));
        assertThat(policy.version()).isZero();
        assertThat(policy.toJson()).isEqualTo(PiiPolicy.defaultPolicy().toJson());
    }

    @Test
    void everyUpdateIsANewVersionAndOldVersionsStayReadable() {
        UUID tenant = TENANT_A;
        StoredPolicy first =
                runtime.inTenant(
                        tenant,
                        db -> PiiPolicies.append(db, tenant, emailOnly("redact"), "admin-1"));
        StoredPolicy second =
                runtime.inTenant(
                        tenant, db -> PiiPolicies.append(db, tenant, emailOnly("keep"), "admin-2"));
        assertThat(second.version()).isEqualTo(first.version() + 1);

        PiiPolicy current = runtime.inTenant(tenant, db -> PiiPolicies.current(db, tenant));
        assertThat(current.version()).isEqualTo(second.version());
        assertThat(PiiEngine.mask("a@example.com", current, () -> null).masked())
                .isEqualTo("a@example.com");

        StoredPolicy old =
                runtime.inTenant(tenant, db -> PiiPolicies.version(db, tenant, first.version()))
                        .orElseThrow();
        assertThat(old.createdBy()).isEqualTo("admin-1");
        assertThat(PiiEngine.mask("a@example.com", old.policy(), () -> null).masked())
                .isEqualTo("<EMAIL>");
        assertThat(PiiEngine.mask("a@example.com", old.policy(), () -> null).policyVersion())
                .isEqualTo(first.version());
    }

    /**
     * A version stored before the schema had a version field (schema 1: PHONE, DATE_OF_BIRTH, nine
     * types), written as the migration identity wrote it then: read back, the tenant's rules stay
     * (renamed types keep their operator and score), types schema 1 could not name are redacted, a
     * type the tenant left out stays out, and the row itself is unchanged.
     */
    @Test
    void aSchemaOneVersionIsReadInTodaysTypesWithoutLosingARule() throws SQLException {
        UUID tenant = UUID.randomUUID();
        String legacy =
                "{\"minScore\": 0.6, \"entities\": {\"EMAIL\": {\"operator\": \"hash\", \"minScore\": 0.6},"
                        + " \"PHONE\": {\"operator\": \"mask\", \"keepLast\": 2, \"minScore\": 0.7},"
                        + " \"DATE_OF_BIRTH\": {\"operator\": \"keep\", \"minScore\": 0.6}},"
                        + " \"allowList\": [\"help@example.com\"], \"customPatterns\": [{\"name\": \"EMPLOYEE_ID\","
                        + " \"pattern\": \"EMP-[0-9]{6}\", \"score\": 0.9, \"operator\": \"redact\"}]}";
        try (Connection owner = database.superuser();
                Statement sql = owner.createStatement()) {
            sql.execute(
                    "insert into gatehouse.tenants (customer_id, name, slug) values ('"
                            + tenant
                            + "', 'L', 'pl-"
                            + tenant.toString().substring(0, 8)
                            + "')");
            sql.execute(
                    "insert into gatehouse.pii_policies (customer_id, version, policy, created_by) values ('"
                            + tenant
                            + "', 1, '"
                            + legacy
                            + "'::jsonb, 'admin-2025')");
        }

        PiiPolicy read = runtime.inTenant(tenant, db -> PiiPolicies.current(db, tenant));

        assertThat(read.version()).isEqualTo(1);
        assertThat(read.rules().get("EMAIL")).isEqualTo(new EntityRule(Operator.HASH, 0, 0.6));
        assertThat(read.rules().get("PHONE_NUMBER"))
                .isEqualTo(new EntityRule(Operator.MASK, 2, 0.7));
        assertThat(read.rules().get("DATE_TIME")).isEqualTo(new EntityRule(Operator.KEEP, 0, 0.6));
        assertThat(read.rules())
                .doesNotContainKeys("PHONE", "DATE_OF_BIRTH", "US_SSN", "CREDIT_CARD", "PERSON");
        assertThat(read.rules().get("EMPLOYEE_ID").operator()).isEqualTo(Operator.REDACT);
        assertThat(read.allowList()).containsExactly("help@example.com");
        for (EntityType type : EntityType.values()) {
            if (!PolicyMigrationTest.inSchemaOne(type.name()) && type.onByDefault()) {
                assertThat(read.rules().get(type.name()))
                        .as(type.name())
                        .isEqualTo(new EntityRule(Operator.REDACT, 0, 0.6));
            }
        }
        assertThat(PiiEngine.mask("tel +44 20 7946 0958, EMP-123456", read, () -> null).masked())
                .isEqualTo("tel **************58, <EMPLOYEE_ID>");
        try (Connection owner = database.superuser();
                Statement sql = owner.createStatement();
                ResultSet row =
                        sql.executeQuery(
                                "select policy::text from gatehouse.pii_policies where customer_id = '"
                                        + tenant
                                        + "'")) {
            row.next();
            assertThat(row.getString(1))
                    .as("the stored version is never rewritten")
                    .doesNotContain("schemaVersion")
                    .contains("\"PHONE\"");
        }
    }

    @Test
    void anotherTenantSeesNoneOfTheVersions() {
        StoredPolicy ofA =
                runtime.inTenant(
                        TENANT_A,
                        db -> PiiPolicies.append(db, TENANT_A, emailOnly("hash"), "admin-a"));
        UUID other = TENANT_B;
        Optional<StoredPolicy> own =
                runtime.inTenant(other, db -> PiiPolicies.version(db, other, ofA.version()));
        assertThat(own.map(StoredPolicy::createdBy)).isNotEqualTo(Optional.of("admin-a"));
        // Even naming A in the query, B's transaction reaches nothing of A's (row-level security).
        Optional<StoredPolicy> foreign =
                runtime.inTenant(other, db -> PiiPolicies.version(db, TENANT_A, ofA.version()));
        assertThat(foreign.isPresent()).isFalse();
        assertThat(runtime.inTenant(other, db -> PiiPolicies.current(db, TENANT_A)).version())
                .isZero();
    }

    @Test
    void concurrentUpdatesEachGetTheirOwnVersion() throws Exception {
        UUID tenant = TENANT_B;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> versions = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                versions.add(
                        pool.submit(
                                () ->
                                        runtime.inTenant(
                                                tenant,
                                                db ->
                                                        PiiPolicies.append(
                                                                        db,
                                                                        tenant,
                                                                        emailOnly("redact"),
                                                                        "admin")
                                                                .version())));
            }
            List<Integer> got = new ArrayList<>();
            for (Future<Integer> version : versions) {
                got.add(version.get());
            }
            assertThat(got).doesNotHaveDuplicates().hasSize(8);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void storedVersionsCannotBeChangedOrRemovedEvenByTheOwner() throws SQLException {
        runtime.inTenant(
                TENANT_A, db -> PiiPolicies.append(db, TENANT_A, emailOnly("mask"), "admin-a"));
        String before = snapshot();
        try (Connection runtimeLogin = database.runtime();
                Statement sql = runtimeLogin.createStatement()) {
            runtimeLogin.setAutoCommit(false);
            sql.execute("select set_config('app.current_customer_id', '" + TENANT_A + "', true)");
            assertThatThrownBy(() -> sql.execute("update gatehouse.pii_policies set policy = '{}'"))
                    .hasMessageContaining("permission denied");
            runtimeLogin.rollback();
        }
        try (Connection migrator = database.migrationIdentity().getConnection();
                Statement sql = migrator.createStatement()) {
            sql.execute("set role gatehouse_owner");
            // forced row-level security applies to the owner too: scope it to A so the rows are in
            // reach
            sql.execute("select set_config('app.current_customer_id', '" + TENANT_A + "', false)");
            assertThat(count(sql, "select count(*) from gatehouse.pii_policies")).isPositive();
            assertThatThrownBy(
                            () ->
                                    sql.execute(
                                            "update gatehouse.pii_policies set created_by = 'forged'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> sql.execute("delete from gatehouse.pii_policies"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> sql.execute("truncate gatehouse.pii_policies"))
                    .hasMessageContaining("append-only");
        }
        assertThat(snapshot()).as("nothing changed").isEqualTo(before);
    }

    @Test
    void theRuntimeMayOnlyInsertAndReadReasoningRequests() throws SQLException {
        try (Connection runtimeLogin = database.runtime();
                Statement sql = runtimeLogin.createStatement()) {
            runtimeLogin.setAutoCommit(false);
            sql.execute("select set_config('app.current_customer_id', '" + TENANT_A + "', true)");
            assertThatThrownBy(
                            () ->
                                    sql.execute(
                                            "update gatehouse.reasoning_requests set masked_text = 'x'"))
                    .hasMessageContaining("permission denied");
            runtimeLogin.rollback();
            assertThatThrownBy(() -> sql.execute("delete from gatehouse.reasoning_requests"))
                    .hasMessageContaining("permission denied");
            runtimeLogin.rollback();
        }
    }

    private static long count(Statement sql, String query) throws SQLException {
        try (ResultSet result = sql.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static String snapshot() throws SQLException {
        StringBuilder rows = new StringBuilder();
        try (Connection owner = database.superuser();
                Statement sql = owner.createStatement();
                ResultSet result =
                        sql.executeQuery(
                                "select customer_id, version, policy::text, created_by from gatehouse.pii_policies order by 1, 2")) {
            while (result.next()) {
                rows.append(result.getString(1))
                        .append(result.getInt(2))
                        .append(result.getString(3))
                        .append(result.getString(4))
                        .append('\n');
            }
        }
        return rows.toString();
    }
}
