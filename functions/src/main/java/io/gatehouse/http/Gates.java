package io.gatehouse.http;

/**
 * Where the pipeline sends a {@link Gated} route instead of running it. The approvals capability
 * implements it; {@link #NONE} is for apps that declare no gated route.
 */
@FunctionalInterface
public interface Gates {

    /**
     * Holds the action the route's handler proposes as a pending approval, in the call's
     * transaction.
     */
    ApiResponse hold(String action, Call call, GatedHandler handler);

    Gates NONE =
            (action, call, handler) -> {
                throw new IllegalStateException("no gate is configured for " + action);
            };

    /**
     * The handler the pipeline runs for a route: its own for an ungated route; for a gated one, the
     * gate. A gated route whose handler cannot propose is a programming error, refused here.
     */
    static Handler apply(Gates gates, java.util.Optional<String> gate, Handler handler) {
        if (gate.isEmpty()) {
            return handler;
        }
        if (!(handler instanceof GatedHandler proposer)) {
            throw new IllegalStateException(
                    "the @Gated route " + gate.get() + " must be served with a GatedHandler");
        }
        return call -> gates.hold(gate.get(), call, proposer);
    }
}
