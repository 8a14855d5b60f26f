package io.gatehouse.messaging;

import io.gatehouse.platform.ConfigurationException;
import io.gatehouse.platform.Secrets;
import io.gatehouse.platform.Settings;
import java.util.Optional;
import java.util.Set;

/**
 * SMTP settings (docs/gates.md): {@code GATEHOUSE_SMTP_HOST}, {@code _PORT} (587), {@code
 * _USERNAME}, {@code _FROM}, {@code _STARTTLS} (true), and the password as the secret {@code
 * smtp-password} (Key Vault on Azure; {@code GATEHOUSE_SECRET_SMTP_PASSWORD} locally). STARTTLS is
 * required — with the server's certificate and name checked — unless the host is the loopback
 * interface (an SMTP server on the developer's own machine or in a test).
 *
 * @param host empty when e-mail is not configured: the sender then refuses every message
 */
public record SmtpSettings(
        Optional<String> host,
        int port,
        Optional<String> username,
        Optional<String> password,
        String from,
        boolean startTls) {

    public static final String PASSWORD_SECRET = "smtp-password";
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "::1", "[::1]");

    public static SmtpSettings from(Settings settings, Secrets secrets) {
        Optional<String> host = settings.optional("GATEHOUSE_SMTP_HOST");
        if (host.isEmpty()) {
            return new SmtpSettings(
                    Optional.empty(), 0, Optional.empty(), Optional.empty(), "", true);
        }
        int port = settings.intOrDefault("GATEHOUSE_SMTP_PORT", 587);
        if (port < 1 || port > 65535) {
            throw new ConfigurationException("Setting GATEHOUSE_SMTP_PORT must be a port number");
        }
        String from = settings.required("GATEHOUSE_SMTP_FROM");
        boolean startTls =
                !"false".equalsIgnoreCase(settings.orDefault("GATEHOUSE_SMTP_STARTTLS", "true"));
        if (!startTls && !LOOPBACK.contains(host.get().toLowerCase(java.util.Locale.ROOT))) {
            throw new ConfigurationException(
                    "Setting GATEHOUSE_SMTP_STARTTLS may be false only for a loopback SMTP host");
        }
        Optional<String> username = settings.optional("GATEHOUSE_SMTP_USERNAME");
        Optional<String> password =
                username.isPresent()
                        ? Optional.of(secrets.require(PASSWORD_SECRET))
                        : Optional.empty();
        return new SmtpSettings(host, port, username, password, from, startTls);
    }

    @Override
    public String toString() {
        return "SmtpSettings[host="
                + host.orElse("(none)")
                + ", port="
                + port
                + ", startTls="
                + startTls
                + "]";
    }
}
