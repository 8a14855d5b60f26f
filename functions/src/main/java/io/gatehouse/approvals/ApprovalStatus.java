package io.gatehouse.approvals;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The states of an approval (docs/gates.md): pending → approved → executed; pending → rejected;
 * pending or approved → expired. Only pending can be decided, only approved can be executed.
 */
enum ApprovalStatus {
    PENDING,
    APPROVED,
    REJECTED,
    EXPIRED,
    EXECUTED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ApprovalStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(status -> status.code().equals(code)).findFirst();
    }
}
