package io.gatehouse.http;

import java.util.Optional;

/**
 * An {@link Allow} declaration and the route's {@link Audited} event, checked for combinations that
 * make no sense.
 *
 * @param auditAction the action of the event the pipeline records for the route; empty only for
 *     routes that reach no data
 * @param auditResource the resource type of that event, or empty
 */
record RouteRule(
        Access access,
        DataScope data,
        Optional<String> auditAction,
        Optional<String> auditResource) {

    public RouteRule {
        if (access == Access.ANONYMOUS && data != DataScope.NONE) {
            throw new IllegalArgumentException(
                    "an anonymous route cannot reach tenant or platform data");
        }
        if (data == DataScope.PLATFORM && access != Access.INTERNAL_ADMIN) {
            throw new IllegalArgumentException(
                    "only internal_admin routes may run in platform scope");
        }
        if (data != DataScope.NONE && auditAction.isEmpty()) {
            throw new IllegalArgumentException(
                    "a route that reaches data must declare its @Audited event");
        }
    }

    /** A rule for a route that reaches no data and records no event of its own. */
    public RouteRule(Access access, DataScope data) {
        this(access, data, Optional.empty(), Optional.empty());
    }

    static RouteRule of(Allow allow, Audited audited) {
        if (audited == null) {
            return new RouteRule(allow.value(), allow.data());
        }
        return new RouteRule(
                allow.value(),
                allow.data(),
                Optional.of(audited.action()),
                Optional.of(audited.resource()).filter(resource -> !resource.isEmpty()));
    }
}
