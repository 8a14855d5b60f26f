package io.gatehouse.audit;

import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.annotation.BindingName;
import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.QueueTrigger;
import com.microsoft.azure.functions.annotation.TimerTrigger;
import io.gatehouse.consumers.FunctionsMessages;
import io.gatehouse.evidence.AuditEnvelopes;

/**
 * Queue and timer functions of the audit trail. A message that cannot be written throws: the host
 * retries it, and after the fifth failure leaves it untouched in {@code audit-events-poison}.
 */
public final class AuditFunctions {

    private final FunctionsMessages messages;
    private final AuditWriter writer;
    private final AuditOutboxResender resender;

    public AuditFunctions(
            FunctionsMessages messages, AuditWriter writer, AuditOutboxResender resender) {
        this.messages = messages;
        this.writer = writer;
        this.resender = resender;
    }

    @FunctionName("audit-writer")
    public void write(
            @QueueTrigger(
                            name = "message",
                            queueName = AuditEnvelopes.QUEUE,
                            connection = "AzureWebJobsStorage")
                    String message,
            @BindingName("DequeueCount") long dequeueCount,
            ExecutionContext context) {
        messages.consume(message, dequeueCount, context, writer);
    }

    /**
     * Every minute, sends again the audit events still in the outbox a minute after they were
     * written (see {@link AuditOutboxResender}). On Azure a timer runs on one instance at a time.
     */
    @FunctionName(AuditOutboxResender.NAME)
    public void resendOutbox(
            @TimerTrigger(name = "timer", schedule = "0 */1 * * * *") String timerInfo,
            ExecutionContext context) {
        messages.run(context, resender);
    }
}
