package io.gatehouse.platform;

import java.util.Map;
import java.util.Optional;

/**
 * Typed access to the app settings of SPEC.md §6: app settings on Azure, local.settings.json under
 * Core Tools, the environment for the dev host. Immutable.
 *
 * <p>A value that still reads {@code @Microsoft.KeyVault(...)} means the platform failed to resolve
 * a Key Vault reference; using the reference text as a password or URL would fail later and
 * obscurely, so it is refused here, at start-up, by name.
 */
public final class Settings {

    private static final String UNRESOLVED_KEY_VAULT_REFERENCE = "@Microsoft.KeyVault(";

    private final Map<String, String> values;

    private Settings(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    public static Settings of(Map<String, String> values) {
        return new Settings(values);
    }

    public static Settings fromEnvironment() {
        return new Settings(System.getenv());
    }

    public Optional<String> optional(String name) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        if (value.trim().startsWith(UNRESOLVED_KEY_VAULT_REFERENCE)) {
            throw new ConfigurationException(
                    "Setting "
                            + name
                            + " is an unresolved Key Vault reference; check the app's identity and vault access");
        }
        return Optional.of(value.trim());
    }

    public String required(String name) {
        return optional(name)
                .orElseThrow(() -> new ConfigurationException("Setting " + name + " is required"));
    }

    public String orDefault(String name, String fallback) {
        return optional(name).orElse(fallback);
    }

    public int intOrDefault(String name, int fallback) {
        String value = optional(name).orElse(null);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new ConfigurationException("Setting " + name + " must be a whole number");
        }
    }

    /**
     * Start-up check: any setting, read by the code or not, that still holds a Key Vault reference
     * means the platform could not resolve it (identity, role or network). The message names the
     * settings, never their values.
     */
    public void refuseUnresolvedKeyVaultReferences() {
        var unresolved =
                values.entrySet().stream()
                        .filter(
                                setting ->
                                        setting.getValue() != null
                                                && setting.getValue()
                                                        .contains(UNRESOLVED_KEY_VAULT_REFERENCE))
                        .map(Map.Entry::getKey)
                        .sorted()
                        .toList();
        if (!unresolved.isEmpty()) {
            throw new ConfigurationException(
                    "Unresolved Key Vault reference(s) in setting(s) "
                            + String.join(", ", unresolved)
                            + "; check the app's identity, its Key Vault Secrets User role and the vault's private endpoint");
        }
    }

    /**
     * Every value, for handing the app's settings to a host (the dev host reads connection
     * strings).
     */
    public Map<String, String> values() {
        return values;
    }

    /**
     * A copy with some values replaced; the local stack and tests use it to point at their servers.
     */
    public Settings with(Map<String, String> overrides) {
        var merged = new java.util.HashMap<>(values);
        merged.putAll(overrides);
        return new Settings(merged);
    }
}
