package io.gatehouse.exports;

import io.gatehouse.platform.Sha256;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

/**
 * Export confirmation tokens: 256 random bits, shown once to the user who prepared the export and
 * stored only as a SHA-256 that also covers what the token is bound to — the export, the user and
 * the query — so a stored hash confirms nothing but that one combination.
 */
final class ConfirmationTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ConfirmationTokens() {}

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token, UUID exportId, String subject, String queryHash) {
        // Length-prefixed parts: no two different combinations can produce the same input.
        return Sha256.hex(
                part(exportId.toString()) + part(subject) + part(queryHash) + part(token));
    }

    private static String part(String value) {
        return value.length() + ":" + value + ";";
    }
}
