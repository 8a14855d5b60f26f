package io.gatehouse.devhost;

import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.TraceContext;
import java.util.Objects;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The {@link ExecutionContext} of one invocation: a fresh invocation id, the function's name, a
 * {@code java.util.logging} logger named {@code Function.<name>} (the host's log category for a
 * function), and the trace context. {@code getRetryContext()} keeps the library's default ({@code
 * null}), as the host gives when no retry policy is configured: HTTP triggers are never retried,
 * and queue retries come from the message's dequeue count, not from a retry policy.
 */
public final class DevExecutionContext implements ExecutionContext {

    private final String functionName;
    private final String invocationId;
    private final Logger logger;
    private final TraceContext traceContext;

    public DevExecutionContext(
            String functionName, String invocationId, TraceContext traceContext) {
        this.functionName = Objects.requireNonNull(functionName, "functionName");
        this.invocationId = Objects.requireNonNull(invocationId, "invocationId");
        this.traceContext = Objects.requireNonNull(traceContext, "traceContext");
        this.logger = Logger.getLogger("Function." + functionName);
    }

    /** A context for a new invocation of {@code functionName}, with a random invocation id. */
    public static DevExecutionContext newInvocation(
            String functionName, TraceContext traceContext) {
        return new DevExecutionContext(functionName, UUID.randomUUID().toString(), traceContext);
    }

    @Override
    public Logger getLogger() {
        return logger;
    }

    @Override
    public String getInvocationId() {
        return invocationId;
    }

    @Override
    public String getFunctionName() {
        return functionName;
    }

    @Override
    public TraceContext getTraceContext() {
        return traceContext;
    }
}
