package io.gatehouse.pii;

import io.gatehouse.http.AuditNote;
import io.gatehouse.http.ProblemException;
import java.util.Map;

/**
 * What the PII and reasoning routes share: input rules, audit counts (the hash key comes from
 * {@link PseudonymKeys}).
 */
public final class PiiRequests {

    private PiiRequests() {}

    /**
     * A text to analyse or mask: required, at most {@link PolicyLimits#MAX_TEXT_CHARS} (413
     * beyond).
     */
    public static String text(String text) {
        if (text == null) {
            throw ProblemException.unprocessable("text is required.");
        }
        if (text.length() > PolicyLimits.MAX_TEXT_CHARS) {
            throw new ProblemException(
                    413, "text is longer than " + PolicyLimits.MAX_TEXT_CHARS + " characters.");
        }
        if (text.indexOf('\u0000') >= 0) {
            throw ProblemException.unprocessable("text contains a NUL character.");
        }
        requireWellFormed(text, "text");
        return text;
    }

    /**
     * 400 for text that is not well-formed Unicode: a lone surrogate (from a JSON escape such as
     * {@code "\ud800"}), or U+FFFD, the character a decoder puts where the request held bytes that
     * are not UTF-8. Masking text that was never read as it was written would hide a different text
     * from the one the caller holds, so it is refused rather than guessed at.
     */
    public static void requireWellFormed(String text, String field) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\uFFFD') {
                throw ProblemException.badRequest(
                        field
                                + " is not valid UTF-8 (U+FFFD at character "
                                + i
                                + " marks bytes that could not be decoded).");
            }
            if (Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw ProblemException.badRequest(
                        field + " is not valid Unicode: a lone surrogate at character " + i + ".");
            }
        }
    }

    /**
     * Counts per type and the policy version, for the route's audit event: numbers only, never a
     * value. Built-in types each get their camelCase key ({@code usSsn}); custom types are summed
     * under {@code customPatterns} (their names are the tenant's, and an event has few details).
     */
    public static void audit(AuditNote audit, int policyVersion, Map<String, Integer> counts) {
        audit.detail("policyVersion", policyVersion);
        int total = 0;
        int custom = 0;
        for (Map.Entry<String, Integer> count : counts.entrySet()) {
            total += count.getValue();
            if (EntityType.named(count.getKey()).isPresent()) {
                audit.detail(EntityType.auditKey(count.getKey()), count.getValue());
            } else {
                custom += count.getValue();
            }
        }
        if (custom > 0) {
            audit.detail("customPatterns", custom);
        }
        audit.detail("findings", total);
    }
}
