package io.gatehouse.pii;

import io.gatehouse.platform.ConfigurationException;
import io.gatehouse.platform.Secrets;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A tenant's key for the {@code hash} operator. One master secret, {@code pii-hash-key} (Key Vault
 * on Azure), serves every tenant: each tenant's key is HMAC-SHA256(master, "gatehouse/pii-hash/" +
 * customerId), so pseudonyms are stable within a tenant, differ between tenants (no correlation
 * across them), and cannot be reversed by hashing a dictionary without the key.
 */
public final class PseudonymKey {

    public static final String SECRET_NAME = "pii-hash-key";
    static final String DERIVATION_PREFIX = "gatehouse/pii-hash/";

    /**
     * Hex digits of the HMAC kept in a pseudonym: 80 bits, ample against collisions within a
     * tenant.
     */
    static final int PSEUDONYM_HEX = 20;

    private static final String HMAC = "HmacSHA256";

    private final SecretKeySpec key;

    private PseudonymKey(byte[] key) {
        this.key = new SecretKeySpec(key, HMAC);
    }

    /**
     * A master secret shorter than this is refused (a placeholder left in a settings file, a typo).
     */
    static final int MIN_SECRET_CHARS = 32;

    /**
     * The tenant's key, derived from the master secret; a missing or short secret is a
     * configuration error.
     */
    public static PseudonymKey forTenant(Secrets secrets, UUID customerId) {
        String secret = secrets.require(SECRET_NAME);
        if (secret.length() < MIN_SECRET_CHARS) {
            throw new ConfigurationException(
                    "Secret "
                            + SECRET_NAME
                            + " must be at least "
                            + MIN_SECRET_CHARS
                            + " characters");
        }
        byte[] master = secret.getBytes(StandardCharsets.UTF_8);
        return new PseudonymKey(hmac(master, DERIVATION_PREFIX + customerId));
    }

    /** The pseudonym of a value of a type: {@code <EMAIL:3f9a…>}. */
    String pseudonym(String type, String value) {
        byte[] mac = hmac(key.getEncoded(), type + "\u0000" + normalise(type, value));
        return "<" + type + ":" + HexFormat.of().formatHex(mac).substring(0, PSEUDONYM_HEX) + ">";
    }

    /**
     * One value, one pseudonym, however it is written: e-mail addresses ignore case; card numbers,
     * SSNs, phone numbers and IBANs keep only their letters and digits.
     */
    static String normalise(String type, String value) {
        return switch (type) {
            case "EMAIL" -> value.toLowerCase(Locale.ROOT);
            case "CREDIT_CARD", "US_SSN", "PHONE_NUMBER", "IBAN" ->
                    value.replaceAll("[^A-Za-z0-9+]", "").toUpperCase(Locale.ROOT);
            default -> value;
        };
    }

    private static byte[] hmac(byte[] key, String message) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }
}
