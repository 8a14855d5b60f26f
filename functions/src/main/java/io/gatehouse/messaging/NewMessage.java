package io.gatehouse.messaging;

import io.gatehouse.http.ProblemException;

/**
 * The body of POST /clients/{id}/messages. {@code subject} and {@code body} are PHI: they travel in
 * the queue message and the SMTP conversation only. {@code description} and {@code purpose} are the
 * operator's words for the accounting of disclosures (stored in {@code disclosures}, never in the
 * audit trail): one line each, bounded, no control characters.
 */
record NewMessage(String subject, String body, String description, String purpose) {

    static final int SUBJECT_MAX = 200;
    static final int BODY_MAX = 50_000;
    static final int DESCRIPTION_MAX = 500;
    static final int PURPOSE_MAX = 200;

    NewMessage {
        subject = line("subject", subject, SUBJECT_MAX);
        description = line("description", description, DESCRIPTION_MAX);
        purpose = line("purpose", purpose, PURPOSE_MAX);
        if (body == null || body.isBlank()) {
            throw ProblemException.unprocessable("body is required.");
        }
        if (body.length() > BODY_MAX) {
            throw ProblemException.unprocessable(
                    "body is longer than " + BODY_MAX + " characters.");
        }
        if (body.chars()
                .anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw ProblemException.unprocessable("body contains control characters.");
        }
    }

    /** One line: a CR or LF in a subject would be a header injection. */
    private static String line(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw ProblemException.unprocessable(field + " is required.");
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw ProblemException.unprocessable(field + " is longer than " + max + " characters.");
        }
        if (stripped.chars().anyMatch(Character::isISOControl)) {
            throw ProblemException.unprocessable(
                    field + " must be one line without control characters.");
        }
        return stripped;
    }
}
