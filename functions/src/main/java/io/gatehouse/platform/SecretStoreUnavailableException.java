package io.gatehouse.platform;

/**
 * The secret store did not answer. Its message names the store and the secret, never a value; it
 * carries no cause, because an SDK exception's text is not ours to vouch for.
 */
public final class SecretStoreUnavailableException extends RuntimeException {
    public SecretStoreUnavailableException(String message) {
        super(message);
    }
}
