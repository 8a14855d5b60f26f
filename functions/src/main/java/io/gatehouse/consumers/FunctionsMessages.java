package io.gatehouse.consumers;

import com.microsoft.azure.functions.ExecutionContext;
import io.gatehouse.observability.HostTrace;
import java.util.Objects;

/**
 * The adapter between the Functions host and the message pipeline, as {@link
 * io.gatehouse.http.FunctionsHttp} is for HTTP: every queue and timer function is one line that
 * calls {@link #consume} or {@link #run} with the handler its function class was given. A failure
 * is thrown back to the host, which retries the message and finally poisons it.
 */
public final class FunctionsMessages {

    private final MessagePipeline pipeline;

    public FunctionsMessages(MessagePipeline pipeline) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    }

    public <R> R consume(
            String message,
            long dequeueCount,
            ExecutionContext context,
            MessageHandler<?, R> handler) {
        R outcome =
                pipeline.consume(
                        message,
                        new Delivery(dequeueCount, HostTrace.traceparent(context)),
                        handler);
        context.getLogger().info(context.getFunctionName() + ": " + outcome);
        return outcome;
    }

    public TimerSummary run(ExecutionContext context, TimerHandler handler) {
        TimerSummary summary = pipeline.run(handler, HostTrace.traceparent(context));
        context.getLogger().info(context.getFunctionName() + ": " + summary);
        return summary;
    }
}
