package io.gatehouse.http;

/**
 * A route's business: runs after the pipeline has authenticated, authorised and scoped the call.
 */
@FunctionalInterface
public interface Handler {
    ApiResponse handle(Call call);
}
