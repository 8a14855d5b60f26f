package io.gatehouse.observability;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The X-Correlation-ID of SPEC.md §1.1: the caller's value when it is short and plain enough to be
 * safe in logs and headers, otherwise a fresh UUID.
 */
public final class CorrelationId {

    public static final String HEADER = "X-Correlation-ID";
    private static final Pattern ACCEPTED = Pattern.compile("^[A-Za-z0-9._-]{1,64}$");

    private CorrelationId() {}

    public static String acceptOrCreate(String offered) {
        if (offered != null && ACCEPTED.matcher(offered).matches()) {
            return offered;
        }
        return UUID.randomUUID().toString();
    }
}
