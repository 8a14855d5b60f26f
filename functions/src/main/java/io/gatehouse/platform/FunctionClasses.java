package io.gatehouse.platform;

import io.gatehouse.approvals.ApprovalFunctions;
import io.gatehouse.approvals.ApprovalQueueFunctions;
import io.gatehouse.audit.AuditFunctions;
import io.gatehouse.audit.AuditHttpFunctions;
import io.gatehouse.clients.ClientFunctions;
import io.gatehouse.exports.ExportFunctions;
import io.gatehouse.me.MeFunctions;
import io.gatehouse.messaging.MessageFunctions;
import io.gatehouse.pii.PiiFunctions;
import io.gatehouse.reasoning.ReasoningFunctions;
import io.gatehouse.status.StatusFunctions;
import io.gatehouse.tenants.TenantFunctions;
import java.util.List;

/**
 * Every class that holds Functions entry points. The route catalog reads its access rules from
 * these; a test checks that every function the package declares comes from one of them.
 */
public final class FunctionClasses {

    public static final List<Class<?>> ALL = List.of(
            StatusFunctions.class, MeFunctions.class, TenantFunctions.class, ClientFunctions.class, AuditFunctions.class,
            AuditHttpFunctions.class, PiiFunctions.class, ReasoningFunctions.class, ApprovalFunctions.class,
            ApprovalQueueFunctions.class, ExportFunctions.class, MessageFunctions.class);

    private FunctionClasses() {}
}
