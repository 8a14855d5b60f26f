package io.gatehouse.audit;

import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.QueueTrigger;
import io.gatehouse.platform.Envelope;
import io.gatehouse.platform.Gatehouse;

/**
 * Queue functions of the audit trail. A message that cannot be written throws: the host retries
 * it, and after the fifth failure leaves it untouched in {@code audit-events-poison}.
 */
public final class AuditFunctions {

    @FunctionName("audit-writer")
    public void write(
            @QueueTrigger(name = "message", queueName = AuditEnvelopes.QUEUE, connection = "AzureWebJobsStorage") String message,
            ExecutionContext context) {
        Gatehouse.app().auditWriter().write(Envelope.fromJson(message));
    }
}
