package io.gatehouse.pii;

import java.util.OptionalInt;
import java.util.Set;

/**
 * The {@link Operator#GENERALIZE} operator: what HIPAA Safe Harbor (45 CFR 164.514(b)(2)(i)) lets a
 * de-identified text keep of three identifier types, instead of removing them outright.
 *
 * <ul>
 *   <li>{@code DATE_TIME} (B)(C): "all elements of dates (except year)" go, so a date becomes its
 *       year ({@code 03/04/1987} → {@code 1987}); a value without a four-digit year, such as a time
 *       or "March 3rd", has nothing to keep and is redacted.
 *   <li>{@code AGE} (C): ages over 89 are aggregated into one category; the number becomes {@code
 *       90+} ({@code 93-year-old} → {@code 90+-year-old}) and younger ages stay as written.
 *   <li>{@code POSTAL_CODE} (B): a US ZIP code keeps its first three digits ({@code 02139} → {@code
 *       021**}) unless that three-digit area holds 20,000 people or fewer, when it becomes {@code
 *       000**}. Postcodes of other countries have no such rule and are redacted.
 * </ul>
 *
 * Every other type has no Safe Harbor generalisation; a policy asking for one is refused.
 */
final class SafeHarbor {

    static final Set<String> GENERALIZABLE_TYPES = Set.of("DATE_TIME", "AGE", "POSTAL_CODE");

    /**
     * The three-digit ZIP areas of 20,000 people or fewer, which must become {@code 000}: the 17
     * listed in HHS's de-identification guidance (2012, from the 2000 Census).
     */
    static final Set<String> RESTRICTED_ZIP3 =
            Set.of(
                    "036", "059", "063", "102", "203", "556", "692", "790", "821", "823", "830",
                    "831", "878", "879", "884", "890", "893");

    private SafeHarbor() {}

    static boolean generalizes(String type) {
        return GENERALIZABLE_TYPES.contains(type);
    }

    /** The generalised value, or the redaction {@code <TYPE>} when nothing of it may stay. */
    static String generalize(String type, String value) {
        String kept =
                switch (type) {
                    case "DATE_TIME" -> year(value);
                    case "AGE" -> age(value);
                    case "POSTAL_CODE" -> zip3(value);
                    default -> null;
                };
        return kept != null ? kept : "<" + type + ">";
    }

    /**
     * The date's year ({@link DateTimeDetector#yearOf}, which reads a two-digit year too), or null
     * when it has none or names more than one four-digit year.
     */
    static String year(String value) {
        OptionalInt read = DateTimeDetector.yearOf(value);
        if (read.isEmpty()) {
            return null;
        }
        String year = null;
        int i = 0;
        while (i < value.length()) {
            int end = digitsEnd(value, i);
            if (end == i) {
                i++;
                continue;
            }
            if (end - i == 4 && (value.charAt(i) == '1' || value.charAt(i) == '2')) {
                if (year != null && !year.equals(value.substring(i, end))) {
                    // "2. bis 9. Februar 2024" has one; "2023–2024" is a range the reader could
                    // narrow: keep neither
                    return null;
                }
                year = value.substring(i, end);
            }
            i = end;
        }
        return year != null ? year : Integer.toString(read.getAsInt());
    }

    /**
     * The age as written when it is 89 or less ({@link AgeDetector#overSafeHarborLimit}: ages in
     * months or days never are more); otherwise its number replaced by {@code 90+}.
     */
    static String age(String value) {
        int start = 0;
        while (start < value.length() && !Chars.digit(value.charAt(start))) {
            start++;
        }
        int end = digitsEnd(value, start);
        if (end == start || end - start > 3) {
            return null;
        }
        if (!AgeDetector.overSafeHarborLimit(value)) {
            return value;
        }
        // "90s", a decade, is the category itself
        int rest =
                Chars.at(value, end) == 's' && !Chars.wordChar(Chars.at(value, end + 1))
                        ? end + 1
                        : end;
        return value.substring(0, start) + "90+" + value.substring(rest);
    }

    /**
     * A US ZIP or ZIP+4 as its three-digit area ({@code 021**}, or {@code 000**} for a small one);
     * else null.
     */
    static String zip3(String value) {
        String zip = value.strip();
        boolean zip5 = zip.length() == 5 && digitsEnd(zip, 0) == 5;
        boolean zip9 =
                zip.length() == 10
                        && digitsEnd(zip, 0) == 5
                        && zip.charAt(5) == '-'
                        && digitsEnd(zip, 6) == 10;
        if (!zip5 && !zip9) {
            return null;
        }
        String area = zip.substring(0, 3);
        return (RESTRICTED_ZIP3.contains(area) ? "000" : area) + "**";
    }

    private static int digitsEnd(String value, int from) {
        int i = from;
        while (i < value.length() && Chars.digit(value.charAt(i))) {
            i++;
        }
        return i;
    }
}
