package io.gatehouse.pii;

import java.util.Locale;
import java.util.Optional;

/**
 * The built-in entity types (SPEC.md §5, as widened by issue 12 to every HIPAA Safe Harbor
 * identifier that text can hold). A tenant's custom patterns add types of their own names. Names
 * follow the common span-corpus vocabulary where one exists ({@code PHONE_NUMBER}, {@code
 * DATE_TIME}), so evaluations need few mappings.
 */
public enum EntityType {
    EMAIL,
    PHONE_NUMBER,
    US_SSN,
    CREDIT_CARD,
    IBAN,
    IP_ADDRESS,
    DATE_TIME,
    AGE,
    MEDICAL_RECORD_NUMBER,
    PERSON,
    UK_NHS,
    UK_NINO,
    DE_TAX_ID,
    FR_NIR,
    ES_NIF,
    IT_FISCAL_CODE,
    NL_BSN,
    ACCOUNT_NUMBER,
    HEALTH_PLAN_NUMBER,
    URL,
    LICENSE_NUMBER,
    VEHICLE_ID,
    DEVICE_ID,
    STREET_ADDRESS,
    LOCATION,
    POSTAL_CODE;

    /**
     * Whether the default policy, and a stored policy migrated from an older schema, enable this
     * type. Only opt-in types (organisation names, which are rarely personal data) say no.
     */
    public boolean onByDefault() {
        return true;
    }

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
     * The audit detail key for counts of this type: camelCase, as audit details require ({@code
     * US_SSN} → {@code usSsn}).
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
