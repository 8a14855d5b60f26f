package io.gatehouse.devhost;

import com.microsoft.azure.functions.ExecutionContext;

/**
 * What one queue-triggered invocation can bind parameters from.
 *
 * @param body the message's bytes after host.json's messageEncoding was applied
 */
record QueueInvocation(ReceivedMessage message, byte[] body, ExecutionContext context) {}
