package io.gatehouse.http;

/** An {@link Allow} declaration, checked for combinations that make no sense. */
public record RouteRule(Access access, DataScope data) {

    public RouteRule {
        if (access == Access.ANONYMOUS && data != DataScope.NONE) {
            throw new IllegalArgumentException("an anonymous route cannot reach tenant or platform data");
        }
        if (data == DataScope.PLATFORM && access != Access.INTERNAL_ADMIN) {
            throw new IllegalArgumentException("only internal_admin routes may run in platform scope");
        }
    }

    static RouteRule of(Allow allow) {
        return new RouteRule(allow.value(), allow.data());
    }
}
