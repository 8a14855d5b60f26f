package io.gatehouse.platform;

import java.util.Optional;

/**
 * Where Gatehouse's own secrets come from (SPEC.md §5): Azure Key Vault in Azure, through the app's
 * managed identity; the app settings locally. Names are Key Vault secret names (lower-case,
 * hyphenated, e.g. {@code pii-hash-key}). A value is never logged, traced or put in an error.
 */
public interface Secrets {

    /** The secret's current value, or empty when the store has no such secret. */
    Optional<String> find(String name);

    /**
     * The secret's value; a missing required secret is a configuration error, named in the message.
     */
    default String require(String name) {
        return find(name)
                .orElseThrow(() -> new ConfigurationException(locate(name) + " is missing"));
    }

    /** Where an operator puts the named secret, for error messages (never its value). */
    default String locate(String name) {
        return "Secret " + name;
    }
}
