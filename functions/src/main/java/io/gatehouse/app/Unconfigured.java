package io.gatehouse.app;

import io.gatehouse.approvals.ApprovalExecutor;
import io.gatehouse.approvals.ApprovalExpiry;
import io.gatehouse.audit.AuditOutboxResender;
import io.gatehouse.audit.AuditWriter;
import io.gatehouse.consumers.FunctionsMessages;
import io.gatehouse.http.FunctionsHttp;
import io.gatehouse.messaging.EmailSender;
import io.gatehouse.pii.PseudonymKeys;
import io.gatehouse.platform.ConfigurationException;
import io.gatehouse.platform.SecretStoreUnavailableException;
import io.gatehouse.status.StatusFunctions;

/**
 * The parts of a process that could not start: its configuration was refused, or the secret store
 * it reads at start-up did not answer. HTTP functions answer 503 problem+json with Retry-After (the
 * reason goes to the log only); queue and timer functions cannot be built, so the host retries
 * their messages — and finally poisons them — until the start succeeds. Nothing is kept: the next
 * instance request tries to build the graph again, so the app recovers without a restart.
 */
final class Unconfigured implements FunctionParts {

    private final RuntimeException refusal;
    private final FunctionsHttp http;

    Unconfigured(ConfigurationException refusal) {
        this.refusal = refusal;
        this.http = FunctionsHttp.misconfigured(refusal.getMessage());
    }

    Unconfigured(SecretStoreUnavailableException outage) {
        this.refusal = outage;
        this.http = FunctionsHttp.startingUnavailable(outage.getMessage());
    }

    @Override
    public FunctionsHttp http() {
        return http;
    }

    @Override
    public StatusFunctions.DependencyProbe dependencies() {
        return () -> false;
    }

    @Override
    public PseudonymKeys pseudonymKeys() {
        // never asked: the misconfigured HTTP adapter answers before any handler runs
        return new PseudonymKeys(
                name -> {
                    throw refusal;
                });
    }

    @Override
    public FunctionsMessages messages() {
        throw refusal;
    }

    @Override
    public AuditWriter auditWriter() {
        throw refusal;
    }

    @Override
    public AuditOutboxResender auditOutboxResender() {
        throw refusal;
    }

    @Override
    public ApprovalExecutor approvalExecutor() {
        throw refusal;
    }

    @Override
    public ApprovalExpiry approvalExpiry() {
        throw refusal;
    }

    @Override
    public EmailSender emailSender() {
        throw refusal;
    }
}
