package io.gatehouse.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.storage.queue.QueueClient;
import com.azure.storage.queue.QueueClientBuilder;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.gatehouse.platform.Envelope;
import io.gatehouse.platform.Json;
import io.gatehouse.platform.Settings;
import io.gatehouse.platform.StorageQueueSender;
import io.gatehouse.testing.ApiClient;
import io.gatehouse.testing.ApiClient.Response;
import io.gatehouse.testing.AuditTrailProbe;
import io.gatehouse.testing.GatehouseStack;
import io.gatehouse.testing.SuperuserSql;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * PHI e-mail end to end over HTTP: the route (interactive users only), the outbound-email queue on
 * Azurite, the packaged sender delivering to a real SMTP server in-process (GreenMail), and the
 * disclosure it records.
 */
class MessagesIT {

    static final Duration DELIVERY = Duration.ofSeconds(60);
    static GatehouseStack stack;
    static SuperuserSql sql;
    static GreenMail smtp;
    static UUID tenant;

    @BeforeAll
    static void appWithSmtp() {
        stack = GatehouseStack.shared();
        sql = new SuperuserSql(stack.database());
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        stack.installApp(
                GatehouseStack.DEFAULT_POOL_SIZE,
                Map.of(
                        "GATEHOUSE_SMTP_HOST",
                        "127.0.0.1",
                        "GATEHOUSE_SMTP_PORT",
                        Integer.toString(smtp.getSmtp().getPort()),
                        "GATEHOUSE_SMTP_FROM",
                        "care@clinic.example",
                        "GATEHOUSE_SMTP_STARTTLS",
                        "false"));
        tenant = stack.createTenant("messages");
    }

    @AfterAll
    static void restoreApp() {
        stack.installApp(GatehouseStack.DEFAULT_POOL_SIZE);
        smtp.stop();
    }

    @Test
    void aSignedInUsersMessageIsDeliveredAndDisclosedOnceEvenWhenRedelivered() {
        String recipient =
                "patient-" + UUID.randomUUID().toString().substring(0, 8) + "@patients.example";
        UUID client = createClient(recipient);

        // A service account asks first: refused, and nothing is queued for it.
        Response service = serviceAccount().post(messagePath(client), message("Service copy"));
        assertThat(service.status()).isEqualTo(403);
        assertThat(service.header("Content-Type")).startsWith("application/problem+json");
        Map<String, Object> denied =
                new AuditTrailProbe(stack.database())
                        .awaitCorrelation(service.header("X-Correlation-ID"), 1)
                        .get(0);
        assertThat(denied)
                .containsEntry("action", "access.denied")
                .containsEntry("actor_interactive", false);
        assertThat(denied.get("details").toString()).contains("message.send");

        Response queued =
                stack.userOf(tenant).post(messagePath(client), message("Your signed consent"));
        assertThat(queued.status()).isEqualTo(202);
        assertThat(queued.json().get("status").asText()).isEqualTo("queued");
        UUID messageId = UUID.fromString(queued.json().get("id").asText());

        until("the e-mail arrived", DELIVERY, () -> receivedBy(recipient).length == 1);
        until(
                "the disclosure is recorded",
                DELIVERY,
                () ->
                        sql.count(
                                        "select count(*) from gatehouse.disclosures where disclosure_id = ?",
                                        messageId)
                                == 1);
        MimeMessage mail = receivedBy(recipient)[0];
        assertThat(uncheckedSubject(mail)).isEqualTo("Your signed consent");
        assertThat(GreenMailUtil.getBody(mail)).contains("Consent form signed on 2026-11-02");
        assertThat(
                        sql.single(
                                "select recipient || '|' || description || '|' || purpose from gatehouse.disclosures where disclosure_id = ?",
                                messageId))
                .isEqualTo(recipient + "|Signed consent copy|treatment");

        // The same envelope once more, as the host would redeliver it.
        redeliver(messageId, client, recipient);
        awaitQueueDrained();
        assertThat(receivedBy(recipient)).as("one e-mail, never the service account's").hasSize(1);
        assertThat(
                        sql.count(
                                "select count(*) from gatehouse.disclosures where client_id = ?",
                                client))
                .isEqualTo(1);
        until(
                "the disclosure is in the audit trail",
                DELIVERY,
                () ->
                        sql.count(
                                        "select count(*) from gatehouse.audit_events"
                                                + " where action = 'disclosure.record' and details->>'disclosureId' = ?",
                                        messageId.toString())
                                == 1);
        assertThat(
                        sql.count(
                                        "select count(*) from gatehouse.audit_outbox where envelope::text like ?",
                                        "%Consent form signed%")
                                + sql.count(
                                        "select count(*) from gatehouse.audit_events where details::text like ?",
                                        "%Consent form signed%"))
                .as("the body never reaches the audit trail")
                .isZero();
    }

    @Test
    void refusalsAreClear() {
        UUID noEmail =
                UUID.fromString(
                        stack.userOf(tenant)
                                .post("/api/clients", "{\"fullName\":\"No Mail\"}")
                                .json()
                                .get("id")
                                .asText());
        assertThat(stack.userOf(tenant).post(messagePath(noEmail), message("x")).status())
                .isEqualTo(422);
        assertThat(stack.userOf(tenant).post(messagePath(UUID.randomUUID()), message("x")).status())
                .isEqualTo(404);
        UUID client = createClient("crlf@patients.example");
        assertThat(
                        stack.userOf(tenant)
                                .post(
                                        messagePath(client),
                                        "{\"subject\":\"a\\r\\nBcc: all@evil.example\",\"body\":\"b\",\"description\":\"d\",\"purpose\":\"p\"}")
                                .status())
                .as("no header injection through the subject")
                .isEqualTo(422);
        UUID otherTenant = stack.createTenant("messages-other");
        assertThat(stack.userOf(otherTenant).post(messagePath(client), message("x")).status())
                .isEqualTo(404);
    }

    static ApiClient serviceAccount() {
        return stack.anonymous()
                .withToken(
                        stack.identityProvider()
                                .token()
                                .subject("svc-batch")
                                .tenant(tenant)
                                .interactive(false)
                                .sign());
    }

    static UUID createClient(String email) {
        Response created =
                stack.userOf(tenant)
                        .post(
                                "/api/clients",
                                "{\"fullName\":\"Ada Patient\",\"email\":\"" + email + "\"}");
        assertThat(created.status()).isEqualTo(201);
        return UUID.fromString(created.json().get("id").asText());
    }

    static String messagePath(UUID client) {
        return "/api/clients/" + client + "/messages";
    }

    static String message(String subject) {
        return "{\"subject\":\""
                + subject
                + "\",\"body\":\"Consent form signed on 2026-11-02.\","
                + "\"description\":\"Signed consent copy\",\"purpose\":\"treatment\"}";
    }

    static MimeMessage[] receivedBy(String recipient) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(
                        mail -> {
                            try {
                                return mail.getAllRecipients()[0].toString().equals(recipient);
                            } catch (Exception e) {
                                return false;
                            }
                        })
                .toArray(MimeMessage[]::new);
    }

    static String uncheckedSubject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static void redeliver(UUID messageId, UUID client, String recipient) {
        Envelope again =
                new Envelope(
                        messageId,
                        MessageHandlers.TYPE,
                        tenant,
                        "redelivery",
                        null,
                        Instant.now(),
                        Json.mapper()
                                .createObjectNode()
                                .put("clientId", client.toString())
                                .put("recipient", recipient)
                                .put("subject", "Your signed consent")
                                .put("body", "Consent form signed on 2026-11-02.")
                                .put("description", "Signed consent copy")
                                .put("purpose", "treatment")
                                .put("requestedBy", "user-" + tenant));
        StorageQueueSender.from(
                        Settings.of(
                                Map.of(
                                        GatehouseStack.STORAGE_SETTING,
                                        stack.azurite().connectionString())))
                .send(MessageHandlers.OUTBOUND_EMAIL, again);
    }

    static void awaitQueueDrained() {
        QueueClient queue =
                new QueueClientBuilder()
                        .connectionString(stack.azurite().connectionString())
                        .queueName(MessageHandlers.OUTBOUND_EMAIL)
                        .buildClient();
        until(
                "outbound-email is drained",
                DELIVERY,
                () -> queue.getProperties().getApproximateMessagesCount() == 0);
    }

    /**
     * Polls until the condition holds (a wait bounded by a generous deadline, not a timing
     * assertion).
     */
    static void until(
            String what,
            java.time.Duration patience,
            java.util.function.BooleanSupplier condition) {
        io.gatehouse.testing.Eventually.await(
                what,
                patience,
                () ->
                        condition.getAsBoolean()
                                ? java.util.Optional.of(true)
                                : java.util.Optional.empty());
    }
}
