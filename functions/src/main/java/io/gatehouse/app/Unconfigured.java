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
import io.gatehouse.status.StatusFunctions;

/**
 * The parts of a process whose configuration was refused. HTTP functions answer 503 problem+json
 * (the reason goes to the log only); queue and timer functions cannot be built, so the host retries
 * their messages — and finally poisons them — until the configuration is fixed.
 */
final class Unconfigured implements FunctionParts {

    private final ConfigurationException refusal;

    Unconfigured(ConfigurationException refusal) {
        this.refusal = refusal;
    }

    @Override
    public FunctionsHttp http() {
        return FunctionsHttp.misconfigured(refusal.getMessage());
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
