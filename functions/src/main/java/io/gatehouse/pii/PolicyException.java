package io.gatehouse.pii;

/**
 * A policy that cannot be accepted, with the reason (shown to the tenant's administrator: no data
 * in it).
 */
public final class PolicyException extends RuntimeException {

    public PolicyException(String reason) {
        super(reason, null, false, false);
    }
}
