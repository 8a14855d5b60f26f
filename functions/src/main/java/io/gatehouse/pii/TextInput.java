package io.gatehouse.pii;

/** The body of POST /pii/analyze and /pii/mask. */
record TextInput(String text) {

    TextInput {
        text = PiiRequests.text(text);
    }
}
