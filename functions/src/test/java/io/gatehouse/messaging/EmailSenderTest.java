package io.gatehouse.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.gatehouse.consumers.MessagePipeline;
import io.gatehouse.observability.Tracing;
import io.gatehouse.platform.DatabaseSettings;
import io.gatehouse.platform.Envelope;
import io.gatehouse.platform.Json;
import io.gatehouse.platform.Settings;
import io.gatehouse.tenancy.TenantTransactions;
import io.gatehouse.testing.TestDatabase;
import io.opentelemetry.api.OpenTelemetry;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The outbound-email consumer against a real SMTP server (GreenMail, in-process) and the embedded
 * database: delivery, the disclosure record with its accounting fields, idempotent redelivery, and
 * no PHI in the audit trail.
 */
class EmailSenderTest {

    static final String BODY = "Dear Ada, attached is your signed consent. Diagnosis: J45.909";
    static TestDatabase database;
    static TenantTransactions runtime;
    static GreenMail smtp;
    static MessagePipeline pipeline;
    static EmailSender sender;
    static final UUID TENANT = UUID.randomUUID();

    @BeforeAll
    static void start() throws SQLException {
        database = TestDatabase.start();
        runtime =
                new TenantTransactions(
                        DatabaseSettings.from(Settings.of(database.runtimeSettings(2))));
        try (Connection superuser = database.superuser();
                PreparedStatement sql =
                        superuser.prepareStatement(
                                "insert into gatehouse.tenants (customer_id, name, slug) values (?, 'T', 't')")) {
            sql.setObject(1, TENANT);
            sql.execute();
        }
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        pipeline =
                new MessagePipeline(
                        runtime,
                        new Tracing(OpenTelemetry.noop()),
                        Clock.systemUTC(),
                        Duration.ZERO);
        sender = new EmailSender(new SmtpMailer(smtpSettings()));
    }

    @BeforeEach
    void emptyMailbox() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
    }

    @AfterAll
    static void stop() throws Exception {
        smtp.stop();
        runtime.close();
        database.close();
    }

    static SmtpSettings smtpSettings() {
        return SmtpSettings.from(
                Settings.of(
                        Map.of(
                                "GATEHOUSE_SMTP_HOST",
                                "127.0.0.1",
                                "GATEHOUSE_SMTP_PORT",
                                Integer.toString(smtp.getSmtp().getPort()),
                                "GATEHOUSE_SMTP_FROM",
                                "care@clinic.example",
                                "GATEHOUSE_SMTP_STARTTLS",
                                "false")),
                name -> java.util.Optional.empty());
    }

    @Test
    void aMessageIsDeliveredOnceAndItsDisclosureRecordedOnceHoweverOftenItArrives()
            throws Exception {
        UUID clientId = UUID.randomUUID();
        Envelope message = message(clientId, "ada@patients.example");

        assertThat(pipeline.consume(message, sender)).isEqualTo(EmailSender.Delivery.SENT);
        assertThat(pipeline.consume(message, sender)).isEqualTo(EmailSender.Delivery.ALREADY_SENT);
        assertThat(pipeline.consume(message, sender)).isEqualTo(EmailSender.Delivery.ALREADY_SENT);

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("ada@patients.example");
        assertThat(received[0].getSubject()).isEqualTo("Your signed consent");
        assertThat(GreenMailUtil.getBody(received[0])).contains("J45.909");
        assertThat(received[0].getHeader("Message-ID")[0])
                .isEqualTo("<" + message.id() + "@gatehouse.invalid>");

        try (Connection superuser = database.superuser();
                PreparedStatement sql =
                        superuser.prepareStatement(
                                "select client_id, recipient, description, purpose, channel, disclosed_by, disclosed_at from gatehouse.disclosures"
                                        + " where customer_id = ? and disclosure_id = ?")) {
            sql.setObject(1, TENANT);
            sql.setObject(2, message.id());
            try (ResultSet rows = sql.executeQuery()) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getObject("client_id")).isEqualTo(clientId);
                assertThat(rows.getString("recipient")).isEqualTo("ada@patients.example");
                assertThat(rows.getString("description"))
                        .isEqualTo("Copy of the signed consent form");
                assertThat(rows.getString("purpose")).isEqualTo("treatment");
                assertThat(rows.getString("channel")).isEqualTo("email");
                assertThat(rows.getString("disclosed_by")).isEqualTo("nurse-1");
                assertThat(rows.getTimestamp("disclosed_at")).isNotNull();
                assertThat(rows.next()).as("one disclosure").isFalse();
            }
        }
        try (Connection superuser = database.superuser();
                PreparedStatement sql =
                        superuser.prepareStatement(
                                "select envelope::text from gatehouse.audit_outbox where customer_id = ?"
                                        + " and envelope->'payload'->>'resourceId' = ?")) {
            sql.setObject(1, TENANT);
            sql.setString(2, clientId.toString());
            try (ResultSet rows = sql.executeQuery()) {
                assertThat(rows.next()).isTrue();
                String event = rows.getString(1);
                assertThat(event).contains("disclosure.record").contains(message.id().toString());
                assertThat(event)
                        .as("no PHI in the audit trail")
                        .doesNotContain("J45.909", "consent", "ada@patients.example", "treatment");
                assertThat(rows.next()).as("one audit event").isFalse();
            }
        }
    }

    @Test
    void aMessageTheServerRefusesIsNeitherRecordedNorSwallowed() throws Exception {
        EmailSender unreachable =
                new EmailSender(
                        new SmtpMailer(
                                SmtpSettings.from(
                                        Settings.of(
                                                Map.of(
                                                        "GATEHOUSE_SMTP_HOST",
                                                        "127.0.0.1",
                                                        "GATEHOUSE_SMTP_PORT",
                                                        "1",
                                                        "GATEHOUSE_SMTP_FROM",
                                                        "care@clinic.example",
                                                        "GATEHOUSE_SMTP_STARTTLS",
                                                        "false")),
                                        name -> java.util.Optional.empty())));
        Envelope message = message(UUID.randomUUID(), "bob@patients.example");

        assertThatThrownBy(() -> pipeline.consume(message, unreachable))
                .isInstanceOf(Mailer.MailFailedException.class)
                .message()
                .doesNotContain("bob@patients.example")
                .doesNotContain("J45.909");
        try (Connection superuser = database.superuser();
                PreparedStatement sql =
                        superuser.prepareStatement(
                                "select count(*) from gatehouse.disclosures where disclosure_id = ?")) {
            sql.setObject(1, message.id());
            try (ResultSet rows = sql.executeQuery()) {
                rows.next();
                assertThat(rows.getLong(1))
                        .as("nothing disclosed, so nothing recorded; the host will retry")
                        .isZero();
            }
        }
        // Once the server takes it, the retried message goes out and is recorded.
        assertThat(pipeline.consume(message, sender)).isEqualTo(EmailSender.Delivery.SENT);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void aMessageLackingAFieldIsRefusedBeforeAnyMailGoesOut() throws Exception {
        Envelope complete = message(UUID.randomUUID(), "carol@patients.example");
        for (String field : new String[] {"description", "purpose", "requestedBy", "subject"}) {
            var payload = complete.payload().deepCopy();
            ((com.fasterxml.jackson.databind.node.ObjectNode) payload).remove(field);
            Envelope lacking =
                    new Envelope(
                            UUID.randomUUID(),
                            complete.type(),
                            TENANT,
                            "corr-mail",
                            null,
                            Instant.now(),
                            payload);

            assertThatThrownBy(() -> pipeline.consume(lacking, sender))
                    .as(field)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        // Before, a message without a description was sent and then failed to record: five
        // deliveries, five copies.
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    static Envelope message(UUID clientId, String recipient) {
        return new Envelope(
                UUID.randomUUID(),
                MessageHandlers.TYPE,
                TENANT,
                "corr-mail",
                null,
                Instant.now(),
                Json.mapper()
                        .createObjectNode()
                        .put("clientId", clientId.toString())
                        .put("recipient", recipient)
                        .put("subject", "Your signed consent")
                        .put("body", BODY)
                        .put("description", "Copy of the signed consent form")
                        .put("purpose", "treatment")
                        .put("requestedBy", "nurse-1"));
    }
}
