package io.gatehouse.platform;

/**
 * The app cannot start with the settings it was given. Fatal by design: better down than unsafe.
 */
public final class ConfigurationException extends RuntimeException {
    public ConfigurationException(String message) {
        super(message);
    }
}
