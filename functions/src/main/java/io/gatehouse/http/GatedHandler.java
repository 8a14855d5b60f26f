package io.gatehouse.http;

/**
 * The handler of a {@link Gated} route: it checks the request (the resource exists for this tenant,
 * the input is valid) and says what the action would do, without doing it. The pipeline turns the
 * proposal into a pending approval; nothing else ever calls {@link #handle}.
 */
@FunctionalInterface
public interface GatedHandler extends Handler {

    Proposal propose(Call call);

    /** A gated action never runs inside the request that asks for it. */
    @Override
    default ApiResponse handle(Call call) {
        throw new IllegalStateException("a gated route's action runs only once approved");
    }
}
