package io.gatehouse.audit;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/** A SHA-256 value of a chain: 32 bytes, immutable, shown as lower-case hex. */
final class ChainHash {

    public static final int LENGTH = 32;

    /** The prev_hash of every chain's first event: 32 zero bytes. */
    public static final ChainHash GENESIS = new ChainHash(new byte[LENGTH]);

    private static final HexFormat HEX = HexFormat.of();

    private final byte[] bytes;

    private ChainHash(byte[] bytes) {
        this.bytes = bytes;
    }

    public static ChainHash of(byte[] bytes) {
        if (bytes == null || bytes.length != LENGTH) {
            throw new IllegalArgumentException("a chain hash is " + LENGTH + " bytes");
        }
        return new ChainHash(bytes.clone());
    }

    public static ChainHash ofHex(String hex) {
        if (hex == null
                || hex.length() != 2 * LENGTH
                || !hex.equals(hex.toLowerCase(java.util.Locale.ROOT))) {
            throw new IllegalArgumentException(
                    "a chain hash is " + 2 * LENGTH + " lower-case hex digits");
        }
        return new ChainHash(HEX.parseHex(hex));
    }

    /** SHA-256(this || content): the link from this hash to the next event. */
    ChainHash next(byte[] content) {
        MessageDigest sha256 = sha256();
        sha256.update(bytes);
        sha256.update(content);
        return new ChainHash(sha256.digest());
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    public String hex() {
        return HEX.formatHex(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ChainHash that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return hex();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
