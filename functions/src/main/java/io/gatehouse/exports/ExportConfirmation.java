package io.gatehouse.exports;

import io.gatehouse.http.ProblemException;

/** The body of POST /exports/{id}/confirm. */
record ExportConfirmation(String confirmationToken) {

    ExportConfirmation {
        if (confirmationToken == null
                || confirmationToken.isBlank()
                || confirmationToken.length() > 200) {
            throw ProblemException.unprocessable("confirmationToken is required.");
        }
    }
}
