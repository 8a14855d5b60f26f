package io.gatehouse.app;

import io.gatehouse.approvals.ApprovalExecutor;
import io.gatehouse.approvals.ApprovalExpiry;
import io.gatehouse.approvals.ApprovalGate;
import io.gatehouse.approvals.GatedActions;
import io.gatehouse.audit.AuditOutboxResender;
import io.gatehouse.audit.AuditWriter;
import io.gatehouse.audit.OutboxRelay;
import io.gatehouse.clients.ClientDeletion;
import io.gatehouse.consumers.FunctionsMessages;
import io.gatehouse.consumers.MessagePipeline;
import io.gatehouse.http.FunctionsHttp;
import io.gatehouse.http.RequestPipeline;
import io.gatehouse.http.RouteCatalog;
import io.gatehouse.messaging.EmailSender;
import io.gatehouse.messaging.SmtpMailer;
import io.gatehouse.messaging.SmtpSettings;
import io.gatehouse.observability.Tracing;
import io.gatehouse.pii.PseudonymKeys;
import io.gatehouse.platform.ConfigurationException;
import io.gatehouse.platform.DatabaseSettings;
import io.gatehouse.platform.QueueSender;
import io.gatehouse.platform.SecretStores;
import io.gatehouse.platform.Secrets;
import io.gatehouse.platform.Settings;
import io.gatehouse.platform.StorageQueueSender;
import io.gatehouse.platform.Telemetry;
import io.gatehouse.security.JwtVerifier;
import io.gatehouse.security.OidcSettings;
import io.gatehouse.security.TokenVerifier;
import io.gatehouse.status.StatusFunctions;
import io.gatehouse.tenancy.TenantTransactions;
import io.opentelemetry.api.OpenTelemetry;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The composition root: builds the object graph once per process — settings, secrets, the pool and
 * its tenant transactions, the token verifier, the request and message pipelines, the queue sender,
 * one {@link Clock} — and every function class from it, through constructors. The worker asks
 * {@link GatehouseInjector} for a function-class instance on every invocation; the instances hold
 * only final references into this graph, so one per class is built and handed out again.
 */
public final class Gatehouse implements AutoCloseable, FunctionParts {

    /**
     * Setting: seconds one queue invocation waits out a database outage (0 to 600; default 120).
     * Named for the audit writer, the first consumer that waited; the message pipeline now gives
     * every queue consumer the same wait.
     */
    public static final String AUDIT_WRITER_OUTAGE_SECONDS =
            "GATEHOUSE_AUDIT_WRITER_OUTAGE_SECONDS";

    private final TenantTransactions transactions;
    private final RequestPipeline pipeline;
    private final MessagePipeline messages;
    private final AuditWriter auditWriter;
    private final AuditOutboxResender auditOutboxResender;
    private final OutboxRelay relay = new OutboxRelay();
    private final StorageQueueSender queues;
    private final FunctionsHttp http;
    private final FunctionsMessages messageFunctions;
    private final PseudonymKeys pseudonymKeys;
    private final ApprovalExecutor approvalExecutor;
    private final ApprovalExpiry approvalExpiry;
    private final EmailSender emailSender;
    private final Map<Class<?>, Object> functionInstances = new ConcurrentHashMap<>();

    private Gatehouse(
            TokenVerifier tokens,
            TenantTransactions transactions,
            Tracing tracing,
            StorageQueueSender queues,
            Duration queueOutageBudget,
            Secrets secrets,
            GateSettings gates,
            Clock clock) {
        this.transactions = transactions;
        this.queues = queues;
        RouteCatalog routes = RouteCatalog.of(FunctionClasses.ALL);
        gates.actions().requireAll(routes.gates().values());
        this.pipeline =
                new RequestPipeline(
                        routes,
                        tokens,
                        transactions,
                        tracing,
                        queues,
                        relay,
                        new ApprovalGate(gates.actions(), gates.approvalTtl(), clock),
                        clock);
        this.messages = new MessagePipeline(transactions, tracing, clock, queueOutageBudget, relay);
        this.http = FunctionsHttp.over(pipeline);
        this.messageFunctions = new FunctionsMessages(messages);
        this.pseudonymKeys = new PseudonymKeys(secrets);
        this.auditWriter = new AuditWriter();
        this.auditOutboxResender = new AuditOutboxResender(queues, tracing);
        relay.start(chain -> messages.runInChain(auditOutboxResender, chain));
        this.approvalExecutor = new ApprovalExecutor(gates.actions());
        this.approvalExpiry = new ApprovalExpiry();
        this.emailSender = new EmailSender(new SmtpMailer(gates.smtp()));
    }

    /** The settings of the three gates (docs/gates.md), read once at start-up. */
    private record GateSettings(GatedActions actions, Duration approvalTtl, SmtpSettings smtp) {

        static GateSettings from(Settings settings, Secrets secrets) {
            int hours =
                    settings.intOrDefault(
                            "GATEHOUSE_APPROVAL_TTL_HOURS",
                            (int) ApprovalGate.DEFAULT_TTL.toHours());
            if (hours < 1 || hours > 24 * 30) {
                throw new ConfigurationException(
                        "Setting GATEHOUSE_APPROVAL_TTL_HOURS must be from 1 to 720");
            }
            // Every action a route may declare with @Gated is registered here, and only here.
            return new GateSettings(
                    GatedActions.of(new ClientDeletion()),
                    Duration.ofHours(hours),
                    SmtpSettings.from(settings, secrets));
        }
    }

    /** Builds the app from settings; fails fast on any misconfiguration. */
    public static Gatehouse create(Settings settings) {
        return create(settings, Telemetry.from(settings));
    }

    /**
     * As {@link #create(Settings)}, with the OpenTelemetry to trace with (tests pass an in-memory
     * one).
     */
    public static Gatehouse create(Settings settings, OpenTelemetry openTelemetry) {
        return create(settings, openTelemetry, Clock.systemUTC());
    }

    /** As above, with the clock that decides expiries, token lifetimes and retry waits. */
    public static Gatehouse create(Settings settings, OpenTelemetry openTelemetry, Clock clock) {
        // Configuration first: a setting still holding a Key Vault reference is refused before
        // the secret store is even chosen.
        settings.refuseUnresolvedKeyVaultReferences();
        return create(settings, openTelemetry, clock, SecretStores.from(settings));
    }

    /**
     * As above, with the secret store given rather than chosen from the settings: for a host that
     * brings its own, and for tests that make the store fail (an outage at start-up or later).
     */
    public static Gatehouse create(
            Settings settings, OpenTelemetry openTelemetry, Clock clock, Secrets secrets) {
        // jOOQ's banner and tips would be the first lines of every cold start's log.
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        // Configuration and secrets first: a misconfigured app must not start at all. A store
        // that does not answer throws SecretStoreUnavailableException before anything is opened.
        settings.refuseUnresolvedKeyVaultReferences();
        SecretStores.requirePresent(secrets);
        OidcSettings oidc;
        try {
            oidc = OidcSettings.fromSettings(name -> settings.optional(name).orElse(null));
        } catch (IllegalArgumentException invalid) {
            throw new ConfigurationException("OIDC settings: " + invalid.getMessage());
        }
        TokenVerifier tokens = JwtVerifier.forIssuer(oidc, clock);
        Tracing tracing = new Tracing(openTelemetry);
        StorageQueueSender queues = StorageQueueSender.from(settings);
        int outageSeconds =
                settings.intOrDefault(
                        AUDIT_WRITER_OUTAGE_SECONDS,
                        (int) MessagePipeline.DEFAULT_OUTAGE_BUDGET.toSeconds());
        if (outageSeconds < 0 || outageSeconds > 600) {
            throw new ConfigurationException(
                    "Setting " + AUDIT_WRITER_OUTAGE_SECONDS + " must be from 0 to 600");
        }
        // The SMTP password is the secret smtp-password, from the app's secret store (Key Vault on
        // Azure).
        GateSettings gates = GateSettings.from(settings, secrets);
        return new Gatehouse(
                tokens,
                new TenantTransactions(DatabaseSettings.from(settings), tracing),
                tracing,
                queues,
                Duration.ofSeconds(outageSeconds),
                secrets,
                gates,
                clock);
    }

    /**
     * The function class's instance, wired from this graph; built on first request, then shared
     * (its fields are final references into the graph, so sharing is safe across invocations).
     */
    public <T> T functionInstance(Class<T> functionClass) {
        return functionClass.cast(
                functionInstances.computeIfAbsent(
                        functionClass, type -> FunctionClasses.build(type, this)));
    }

    public RequestPipeline pipeline() {
        return pipeline;
    }

    @Override
    public FunctionsHttp http() {
        return http;
    }

    @Override
    public FunctionsMessages messages() {
        return messageFunctions;
    }

    @Override
    public PseudonymKeys pseudonymKeys() {
        return pseudonymKeys;
    }

    @Override
    public StatusFunctions.DependencyProbe dependencies() {
        return this::dependenciesReachable;
    }

    @Override
    public AuditWriter auditWriter() {
        return auditWriter;
    }

    @Override
    public AuditOutboxResender auditOutboxResender() {
        return auditOutboxResender;
    }

    @Override
    public ApprovalExecutor approvalExecutor() {
        return approvalExecutor;
    }

    @Override
    public ApprovalExpiry approvalExpiry() {
        return approvalExpiry;
    }

    @Override
    public EmailSender emailSender() {
        return emailSender;
    }

    public QueueSender queues() {
        return queues;
    }

    /** The database and the queue service both answer (GET /ready). */
    public boolean dependenciesReachable() {
        return transactions.isReachable() && queues.isReachable();
    }

    @Override
    public void close() {
        relay.close();
        transactions.close();
    }
}
