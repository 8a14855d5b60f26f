package io.gatehouse.reasoning;

import io.gatehouse.http.ProblemException;
import io.gatehouse.pii.PiiRequests;

/** The body of POST /reasoning/requests. */
record NewReasoningRequest(String text, String purpose) {

    static final int MAX_PURPOSE_CHARS = 500;

    NewReasoningRequest {
        text = PiiRequests.text(text);
        if (purpose == null || purpose.isBlank()) {
            throw ProblemException.unprocessable("purpose is required.");
        }
        purpose = purpose.strip();
        if (purpose.length() > MAX_PURPOSE_CHARS) {
            throw ProblemException.unprocessable(
                    "purpose is longer than " + MAX_PURPOSE_CHARS + " characters.");
        }
        if (purpose.chars().anyMatch(Character::isISOControl)) {
            throw ProblemException.unprocessable("purpose contains control characters.");
        }
        PiiRequests.requireWellFormed(purpose, "purpose");
    }
}
