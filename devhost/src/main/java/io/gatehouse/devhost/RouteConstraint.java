package io.gatehouse.devhost;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The inline route constraints the dev host understands ({@code {id:guid}}), with ASP.NET Core's
 * meaning, which is what the Functions host applies. A value that breaks a constraint makes the
 * route not match, so the request falls through to another route or to 404, never into the
 * function.
 */
enum RouteConstraint {
    /**
     * Guid.TryParse's common forms: 32 hex digits, or 8-4-4-4-12 optionally wrapped in {} or ().
     */
    GUID(
            Pattern.compile(
                            "(?i)[0-9a-f]{32}|[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}"
                                    + "|\\{[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}}|\\([0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}\\)")
                    .asMatchPredicate()),
    INT(value -> parses(() -> Integer.parseInt(value))),
    LONG(value -> parses(() -> Long.parseLong(value))),
    BOOL(value -> value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")),
    ALPHA(Pattern.compile("[A-Za-z]+").asMatchPredicate());

    private final Predicate<String> accepts;

    RouteConstraint(Predicate<String> accepts) {
        this.accepts = accepts;
    }

    boolean accepts(String value) {
        return accepts.test(value);
    }

    static RouteConstraint named(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "route constraint '"
                            + name
                            + "' is not supported by the dev host; "
                            + "supported: "
                            + Arrays.toString(values()).toLowerCase(Locale.ROOT));
        }
    }

    private static boolean parses(Runnable parse) {
        try {
            parse.run();
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
