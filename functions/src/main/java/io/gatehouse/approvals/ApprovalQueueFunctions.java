package io.gatehouse.approvals;

import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.annotation.BindingName;
import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.QueueTrigger;
import com.microsoft.azure.functions.annotation.TimerTrigger;
import io.gatehouse.consumers.FunctionsMessages;

/**
 * The queue-triggered executor of approved actions, and the timer that expires stale approvals. A
 * message that fails throws: the host retries it and leaves it in {@code approved-actions-poison}
 * after the fifth failure.
 */
public final class ApprovalQueueFunctions {

    private final FunctionsMessages messages;
    private final ApprovalExecutor executor;
    private final ApprovalExpiry expiry;

    public ApprovalQueueFunctions(
            FunctionsMessages messages, ApprovalExecutor executor, ApprovalExpiry expiry) {
        this.messages = messages;
        this.executor = executor;
        this.expiry = expiry;
    }

    @FunctionName("approval-executor")
    public void execute(
            @QueueTrigger(
                            name = "message",
                            queueName = ApprovalHandlers.APPROVED_ACTIONS,
                            connection = "AzureWebJobsStorage")
                    String message,
            @BindingName("DequeueCount") long dequeueCount,
            ExecutionContext context) {
        messages.consume(message, dequeueCount, context, executor);
    }

    /**
     * Every five minutes (the dev host fires it too); tests call its entry point and {@link
     * ApprovalExpiry} directly.
     */
    @FunctionName(ApprovalExpiry.NAME)
    public void expire(
            @TimerTrigger(name = "timer", schedule = "0 */5 * * * *") String timerInfo,
            ExecutionContext context) {
        messages.run(context, expiry);
    }
}
