package io.gatehouse.pii;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.ArrayList;
import java.util.List;

/**
 * Telephone and fax numbers in every numbering plan, validated by libphonenumber's metadata.
 *
 * <p>A hand-written, linear scanner finds phone-shaped runs (digits with single separators {@code
 * space - . / ( )}, optionally led by {@code +} or an opening bracket, optionally followed by an
 * extension such as {@code x0135} or {@code ext. 12}); libphonenumber then decides what the run is,
 * the way mature recognisers grade their leniency:
 *
 * <ul>
 *   <li>{@code +} or {@code 00} and a valid number of its country: 0.9 (possible only: 0.7);
 *   <li>valid in one of the regions tried ({@link PhoneRegions}), written with separators: 0.8; the
 *       same digits run together, valid or not: 0.4 (more often an order or account number, so
 *       reported only with a context word);
 *   <li>not valid in any region tried but written the way people write phone numbers (groups of at
 *       most five digits, or a bracketed area code, 7–12 digits, not the {@code 123-45-6789} shape
 *       of a US SSN): 0.55 — recall first, since numbering plans change and local numbers often
 *       omit their area code;
 *   <li>grouped digits that are neither: 0.3.
 * </ul>
 *
 * "phone", "tel", "mobile", "fax"… (in several languages) shortly before add 0.2 (at most 1.0).
 * Runs that are dates ({@code 03-04-1987}), IPv4 addresses or decimals are not phone numbers.
 */
final class PhoneDetector implements Detector {

    private static final ContextWords CONTEXT =
            new ContextWords(
                    32,
                    "phone",
                    "tel",
                    "tel.",
                    "telephone",
                    "mobile",
                    "cell",
                    "call",
                    "fax",
                    "contact",
                    "reach me",
                    "ph",
                    "mob",
                    "whatsapp",
                    "sms",
                    "text me",
                    "landline",
                    "hotline",
                    "pager",
                    "telefon",
                    "telefono",
                    "teléfono",
                    "téléphone",
                    "tél",
                    "portable",
                    "móvil",
                    "movil",
                    "celular",
                    "handy",
                    "rufnummer",
                    "cellulare",
                    "telefoon",
                    "mobiel");
    static final int MIN_DIGITS = 7;

    /** Under the default minimum alone; over it after a context word. */
    private static final double BARE_DIGITS = 0.4;

    static final int MAX_DIGITS = 15;

    /** The longest national significant number libphonenumber knows is 17 digits. */
    private static final int MAX_NATIONAL_DIGITS = 17;

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    /** A region tried for national numbers, with what its metadata says before any parsing. */
    private record Region(
            String code, int countryCode, String trunkPrefix, PhoneBeginnings beginnings) {

        static Region of(String code) {
            String prefix = PHONES.getNddPrefixForRegion(code, true);
            // North America's trunk 1 is optional in writing, so it is not required
            String trunk = prefix == null || prefix.equals("1") ? "" : prefix;
            return new Region(
                    code, PHONES.getCountryCodeForRegion(code), trunk, PhoneBeginnings.of(code));
        }
    }

    /**
     * The regions to try, by the length of the national number: most plans allow only a few
     * lengths.
     */
    private final List<List<Region>> regionsByNationalLength;

    PhoneDetector() {
        this(PhoneRegions.DEFAULT);
    }

    /**
     * @param regions the regions whose national numbers are tried, in order (ISO 3166 alpha-2)
     */
    PhoneDetector(List<String> regions) {
        List<List<Region>> byLength = new ArrayList<>();
        for (int length = 0; length <= MAX_NATIONAL_DIGITS; length++) {
            byLength.add(new ArrayList<>());
        }
        for (String code : regions) {
            Region region = Region.of(code);
            for (int length = 2; length <= MAX_NATIONAL_DIGITS; length++) {
                // possibility depends on the length only, so a 1 followed by zeros stands for every
                // number of that length
                PhoneNumber probe =
                        new PhoneNumber()
                                .setCountryCode(region.countryCode())
                                .setNationalNumber((long) Math.pow(10, length - 1));
                if (PHONES.isPossibleNumberWithReason(probe)
                        == PhoneNumberUtil.ValidationResult.IS_POSSIBLE) {
                    byLength.get(length).add(region);
                }
            }
        }
        this.regionsByNationalLength = byLength.stream().map(List::copyOf).toList();
    }

    @Override
    public String type() {
        return EntityType.PHONE_NUMBER.name();
    }

    @Override
    public void detect(String text, List<Candidate> out) {
        detect(TextIndex.of(text), out);
    }

    /**
     * A run starts at a digit that starts a token, or at a {@code +} or {@code (} before a digit
     * after no word character: both are among the index's starts, so only those are tried.
     */
    @Override
    public void detect(TextIndex index, List<Candidate> out) {
        if (index.digitCount() < MIN_DIGITS) {
            return;
        }
        String text = index.text();
        int i = 0;
        for (int k = 0, count = index.startCount(); k < count; k++) {
            int at = index.start(k);
            if (at < i) {
                continue;
            }
            char c = text.charAt(at);
            boolean opener = (c == '+' || c == '(') && Chars.digit(Chars.at(text, at + 1));
            if (!(opener || (Chars.digit(c) && Chars.startsToken(text, at)))) {
                continue;
            }
            i = at;
            PhoneRun run = PhoneRun.scan(text, i);
            if (run == null) {
                i = skipRun(text, i + 1);
                continue;
            }
            double score = score(text, run);
            if (score > 0) {
                if (CONTEXT.before(text, run.start())) {
                    score = Math.min(1.0, score + 0.2);
                }
                out.add(new Candidate(type(), run.start(), run.endWithExtension(), score));
            }
            i = run.endWithExtension();
        }
    }

    private double score(String text, PhoneRun run) {
        if (run.looksLikeSomethingElse(text)) {
            return 0;
        }
        String digits = run.digits();
        if (run.international()) {
            PhoneNumber number = parse("+" + digits, "ZZ");
            if (number == null) {
                return 0.45;
            }
            return PHONES.isValidNumber(number)
                    ? 0.9
                    : PHONES.isPossibleNumber(number) ? 0.7 : 0.45;
        }
        if (!run.grouped()) {
            // Digits run together are more often an order or account number. Whether some plan
            // would take them changes nothing at the default minimum, with a context word or
            // without, so no plan is consulted: that saves most of the detector's time.
            return BARE_DIGITS;
        }
        for (Region region : candidateRegions(digits)) {
            if (validNational(digits, region)) {
                return 0.8;
            }
        }
        return run.writtenLikePhone() ? 0.55 : 0.3;
    }

    /**
     * Whether the digits are a valid national number of the region. Where a plan dials national
     * numbers with a trunk prefix (the 0 of Europe), people write it: "030 1234567", not "30
     * 1234567"; requiring it keeps a plan with long numbers from claiming every long digit run. The
     * number is built from the digits rather than parsed, since parsing (regular expressions over
     * the whole input) costs most of the time in text with many digit runs; the plans' possible
     * lengths ({@link #candidateRegions}) rule most regions out first.
     */
    /**
     * The regions whose plans allow the digits' length, with or without a trunk prefix of one
     * digit.
     */
    private List<Region> candidateRegions(String digits) {
        List<Region> shorter =
                digits.length() - 1 <= MAX_NATIONAL_DIGITS
                        ? regionsByNationalLength.get(digits.length() - 1)
                        : List.of();
        List<Region> same =
                digits.length() <= MAX_NATIONAL_DIGITS
                        ? regionsByNationalLength.get(digits.length())
                        : List.of();
        if (shorter.isEmpty()) {
            return same;
        }
        List<Region> both = new ArrayList<>(shorter);
        both.addAll(same);
        return both;
    }

    private static boolean validNational(String digits, Region region) {
        if (!digits.startsWith(region.trunkPrefix())) {
            return false;
        }
        String national = digits.substring(region.trunkPrefix().length());
        if (region.countryCode() == 1 && national.length() == 11 && national.charAt(0) == '1') {
            national = national.substring(1);
        }
        if (national.length() > MAX_NATIONAL_DIGITS
                || national.length() >= 2 && !region.beginnings().mayBegin(national)) {
            return false;
        }
        PhoneNumber number =
                new PhoneNumber()
                        .setCountryCode(region.countryCode())
                        .setNationalNumber(Long.parseLong(national));
        int zeros = 0;
        while (zeros < national.length() - 1 && national.charAt(zeros) == '0') {
            zeros++;
        }
        if (zeros > 0) {
            // Italian-style plans keep the leading zeros in the national significant number
            number.setItalianLeadingZero(true).setNumberOfLeadingZeros(zeros);
        }
        return PHONES.isValidNumberForRegion(number, region.code());
    }

    private static PhoneNumber parse(String digits, String region) {
        try {
            return PHONES.parse(digits, region);
        } catch (NumberParseException e) {
            return null;
        }
    }

    /**
     * Past a refused run, digits and single separators alike, so no tail of a card number is taken
     * for a phone.
     */
    private static int skipRun(String text, int i) {
        while (i < text.length()) {
            char c = text.charAt(i);
            if (!(Chars.digit(c)
                    || (c == ' ' || c == '-' || c == '.') && Chars.digit(Chars.at(text, i + 1)))) {
                break;
            }
            i++;
        }
        return i;
    }
}
