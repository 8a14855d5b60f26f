package io.gatehouse.exports;

import io.gatehouse.http.ProblemException;

/**
 * The body of POST /exports. {@code purpose} is the operator's own words, stored with the export
 * (never in the audit trail): one line, at most {@value #PURPOSE_MAX} characters.
 */
record NewExport(String resource, String purpose) {

    static final int PURPOSE_MAX = 500;

    NewExport {
        if (!ClientsCsv.RESOURCE.equals(resource)) {
            throw ProblemException.unprocessable("resource must be clients.");
        }
        if (purpose == null || purpose.isBlank()) {
            throw ProblemException.unprocessable("purpose is required.");
        }
        purpose = purpose.strip();
        if (purpose.length() > PURPOSE_MAX) {
            throw ProblemException.unprocessable(
                    "purpose is longer than " + PURPOSE_MAX + " characters.");
        }
        if (purpose.chars().anyMatch(Character::isISOControl)) {
            throw ProblemException.unprocessable("purpose contains control characters.");
        }
    }
}
