package io.gatehouse.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gatehouse.platform.ConfigurationException;
import io.gatehouse.platform.Settings;
import io.gatehouse.platform.SettingsSecrets;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SmtpSettingsTest {

    @Test
    void startTlsIsRequiredExceptOnLoopback() {
        assertThatThrownBy(
                        () ->
                                SmtpSettings.from(
                                        Settings.of(
                                                Map.of(
                                                        "GATEHOUSE_SMTP_HOST",
                                                        "smtp.azurecomm.net",
                                                        "GATEHOUSE_SMTP_FROM",
                                                        "a@b.example",
                                                        "GATEHOUSE_SMTP_STARTTLS",
                                                        "false")),
                                        name -> Optional.empty()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("GATEHOUSE_SMTP_STARTTLS");
        SmtpSettings production =
                SmtpSettings.from(
                        Settings.of(
                                Map.of(
                                        "GATEHOUSE_SMTP_HOST",
                                        "smtp.azurecomm.net",
                                        "GATEHOUSE_SMTP_FROM",
                                        "a@b.example")),
                        name -> Optional.empty());
        assertThat(production.startTls()).isTrue();
        assertThat(production.port()).isEqualTo(587);
    }

    @Test
    void thePasswordIsTheSmtpPasswordSecretAndIsRequiredWithAUserName() {
        Settings settings =
                Settings.of(
                        Map.of(
                                "GATEHOUSE_SMTP_HOST",
                                "smtp.azurecomm.net",
                                "GATEHOUSE_SMTP_FROM",
                                "a@b.example",
                                "GATEHOUSE_SMTP_USERNAME",
                                "acs-app",
                                SettingsSecrets.settingName("smtp-password"),
                                "s3cret-for-test"));
        SmtpSettings smtp = SmtpSettings.from(settings, new SettingsSecrets(settings));
        assertThat(smtp.password()).contains("s3cret-for-test");
        assertThat(smtp.toString()).doesNotContain("s3cret-for-test");
        assertThatThrownBy(
                        () ->
                                SmtpSettings.from(
                                        Settings.of(
                                                Map.of(
                                                        "GATEHOUSE_SMTP_HOST",
                                                        "smtp.azurecomm.net",
                                                        "GATEHOUSE_SMTP_FROM",
                                                        "a@b.example",
                                                        "GATEHOUSE_SMTP_USERNAME",
                                                        "acs-app")),
                                        name -> Optional.empty()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("smtp-password");
    }

    @Test
    void withoutAHostEmailIsOffAndTheMailerRefusesToSend() {
        SmtpSettings off = SmtpSettings.from(Settings.of(Map.of()), name -> Optional.empty());
        assertThat(off.host()).isEmpty();
        assertThatThrownBy(
                        () ->
                                new SmtpMailer(off)
                                        .send(
                                                new OutgoingMail(
                                                        java.util.UUID.randomUUID(),
                                                        "a@b.example",
                                                        "s",
                                                        "b")))
                .isInstanceOf(ConfigurationException.class);
    }
}
