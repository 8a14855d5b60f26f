package io.gatehouse.pii;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link PhoneBeginnings} may only rule out numbers libphonenumber would find invalid: a valid
 * number ruled out would be a phone number lost.
 */
class PhoneBeginningsTest {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    @Test
    void everyExampleNumberOfEveryTypeMayBegin() {
        int examples = 0;
        for (String region : PhoneRegions.DEFAULT) {
            PhoneBeginnings beginnings = PhoneBeginnings.of(region);
            for (PhoneNumberType type : PhoneNumberType.values()) {
                PhoneNumber example = PHONES.getExampleNumberForType(region, type);
                if (example != null) {
                    String national = PHONES.getNationalSignificantNumber(example);
                    assertThat(beginnings.mayBegin(national))
                            .as(region + " " + type + " " + national)
                            .isTrue();
                    examples++;
                }
            }
        }
        assertThat(examples).isGreaterThan(300);
    }

    @Test
    void noRandomValidNumberIsRuledOut() {
        Random random = new Random(12);
        int valid = 0;
        for (String region : PhoneRegions.DEFAULT) {
            PhoneBeginnings beginnings = PhoneBeginnings.of(region);
            int countryCode = PHONES.getCountryCodeForRegion(region);
            for (int k = 0; k < 4_000; k++) {
                int length = 6 + random.nextInt(7);
                StringBuilder digits = new StringBuilder();
                for (int d = 0; d < length; d++) {
                    digits.append((char) ('0' + random.nextInt(10)));
                }
                String national = digits.toString();
                if (national.charAt(0) == '0') {
                    continue; // leading zeros need the Italian flag; the example numbers cover them
                }
                PhoneNumber number =
                        new PhoneNumber()
                                .setCountryCode(countryCode)
                                .setNationalNumber(Long.parseLong(national));
                if (PHONES.isValidNumberForRegion(number, region)) {
                    valid++;
                    assertThat(beginnings.mayBegin(national)).as(region + " " + national).isTrue();
                }
            }
        }
        assertThat(valid).isGreaterThan(1_000);
    }

    @Test
    void northAmericanNumbersNeverBeginWithZeroOrOne() {
        PhoneBeginnings us = PhoneBeginnings.of("US");
        assertThat(us.mayBegin("0125550143")).isFalse();
        assertThat(us.mayBegin("1025550143")).isFalse();
        assertThat(us.mayBegin("2025550143")).isTrue();
    }
}
