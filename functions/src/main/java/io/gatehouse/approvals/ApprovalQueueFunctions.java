package io.gatehouse.approvals;

import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.QueueTrigger;
import com.microsoft.azure.functions.annotation.TimerTrigger;
import io.gatehouse.platform.Envelope;
import io.gatehouse.platform.Gatehouse;

/**
 * The queue-triggered executor of approved actions, and the timer that expires stale approvals.
 * A message that fails throws: the host retries it and leaves it in
 * {@code approved-actions-poison} after the fifth failure.
 */
public final class ApprovalQueueFunctions {

    @FunctionName("approval-executor")
    public void execute(
            @QueueTrigger(name = "message", queueName = ApprovalHandlers.APPROVED_ACTIONS, connection = "AzureWebJobsStorage")
                    String message,
            ExecutionContext context) {
        ApprovalExecutor.Outcome outcome = Gatehouse.app().approvalExecutor().execute(Envelope.fromJson(message));
        context.getLogger().info("approved action: " + outcome);
    }

    /** Every five minutes (the dev host fires it too); tests call its entry point and {@link ApprovalExpiry} directly. */
    @FunctionName("approval-expiry")
    public void expire(
            @TimerTrigger(name = "timer", schedule = "0 */5 * * * *") String timerInfo,
            ExecutionContext context) {
        int expired = Gatehouse.app().approvalExpiry().expireStale();
        context.getLogger().info("approvals expired: " + expired);
    }
}
