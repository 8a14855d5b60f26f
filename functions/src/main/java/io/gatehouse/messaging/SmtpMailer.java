package io.gatehouse.messaging;

import io.gatehouse.platform.ConfigurationException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/**
 * Sends over SMTP with Jakarta Mail: in production to the Azure Communication Services SMTP relay
 * (smtp.azurecomm.net:587, STARTTLS, an Entra application as the user name). Plain text, UTF-8, one
 * recipient; connect, read and write time out after 10 s so a stuck server cannot hold the queue
 * function.
 */
public final class SmtpMailer implements Mailer {

    private static final String TIMEOUT_MILLIS = "10000";

    private final SmtpSettings settings;
    private final Session session;

    public SmtpMailer(SmtpSettings settings) {
        this.settings = settings;
        Properties properties = new Properties();
        settings.host().ifPresent(host -> properties.put("mail.smtp.host", host));
        properties.put("mail.smtp.port", Integer.toString(settings.port()));
        properties.put("mail.smtp.auth", Boolean.toString(settings.username().isPresent()));
        properties.put("mail.smtp.starttls.enable", Boolean.toString(settings.startTls()));
        properties.put("mail.smtp.starttls.required", Boolean.toString(settings.startTls()));
        properties.put("mail.smtp.ssl.checkserveridentity", "true");
        properties.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.timeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        this.session = Session.getInstance(properties);
    }

    @Override
    public void send(OutgoingMail mail) {
        if (settings.host().isEmpty()) {
            throw new ConfigurationException(
                    "E-mail is not configured: set GATEHOUSE_SMTP_HOST (docs/gates.md)");
        }
        try {
            MimeMessage message = new IdentifiedMessage(session, mail);
            message.setFrom(new InternetAddress(settings.from(), true));
            message.setRecipient(
                    Message.RecipientType.TO, new InternetAddress(mail.recipient(), true));
            message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            message.setText(mail.body(), StandardCharsets.UTF_8.name());
            message.setSentDate(new Date());
            if (settings.username().isPresent()) {
                Transport.send(message, settings.username().get(), settings.password().orElse(""));
            } else {
                Transport.send(message);
            }
        } catch (AddressException badAddress) {
            throw new MailFailedException(
                    "an address of message " + mail.id() + " is not valid", null);
        } catch (MessagingException failure) {
            // The exception's text can quote the server's reply, which may echo an address: say
            // what failed, not that.
            throw new MailFailedException(
                    "SMTP did not accept message "
                            + mail.id()
                            + " ("
                            + failure.getClass().getSimpleName()
                            + ")",
                    null);
        }
    }

    /**
     * A MimeMessage whose Message-ID is derived from Gatehouse's message id, stable across retries.
     */
    private static final class IdentifiedMessage extends MimeMessage {
        private final OutgoingMail mail;

        IdentifiedMessage(Session session, OutgoingMail mail) {
            super(session);
            this.mail = mail;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", "<" + mail.id() + "@gatehouse.invalid>");
        }
    }
}
