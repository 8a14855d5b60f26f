package io.gatehouse.devhost;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * How a queue message's text on the wire becomes the bytes a function receives: host.json's {@code
 * extensions.queues.messageEncoding}. The host's default is base64, which is why producers must
 * send with the SDK's base64 encoding (the Storage SDKs send plain text by default).
 */
public enum MessageEncoding {
    BASE64,
    NONE;

    static MessageEncoding fromHostJson(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "base64" -> BASE64;
            case "none" -> NONE;
            default ->
                    throw new IllegalArgumentException(
                            "messageEncoding must be \"base64\" or \"none\", got \""
                                    + value
                                    + "\"");
        };
    }

    /**
     * @return the message's bytes, or empty when the text is not valid in this encoding
     */
    Optional<byte[]> decode(String messageText) {
        if (this == NONE) {
            return Optional.of(messageText.getBytes(StandardCharsets.UTF_8));
        }
        try {
            return Optional.of(Base64.getDecoder().decode(messageText));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }
}
