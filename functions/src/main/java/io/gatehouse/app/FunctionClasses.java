package io.gatehouse.app;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Every class that holds Functions entry points, each with how it is built from the app's parts.
 * The route catalog reads its access rules from these; a test checks that every function the
 * package declares comes from one of them. A new function class is added here, and only here.
 */
public final class FunctionClasses {

    private static final Map<Class<?>, Function<FunctionParts, Object>> WIRING = wiring();

    public static final List<Class<?>> ALL = List.copyOf(WIRING.keySet());

    private FunctionClasses() {}

    private static Map<Class<?>, Function<FunctionParts, Object>> wiring() {
        Map<Class<?>, Function<FunctionParts, Object>> wiring = new LinkedHashMap<>();
        wiring.put(
                StatusFunctions.class,
                parts -> new StatusFunctions(parts.http(), parts.dependencies()));
        wiring.put(MeFunctions.class, parts -> new MeFunctions(parts.http()));
        wiring.put(TenantFunctions.class, parts -> new TenantFunctions(parts.http()));
        wiring.put(ClientFunctions.class, parts -> new ClientFunctions(parts.http()));
        wiring.put(
                AuditFunctions.class,
                parts ->
                        new AuditFunctions(
                                parts.messages(),
                                parts.auditWriter(),
                                parts.auditOutboxResender()));
        wiring.put(AuditHttpFunctions.class, parts -> new AuditHttpFunctions(parts.http()));
        wiring.put(
                PiiFunctions.class, parts -> new PiiFunctions(parts.http(), parts.pseudonymKeys()));
        wiring.put(
                ReasoningFunctions.class,
                parts -> new ReasoningFunctions(parts.http(), parts.pseudonymKeys()));
        wiring.put(ApprovalFunctions.class, parts -> new ApprovalFunctions(parts.http()));
        wiring.put(
                ApprovalQueueFunctions.class,
                parts ->
                        new ApprovalQueueFunctions(
                                parts.messages(),
                                parts.approvalExecutor(),
                                parts.approvalExpiry()));
        wiring.put(ExportFunctions.class, parts -> new ExportFunctions(parts.http()));
        wiring.put(
                MessageFunctions.class,
                parts -> new MessageFunctions(parts.http(), parts.messages(), parts.emailSender()));
        return wiring;
    }

    static boolean isFunctionClass(Class<?> type) {
        return WIRING.containsKey(type);
    }

    /** A new instance of {@code functionClass} with its collaborators from {@code parts}. */
    static <T> T build(Class<T> functionClass, FunctionParts parts) {
        Function<FunctionParts, Object> factory = WIRING.get(functionClass);
        if (factory == null) {
            throw new IllegalArgumentException(
                    functionClass.getName() + " is not one of Gatehouse's function classes");
        }
        return functionClass.cast(factory.apply(parts));
    }
}
