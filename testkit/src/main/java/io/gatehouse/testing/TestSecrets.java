package io.gatehouse.testing;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Throwaway secrets made at run time (database and Keycloak admin passwords); never stored. */
public final class TestSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TestSecrets() {}

    /** 144 random bits as hex: plain enough for SQL and command lines, too long to guess. */
    public static String random() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
