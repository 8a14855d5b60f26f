package io.gatehouse.pii;

import java.util.EnumMap;
import java.util.Map;

/** One stateless detector per built-in type, shared by every policy. */
final class BuiltInDetectors {

    private static final Map<EntityType, Detector> DETECTORS = new EnumMap<>(Map.of(
            EntityType.EMAIL, new EmailDetector(),
            EntityType.PHONE_NUMBER, new PhoneDetector(),
            EntityType.US_SSN, new SsnDetector(),
            EntityType.CREDIT_CARD, new CreditCardDetector(),
            EntityType.IBAN, new IbanDetector(),
            EntityType.IP_ADDRESS, new IpAddressDetector(),
            EntityType.DATE_TIME, new DateOfBirthDetector(),
            EntityType.MEDICAL_RECORD_NUMBER, new MedicalRecordNumberDetector(),
            EntityType.PERSON, new PersonDetector()));

    private BuiltInDetectors() {}

    static Detector of(EntityType type) {
        return DETECTORS.get(type);
    }
}
