package io.gatehouse.platform;

import io.gatehouse.approvals.ApprovalExecutor;
import io.gatehouse.approvals.ApprovalExpiry;
import io.gatehouse.approvals.ApprovalGate;
import io.gatehouse.approvals.GatedActions;
import io.gatehouse.audit.AuditOutboxResender;
import io.gatehouse.audit.AuditWriter;
import io.gatehouse.clients.ClientDeletion;
import io.gatehouse.consumers.MessagePipeline;
import io.gatehouse.http.RequestPipeline;
import io.gatehouse.http.RouteCatalog;
import io.gatehouse.messaging.EmailSender;
import io.gatehouse.messaging.SmtpMailer;
import io.gatehouse.messaging.SmtpSettings;
import io.gatehouse.observability.Tracing;
import io.gatehouse.security.JwtVerifier;
import io.gatehouse.security.OidcSettings;
import io.gatehouse.security.TokenVerifier;
import io.gatehouse.tenancy.TenantTransactions;
import io.opentelemetry.api.OpenTelemetry;
import java.time.Clock;
import java.time.Duration;

/**
 * The composition root. The Functions worker creates a new function-class instance for every
 * call, so everything costly — the connection pool, the JWKS and verified-token caches — is built
 * once per process here and shared.
 */
public final class Gatehouse implements AutoCloseable {

    /**
     * Setting: seconds one queue invocation waits out a database outage (0 to 600; default 120).
     * Named for the audit writer, the first consumer that waited; the message pipeline now gives
     * every queue consumer the same wait.
     */
    public static final String AUDIT_WRITER_OUTAGE_SECONDS = "GATEHOUSE_AUDIT_WRITER_OUTAGE_SECONDS";

    private static volatile Gatehouse current;

    private final TenantTransactions transactions;
    private final RequestPipeline pipeline;
    private final MessagePipeline messages;
    private final AuditWriter auditWriter;
    private final AuditOutboxResender auditOutboxResender;
    private final StorageQueueSender queues;
    private final Secrets secrets;
    private final ApprovalExecutor approvalExecutor;
    private final ApprovalExpiry approvalExpiry;
    private final EmailSender emailSender;

    private Gatehouse(TokenVerifier tokens, TenantTransactions transactions, Tracing tracing, StorageQueueSender queues,
            Duration queueOutageBudget, Secrets secrets, GateSettings gates) {
        this.transactions = transactions;
        this.queues = queues;
        this.secrets = secrets;
        RouteCatalog routes = RouteCatalog.of(FunctionClasses.ALL);
        gates.actions().requireAll(routes.gates().values());
        this.pipeline = new RequestPipeline(routes, tokens, transactions, tracing, queues,
                new ApprovalGate(gates.actions(), gates.approvalTtl(), Clock.systemUTC()));
        this.messages = new MessagePipeline(transactions, queues, tracing, Clock.systemUTC(), queueOutageBudget);
        this.auditWriter = new AuditWriter();
        this.auditOutboxResender = new AuditOutboxResender(queues);
        this.approvalExecutor = new ApprovalExecutor(gates.actions());
        this.approvalExpiry = new ApprovalExpiry();
        this.emailSender = new EmailSender(new SmtpMailer(gates.smtp()));
    }

    /** The settings of the three gates (docs/gates.md), read once at start-up. */
    private record GateSettings(GatedActions actions, Duration approvalTtl, SmtpSettings smtp) {

        static GateSettings from(Settings settings, Secrets secrets) {
            int hours = settings.intOrDefault("GATEHOUSE_APPROVAL_TTL_HOURS", (int) ApprovalGate.DEFAULT_TTL.toHours());
            if (hours < 1 || hours > 24 * 30) {
                throw new ConfigurationException("Setting GATEHOUSE_APPROVAL_TTL_HOURS must be from 1 to 720");
            }
            // Every action a route may declare with @Gated is registered here, and only here.
            return new GateSettings(GatedActions.of(new ClientDeletion()), Duration.ofHours(hours),
                    SmtpSettings.from(settings, secrets));
        }
    }

    /** Builds the app from settings; fails fast on any misconfiguration. */
    public static Gatehouse create(Settings settings) {
        return create(settings, Telemetry.from(settings));
    }

    /** As {@link #create(Settings)}, with the OpenTelemetry to trace with (tests pass an in-memory one). */
    public static Gatehouse create(Settings settings, OpenTelemetry openTelemetry) {
        // jOOQ's banner and tips would be the first lines of every cold start's log.
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        // Configuration and secrets first: a misconfigured app must not start at all.
        settings.refuseUnresolvedKeyVaultReferences();
        Secrets secrets = SecretStores.from(settings);
        SecretStores.requirePresent(secrets);
        OidcSettings oidc;
        try {
            oidc = OidcSettings.fromSettings(name -> settings.optional(name).orElse(null));
        } catch (IllegalArgumentException invalid) {
            throw new ConfigurationException("OIDC settings: " + invalid.getMessage());
        }
        TokenVerifier tokens = JwtVerifier.forIssuer(oidc, Clock.systemUTC());
        Tracing tracing = new Tracing(openTelemetry);
        StorageQueueSender queues = StorageQueueSender.from(settings);
        int outageSeconds = settings.intOrDefault(AUDIT_WRITER_OUTAGE_SECONDS, (int) MessagePipeline.DEFAULT_OUTAGE_BUDGET.toSeconds());
        if (outageSeconds < 0 || outageSeconds > 600) {
            throw new ConfigurationException("Setting " + AUDIT_WRITER_OUTAGE_SECONDS + " must be from 0 to 600");
        }
        // The SMTP password is the secret smtp-password, from the app's secret store (Key Vault on Azure).
        GateSettings gates = GateSettings.from(settings, secrets);
        return new Gatehouse(tokens, new TenantTransactions(DatabaseSettings.from(settings), tracing), tracing, queues,
                Duration.ofSeconds(outageSeconds), secrets, gates);
    }

    /** The process's app, built from the environment on first use. */
    public static Gatehouse app() {
        Gatehouse app = current;
        if (app == null) {
            synchronized (Gatehouse.class) {
                if (current == null) {
                    current = create(Settings.fromEnvironment());
                }
                app = current;
            }
        }
        return app;
    }

    /**
     * Replaces the process's app (the dev host and tests configure it without environment
     * variables) and closes the previous one, releasing its pool. {@code null} leaves none.
     */
    public static synchronized void replace(Gatehouse app) {
        Gatehouse previous = current;
        current = app;
        if (previous != null) {
            previous.close();
        }
    }

    public RequestPipeline pipeline() {
        return pipeline;
    }

    /** The pipeline of every queue and timer function. */
    public MessagePipeline messages() {
        return messages;
    }

    public AuditWriter auditWriter() {
        return auditWriter;
    }

    public AuditOutboxResender auditOutboxResender() {
        return auditOutboxResender;
    }

    public ApprovalExecutor approvalExecutor() {
        return approvalExecutor;
    }

    public ApprovalExpiry approvalExpiry() {
        return approvalExpiry;
    }

    public EmailSender emailSender() {
        return emailSender;
    }

    public QueueSender queues() {
        return queues;
    }

    /** Key Vault on Azure, the app settings locally; checked at start-up (SecretStores.REQUIRED). */
    public Secrets secrets() {
        return secrets;
    }

    /** The database and the queue service both answer (GET /ready). */
    public boolean dependenciesReachable() {
        return transactions.isReachable() && queues.isReachable();
    }

    @Override
    public void close() {
        transactions.close();
    }
}
