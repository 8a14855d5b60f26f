package io.gatehouse.platform;

import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.TraceContext;
import io.gatehouse.consumers.Delivery;
import io.gatehouse.consumers.MessageHandler;
import io.gatehouse.consumers.TimerHandler;
import io.gatehouse.consumers.TimerSummary;
import java.util.Optional;
import java.util.function.Function;

/**
 * The adapter between the Functions host and the message pipeline, as {@link FunctionsHttp} is
 * for HTTP: every queue and timer function is one line that calls {@link #consume} or
 * {@link #run} with the handler the app built for it. A failure is thrown back to the host, which
 * retries the message and finally poisons it.
 */
public final class FunctionsMessages {

    private FunctionsMessages() {}

    public static <R> R consume(String message, long dequeueCount, ExecutionContext context,
            Function<Gatehouse, ? extends MessageHandler<?, R>> handler) {
        Gatehouse app = Gatehouse.app();
        R outcome = app.messages().consume(message, new Delivery(dequeueCount, hostTraceparent(context)), handler.apply(app));
        context.getLogger().info(context.getFunctionName() + ": " + outcome);
        return outcome;
    }

    public static TimerSummary run(ExecutionContext context, Function<Gatehouse, TimerHandler> handler) {
        Gatehouse app = Gatehouse.app();
        TimerSummary summary = app.messages().run(handler.apply(app), hostTraceparent(context));
        context.getLogger().info(context.getFunctionName() + ": " + summary);
        return summary;
    }

    /** The trace the host started for this invocation (Azure fills it in; older hosts may not). */
    static Optional<String> hostTraceparent(ExecutionContext context) {
        TraceContext trace = context.getTraceContext();
        return trace == null ? Optional.empty() : Optional.ofNullable(trace.getTraceparent()).filter(value -> !value.isBlank());
    }
}
