package io.gatehouse.tenancy;

import static io.gatehouse.db.Tables.TENANTS;

import com.zaxxer.hikari.HikariDataSource;
import io.gatehouse.observability.Tracing;
import io.gatehouse.platform.DatabaseSettings;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * The only way to run SQL as the runtime. Every unit of work is one transaction whose first
 * statement scopes it — to a tenant, or, for internal_admin routes only, to the platform — with a
 * transaction-local setting, so the scope ends with the transaction and a pooled connection never
 * carries one request's tenant into the next.
 *
 * <p>The pool is created and held here and nowhere else: handlers receive a {@link DSLContext}
 * bound to the one connection of their transaction, never the pool.
 */
public final class TenantTransactions implements AutoCloseable {

    private static final String SCOPE_TO_TENANT =
            "select set_config('app.current_customer_id', ?, true)";
    private static final String SCOPE_TO_PLATFORM =
            "select set_config('app.platform_scope', 'on', true)";

    /**
     * Sent after the scope, in the same round trip: the work of a {@link
     * TransactionAccess#READ_ONLY_UNTIL_EVIDENCE} transaction runs read-only inside a savepoint.
     */
    private static final String BEGIN_READ_ONLY_PART =
            "; savepoint gatehouse_read_only; set transaction read only";

    /**
     * Ends the read-only part of a {@link TransactionAccess#READ_ONLY_UNTIL_EVIDENCE} transaction:
     * a caller may send it ahead of its first write, in the same round trip.
     */
    public static final String END_READ_ONLY_PART = "rollback to savepoint gatehouse_read_only";

    /** Rides with the scope: row-level security shows the tenant's own registry row, or none. */
    private static final String CHECK_REGISTERED =
            "; select exists (select 1 from gatehouse.tenants)";

    private static final Settings JOOQ_SETTINGS =
            new Settings()
                    .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED)
                    .withExecuteWithOptimisticLocking(false);

    private final HikariDataSource pool;
    private final Tracing tracing;

    public TenantTransactions(DatabaseSettings settings, Tracing tracing) {
        this.pool = RuntimePool.create(settings);
        this.tracing = tracing;
    }

    /** Without tracing: for tools and tests that run no requests. */
    public TenantTransactions(DatabaseSettings settings) {
        this(settings, new Tracing(OpenTelemetry.noop()));
    }

    /**
     * Runs {@code work} in a transaction that sees the rows of {@code customerId} and no others.
     */
    public <T> T inTenant(UUID customerId, Function<DSLContext, T> work) {
        return inTenant(customerId, TransactionAccess.READ_WRITE, work);
    }

    /**
     * As {@link #inTenant(UUID, Function)}; a {@link TransactionAccess#READ_ONLY} one refuses every
     * write.
     */
    public <T> T inTenant(UUID customerId, TransactionAccess access, Function<DSLContext, T> work) {
        return traced(
                "tenant",
                access,
                () ->
                        inTransaction(
                                SCOPE_TO_TENANT,
                                customerId.toString(),
                                access,
                                (db, ignored) -> work.apply(db)));
    }

    /**
     * As {@link #inTenant(UUID, TransactionAccess, Function)}, for a tenant that must be
     * registered: whether it is rides in the round trip that scopes the transaction (row-level
     * security shows a transaction its own registry row only). For an unregistered tenant, {@code
     * unregistered} is thrown and {@code work} never runs.
     */
    public <T> T inRegisteredTenant(
            UUID customerId,
            TransactionAccess access,
            Function<DSLContext, T> work,
            Supplier<? extends RuntimeException> unregistered) {
        return traced(
                "tenant",
                access,
                () ->
                        inTransaction(
                                SCOPE_TO_TENANT + CHECK_REGISTERED,
                                customerId.toString(),
                                access,
                                (db, registered) -> {
                                    if (!registered) {
                                        throw unregistered.get();
                                    }
                                    return work.apply(db);
                                }));
    }

    /**
     * Runs {@code work} in platform scope: the tenant registry is readable and insertable; every
     * other tenant table stays empty (no tenant is set). For internal_admin routes only; the
     * request pipeline is the one caller.
     */
    public <T> T inPlatformScope(Function<DSLContext, T> work) {
        return inPlatformScope(TransactionAccess.READ_WRITE, work);
    }

    /**
     * As {@link #inPlatformScope(Function)}; a {@link TransactionAccess#READ_ONLY} one refuses
     * every write.
     */
    public <T> T inPlatformScope(TransactionAccess access, Function<DSLContext, T> work) {
        return traced(
                "platform",
                access,
                () ->
                        inTransaction(
                                SCOPE_TO_PLATFORM, null, access, (db, ignored) -> work.apply(db)));
    }

    /**
     * Every registered tenant, in a fixed order, read in platform scope: for the timers that visit
     * tenants one at a time, each then in a transaction of its own.
     */
    public List<UUID> registeredTenants() {
        return inPlatformScope(
                TransactionAccess.READ_ONLY,
                db ->
                        db.select(TENANTS.CUSTOMER_ID)
                                .from(TENANTS)
                                .orderBy(TENANTS.CUSTOMER_ID)
                                .fetch(TENANTS.CUSTOMER_ID));
    }

    /** One client span per transaction, under the request's span. */
    private <T> T traced(String scope, TransactionAccess access, Supplier<T> transaction) {
        Span span = tracing.startChildSpan("db.transaction", SpanKind.CLIENT);
        span.setAttribute("db.system.name", "postgresql");
        span.setAttribute("gatehouse.data_scope", scope);
        span.setAttribute("gatehouse.read_only", access != TransactionAccess.READ_WRITE);
        try (Scope ignored = span.makeCurrent()) {
            return transaction.get();
        } catch (RuntimeException | Error e) {
            span.setStatus(StatusCode.ERROR);
            throw e;
        } finally {
            span.end();
        }
    }

    /** True when a connection can be had and answers; for readiness probes. */
    public boolean isReachable() {
        try (Connection connection = pool.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    /** The work of one transaction, given what the scope statement's last query answered. */
    private interface ScopedWork<T> {
        T apply(DSLContext db, boolean scopeAnswer);
    }

    private <T> T inTransaction(
            String scopeStatement,
            String scopeValue,
            TransactionAccess access,
            ScopedWork<T> work) {
        try (Connection connection = borrow(access)) {
            try {
                boolean answer =
                        applyScope(
                                connection,
                                access == TransactionAccess.READ_ONLY_UNTIL_EVIDENCE
                                        ? scopeStatement + BEGIN_READ_ONLY_PART
                                        : scopeStatement,
                                scopeValue);
                T result =
                        work.apply(
                                DSL.using(connection, SQLDialect.POSTGRES, JOOQ_SETTINGS), answer);
                connection.commit();
                return result;
            } catch (RuntimeException | Error | SQLException e) {
                rollbackQuietly(connection, e);
                throw e;
            }
        } catch (SQLException e) {
            // Scoping or committing failed outside any handler statement: the connection broke.
            throw new DatabaseUnavailableException(e);
        }
    }

    private Connection borrow(TransactionAccess access) {
        try {
            Connection connection = pool.getConnection();
            connection.setAutoCommit(false);
            // Set on every borrow, so no pooled connection keeps the mode of the transaction
            // before.
            // The driver opens the transaction with BEGIN READ ONLY: no extra round trip.
            connection.setReadOnly(access == TransactionAccess.READ_ONLY);
            return connection;
        } catch (SQLException e) {
            throw new DatabaseUnavailableException(e);
        }
    }

    private static void rollbackQuietly(Connection connection, Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            // The original failure is what matters; the pool discards a broken connection.
            failure.addSuppressed(rollbackFailure);
        }
    }

    /**
     * Sends the scope (and what rides with it) in one round trip: the driver sends every statement
     * of a multi-statement query before it waits. Returns the last boolean a query of it answered
     * (false when none did).
     */
    private static boolean applyScope(
            Connection connection, String scopeStatement, String scopeValue) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(scopeStatement)) {
            if (scopeValue != null) {
                statement.setString(1, scopeValue);
            }
            boolean answer = false;
            boolean isResultSet = statement.execute();
            while (true) {
                if (isResultSet) {
                    try (ResultSet rows = statement.getResultSet()) {
                        if (rows.next() && rows.getMetaData().getColumnType(1) == Types.BIT) {
                            answer = rows.getBoolean(1);
                        }
                    }
                } else if (statement.getUpdateCount() == -1) {
                    return answer;
                }
                isResultSet = statement.getMoreResults();
            }
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}
