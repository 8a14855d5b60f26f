package io.gatehouse.consumers;

/**
 * What one timer run did.
 *
 * @param chains the chains visited
 * @param done what the handler did, summed over the chains that succeeded
 * @param failedChains the chains whose work failed and waits for the next run
 */
public record TimerSummary(int chains, int done, int failedChains) {}
