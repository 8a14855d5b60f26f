package io.gatehouse.platform;

import java.util.List;

/**
 * Chooses the process's secret store and checks it at start-up: Key Vault when {@code
 * GATEHOUSE_KEYVAULT_URI} is set (Azure), the app settings otherwise (local runs, tests).
 */
public final class SecretStores {

    /** Secrets the app cannot run without: start-up fails when one is missing. */
    public static final List<String> REQUIRED = List.of("pii-hash-key");

    /** Secrets some features use when present (PHI email through an authenticated SMTP relay). */
    public static final List<String> OPTIONAL = List.of("smtp-password");

    private SecretStores() {}

    public static Secrets from(Settings settings) {
        return settings.optional("GATEHOUSE_KEYVAULT_URI")
                .<Secrets>map(
                        uri -> KeyVaultSecrets.connect(uri, settings.optional("AZURE_CLIENT_ID")))
                .orElseGet(() -> new SettingsSecrets(settings));
    }

    /**
     * Refuses to start with a required secret missing, naming every missing one and where it
     * belongs, so that one failed start tells the operator everything to fix.
     */
    public static void requirePresent(Secrets secrets) {
        List<String> missing =
                REQUIRED.stream().filter(name -> secrets.find(name).isEmpty()).toList();
        if (!missing.isEmpty()) {
            throw new ConfigurationException(
                    "Required secret(s) missing: "
                            + String.join("; ", missing.stream().map(secrets::locate).toList()));
        }
    }
}
