package io.gatehouse.platform;

import java.util.Locale;
import java.util.Optional;

/**
 * Secrets from the app settings, for local runs and tests: secret {@code pii-hash-key} is setting
 * {@code GATEHOUSE_SECRET_PII_HASH_KEY}. Never used when a Key Vault is configured.
 */
public final class SettingsSecrets implements Secrets {

    private final Settings settings;

    public SettingsSecrets(Settings settings) {
        this.settings = settings;
    }

    public static String settingName(String secretName) {
        return "GATEHOUSE_SECRET_" + secretName.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    @Override
    public String locate(String name) {
        return "Secret " + name + " (setting " + settingName(name) + ")";
    }

    @Override
    public Optional<String> find(String name) {
        return settings.optional(settingName(name));
    }
}
