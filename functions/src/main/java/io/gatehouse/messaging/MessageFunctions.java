package io.gatehouse.messaging;

import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.HttpMethod;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.annotation.AuthorizationLevel;
import com.microsoft.azure.functions.annotation.BindingName;
import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.HttpTrigger;
import com.microsoft.azure.functions.annotation.QueueTrigger;
import io.gatehouse.consumers.FunctionsMessages;
import io.gatehouse.http.Access;
import io.gatehouse.http.Allow;
import io.gatehouse.http.Audited;
import io.gatehouse.http.FunctionsHttp;
import java.util.Optional;

/**
 * PHI e-mail: the HTTP route that queues a message (interactive users only), and the
 * queue-triggered sender that delivers it over SMTP and records the disclosure. A message the
 * sender cannot deliver throws: the host retries it, and leaves it in {@code outbound-email-poison}
 * after the fifth failure.
 */
public final class MessageFunctions {

    private final FunctionsHttp http;
    private final FunctionsMessages messages;
    private final EmailSender sender;

    public MessageFunctions(FunctionsHttp http, FunctionsMessages messages, EmailSender sender) {
        this.http = http;
        this.messages = messages;
        this.sender = sender;
    }

    @FunctionName("clients-message")
    @Allow(Access.AUTHENTICATED)
    @Audited(action = "message.send", resource = "client")
    public HttpResponseMessage send(
            @HttpTrigger(
                            name = "req",
                            methods = HttpMethod.POST,
                            route = "clients/{id}/messages",
                            authLevel = AuthorizationLevel.ANONYMOUS)
                    HttpRequestMessage<Optional<String>> request,
            @BindingName("id") String id,
            ExecutionContext context) {
        return http.serve(request, context, call -> MessageHandlers.send(call, id));
    }

    @FunctionName("email-sender")
    public void deliver(
            @QueueTrigger(
                            name = "message",
                            queueName = MessageHandlers.OUTBOUND_EMAIL,
                            connection = "AzureWebJobsStorage")
                    String message,
            @BindingName("DequeueCount") long dequeueCount,
            ExecutionContext context) {
        messages.consume(message, dequeueCount, context, sender);
    }
}
