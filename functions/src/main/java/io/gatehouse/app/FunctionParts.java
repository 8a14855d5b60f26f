package io.gatehouse.app;

import io.gatehouse.approvals.ApprovalExecutor;
import io.gatehouse.approvals.ApprovalExpiry;
import io.gatehouse.audit.AuditOutboxResender;
import io.gatehouse.audit.AuditWriter;
import io.gatehouse.consumers.FunctionsMessages;
import io.gatehouse.http.FunctionsHttp;
import io.gatehouse.messaging.EmailSender;
import io.gatehouse.pii.PseudonymKeys;
import io.gatehouse.status.StatusFunctions;

/**
 * What function classes are built from. {@link Gatehouse} is the real one; {@link Unconfigured}
 * stands in when the configuration was refused, so HTTP callers get a 503 rather than a failed
 * invocation.
 */
interface FunctionParts {

    FunctionsHttp http();

    FunctionsMessages messages();

    PseudonymKeys pseudonymKeys();

    StatusFunctions.DependencyProbe dependencies();

    AuditWriter auditWriter();

    AuditOutboxResender auditOutboxResender();

    ApprovalExecutor approvalExecutor();

    ApprovalExpiry approvalExpiry();

    EmailSender emailSender();
}
