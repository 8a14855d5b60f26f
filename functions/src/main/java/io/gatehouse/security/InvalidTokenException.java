package io.gatehouse.security;

/** A token was refused. The message is for server logs; callers only ever see a generic 401. */
public final class InvalidTokenException extends Exception {
    public InvalidTokenException(String reason) {
        super(reason);
    }

    public InvalidTokenException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
