package io.gatehouse.approvals;

import io.gatehouse.http.ProblemException;

/** The body of POST /approvals/{id}/decision: {@code approve} or {@code reject}, and why. */
record Decision(String decision, String reason) {

    static final int REASON_MAX = 500;

    Decision {
        if (!"approve".equals(decision) && !"reject".equals(decision)) {
            throw ProblemException.unprocessable("decision must be approve or reject.");
        }
        if (reason != null) {
            reason = reason.strip();
            if (reason.length() > REASON_MAX) {
                throw ProblemException.unprocessable(
                        "reason is longer than " + REASON_MAX + " characters.");
            }
            if (reason.chars().anyMatch(Character::isISOControl)) {
                throw ProblemException.unprocessable("reason contains control characters.");
            }
            if (reason.isEmpty()) {
                reason = null;
            }
        }
    }

    boolean approves() {
        return "approve".equals(decision);
    }
}
