package io.gatehouse.pii;

import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first two digits a region's national numbers can begin with, read once from the pattern that
 * libphonenumber's metadata gives every number of the region (its "general description"): a number
 * is valid for a region only if it matches that pattern, so a number beginning otherwise needs no
 * validation. {@link PhoneDetector} tries a grouped national number against dozens of plans, and
 * this rules most of them out with an array look-up instead of a regular expression.
 *
 * <p>A beginning is kept when the pattern matches it or could match a longer number that starts
 * with it ({@link Matcher#hitEnd()}); only beginnings the pattern can never complete are dropped.
 */
final class PhoneBeginnings {

    private final boolean[] possible;

    private PhoneBeginnings(boolean[] possible) {
        this.possible = possible;
    }

    static PhoneBeginnings of(String region) {
        boolean[] possible = new boolean[100];
        PhoneMetadata metadata =
                DefaultMetadataDependenciesProvider.getInstance()
                        .getPhoneNumberMetadataSource()
                        .getMetadataForRegion(region);
        if (metadata == null
                || !metadata.hasGeneralDesc()
                || !metadata.getGeneralDesc().hasNationalNumberPattern()) {
            java.util.Arrays.fill(possible, true); // nothing to go by: every number is validated
            return new PhoneBeginnings(possible);
        }
        Pattern general = Pattern.compile(metadata.getGeneralDesc().getNationalNumberPattern());
        for (int first = 0; first < 100; first++) {
            Matcher matcher = general.matcher(String.format("%02d", first));
            possible[first] = matcher.matches() || matcher.hitEnd();
        }
        return new PhoneBeginnings(possible);
    }

    /**
     * Whether a national significant number of two digits or more, in digits, may be the region's.
     */
    boolean mayBegin(String nationalNumber) {
        return possible[(nationalNumber.charAt(0) - '0') * 10 + nationalNumber.charAt(1) - '0'];
    }
}
