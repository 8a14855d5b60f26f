package io.gatehouse.pii;

import java.util.EnumMap;
import java.util.Map;

/**
 * One stateless detector per built-in type, shared by every policy. A new detector is registered
 * here and named in {@link EntityType}; {@code BuiltInDetectorsTest} fails when a type has none.
 */
final class BuiltInDetectors {

    private static final Map<EntityType, Detector> DETECTORS = new EnumMap<>(EntityType.class);

    static {
        register(EntityType.EMAIL, new EmailDetector());
        register(EntityType.PHONE_NUMBER, new PhoneDetector());
        register(EntityType.US_SSN, new SsnDetector());
        register(EntityType.CREDIT_CARD, new CreditCardDetector());
        register(EntityType.IBAN, new IbanDetector());
        register(EntityType.IP_ADDRESS, new IpAddressDetector());
        register(EntityType.DATE_TIME, new DateTimeDetector());
        register(EntityType.AGE, new AgeDetector());
        register(EntityType.MEDICAL_RECORD_NUMBER, new MedicalRecordNumberDetector());
        register(EntityType.PERSON, new PersonDetector());
        register(EntityType.UK_NHS, new UkNhsNumberDetector());
        register(EntityType.UK_NINO, new UkNinoDetector());
        register(EntityType.DE_TAX_ID, new DeTaxIdDetector());
        register(EntityType.FR_NIR, new FrNirDetector());
        register(EntityType.ES_NIF, new EsNifDetector());
        register(EntityType.IT_FISCAL_CODE, new ItFiscalCodeDetector());
        register(EntityType.NL_BSN, new NlBsnDetector());
        register(EntityType.ACCOUNT_NUMBER, new AccountNumberDetector());
        register(EntityType.HEALTH_PLAN_NUMBER, new HealthPlanNumberDetector());
        register(EntityType.URL, new UrlDetector());
        register(EntityType.LICENSE_NUMBER, new LicenseNumberDetector());
        register(EntityType.VEHICLE_ID, new VehicleIdDetector());
        register(EntityType.DEVICE_ID, new DeviceIdDetector());
        register(EntityType.STREET_ADDRESS, new StreetAddressDetector());
        register(EntityType.LOCATION, new LocationDetector());
        register(EntityType.POSTAL_CODE, new PostalCodeDetector());
    }

    private BuiltInDetectors() {}

    private static void register(EntityType type, Detector detector) {
        if (!detector.type().equals(type.name())) {
            throw new IllegalStateException(
                    detector.getClass().getSimpleName()
                            + " reports "
                            + detector.type()
                            + ", not "
                            + type);
        }
        DETECTORS.put(type, detector);
    }

    static Detector of(EntityType type) {
        return DETECTORS.get(type);
    }
}
