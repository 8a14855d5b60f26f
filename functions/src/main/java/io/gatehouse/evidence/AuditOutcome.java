package io.gatehouse.evidence;

import java.util.Arrays;
import java.util.Optional;

/** How the audited attempt ended (SPEC.md §5). The codes are what is stored and hashed. */
public enum AuditOutcome {
    SUCCESS("success"),
    DENIED("denied"),
    ERROR("error");

    private final String code;

    AuditOutcome(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<AuditOutcome> fromCode(String code) {
        return Arrays.stream(values()).filter(outcome -> outcome.code.equals(code)).findFirst();
    }
}
