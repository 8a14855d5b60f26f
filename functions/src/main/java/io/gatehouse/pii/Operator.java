package io.gatehouse.pii;

import java.util.Locale;
import java.util.Optional;

/** What masking does to a finding of a type (docs/pii.md). */
enum Operator {
    /** Replaced by the type in angle brackets: {@code <EMAIL>}. */
    REDACT,
    /**
     * Every code point but the last N replaced by {@code *} (all of them when the value is not
     * longer than N).
     */
    MASK,
    /**
     * Replaced by a keyed pseudonym, {@code <EMAIL:3f9a…>}: HMAC-SHA256 with the tenant's key,
     * stable per tenant.
     */
    HASH,
    /**
     * Cut down to what HIPAA Safe Harbor lets stay ({@link SafeHarbor}): a date to its year, an age
     * over 89 to {@code 90+}, a US ZIP code to its three-digit area. For DATE_TIME, AGE and
     * POSTAL_CODE only.
     */
    GENERALIZE,
    /** Left as it is; still reported and counted. */
    KEEP;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<Operator> fromJson(String name) {
        for (Operator operator : values()) {
            if (operator.jsonName().equals(name)) {
                return Optional.of(operator);
            }
        }
        return Optional.empty();
    }
}
