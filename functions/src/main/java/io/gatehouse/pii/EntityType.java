package io.gatehouse.pii;

import java.util.Locale;
import java.util.Optional;

/** The built-in entity types (SPEC.md §5). A tenant's custom patterns add types of their own names. */
public enum EntityType {
    EMAIL,
    PHONE,
    US_SSN,
    CREDIT_CARD,
    IBAN,
    IP_ADDRESS,
    DATE_OF_BIRTH,
    MEDICAL_RECORD_NUMBER,
    PERSON;

    /** The built-in type of this name, if it is one. */
    public static Optional<EntityType> named(String name) {
        for (EntityType type : values()) {
            if (type.name().equals(name)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /**
     * The audit detail key for counts of this type: camelCase, as audit details require
     * ({@code US_SSN} → {@code usSsn}).
     */
    public static String auditKey(String typeName) {
        StringBuilder key = new StringBuilder();
        boolean upper = false;
        for (char c : typeName.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                key.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return key.toString();
    }
}
