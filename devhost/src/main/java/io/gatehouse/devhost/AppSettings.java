package io.gatehouse.devhost;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The app settings a dev host was started with (what {@code local.settings.json}'s {@code Values}
 * or the Function App's configuration hold in Azure), looked up the way the host looks them up for
 * bindings.
 */
final class AppSettings {

    private static final String WEBJOBS_PREFIX = "AzureWebJobs";
    private static final Pattern SETTING_REFERENCE = Pattern.compile("%([^%]+)%");

    private final Map<String, String> values;

    AppSettings(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    /**
     * The connection string a binding's {@code connection} names. The host tries {@code
     * AzureWebJobs<name>} first, then {@code <name>}; so does the dev host. Identity-based
     * connections ({@code <name>__queueServiceUri}) are not supported here.
     *
     * @throws IllegalStateException when neither setting is present, which in Azure leaves the
     *     function unable to start
     */
    String connectionString(String connectionName) {
        return Optional.ofNullable(values.get(WEBJOBS_PREFIX + connectionName))
                .or(() -> Optional.ofNullable(values.get(connectionName)))
                .filter(value -> !value.isBlank())
                .orElseThrow(
                        () ->
                                new IllegalStateException(
                                        "the storage connection setting '"
                                                + connectionName
                                                + "' is not among the app settings the dev host was given"));
    }

    /** A setting's value, when the dev host was given it. */
    Optional<String> value(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /**
     * Replaces each {@code %name%} in a binding expression with that setting's value, as the host
     * does for queue names and timer schedules.
     *
     * @throws IllegalStateException when a referenced setting is missing
     */
    String resolve(String expression) {
        Matcher reference = SETTING_REFERENCE.matcher(expression);
        StringBuilder resolved = new StringBuilder();
        while (reference.find()) {
            String name = reference.group(1);
            String value = values.get(name);
            if (value == null) {
                throw new IllegalStateException(
                        "'"
                                + expression
                                + "' refers to the app setting '"
                                + name
                                + "', which the dev host was not given");
            }
            reference.appendReplacement(resolved, Matcher.quoteReplacement(value));
        }
        return reference.appendTail(resolved).toString();
    }
}
