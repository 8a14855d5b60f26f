package io.gatehouse.observability;

import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.TraceContext;
import java.util.Optional;

/** The trace the Functions host started for an invocation, read the same way for every trigger. */
public final class HostTrace {

    private HostTrace() {}

    /** The host's {@code traceparent} (Azure fills it in; older hosts and the dev host may not). */
    public static Optional<String> traceparent(ExecutionContext context) {
        TraceContext trace = context.getTraceContext();
        return trace == null
                ? Optional.empty()
                : Optional.ofNullable(trace.getTraceparent()).filter(value -> !value.isBlank());
    }
}
