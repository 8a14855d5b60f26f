package io.gatehouse.pii.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Generates a labelled corpus for regression checks and the masking benchmark — not the quality
 * measure, since it draws on the lists and formats the detectors were written against (the
 * independent corpus under functions/src/test/resources/pii/eval is that): clinical and CRM-like
 * notes with personal data in realistic formats, mixed with hard negatives that look like it and
 * are not — GUIDs, order and invoice numbers, timestamps and clock times, version strings, MAC
 * addresses, tracking and account numbers, appointment dates without birth context. Deterministic:
 * the same seed always gives the same corpus.
 *
 * <p>Names: most come from the detector's own lexicon, and a share ({@link #HELD_OUT_FIRST}, {@link
 * #HELD_OUT_LAST}) from names the lexicon does not hold, so PERSON recall is not measured only on
 * names the detector already knows.
 */
public final class CorpusGenerator {

    static final String[] LEXICON_FIRST = {
        "James",
        "Mary",
        "Robert",
        "Patricia",
        "Michael",
        "Jennifer",
        "David",
        "Linda",
        "William",
        "Elizabeth",
        "Sarah",
        "Thomas",
        "Karen",
        "Daniel",
        "Emily",
        "Olivia",
        "Lucas",
        "Sofia",
        "Hans",
        "Priya",
        "Ahmed",
        "Maria",
        "Kevin",
        "Laura",
        "Anna",
        "Carlos",
        "Ingrid",
        "Peter",
        "Grace",
        "Harry"
    };
    static final String[] LEXICON_LAST = {
        "Smith",
        "Johnson",
        "Williams",
        "Brown",
        "Garcia",
        "Miller",
        "Davis",
        "Martinez",
        "Wilson",
        "Anderson",
        "Taylor",
        "Moore",
        "Nguyen",
        "Patel",
        "Kim",
        "Schmidt",
        "Rossi",
        "Jansen",
        "Novak",
        "Kowalski",
        "Tanaka",
        "Khan",
        "Hughes",
        "Murphy",
        "O'Brien",
        "Fischer",
        "Dubois",
        "Larsen",
        "Chen",
        "Walsh"
    };
    static final String[] HELD_OUT_FIRST = {
        "Thaddeus",
        "Marisol",
        "Oluwaseun",
        "Bronwyn",
        "Leopold",
        "Ximena",
        "Tobias",
        "Anneliese",
        "Caspian",
        "Rosalind",
        "Emeka",
        "Svetlana"
    };
    static final String[] HELD_OUT_LAST = {
        "Okonkwo",
        "Vandermeer",
        "Castellanos",
        "Abernathy",
        "Lindqvist",
        "Przybylski",
        "Featherstone",
        "Delacroix",
        "Haverford",
        "Ramaswamy",
        "Quintero",
        "Mbeki"
    };
    private static final String[] HONORIFICS = {"Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Mr", "Dr"};
    private static final String[] DOMAINS = {
        "example.com",
        "mail.example.org",
        "clinic-example.co.uk",
        "example.de",
        "patients.example.net",
        "acme-health.example"
    };
    private static final String[] MONTHS = {
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December"
    };
    private static final String[] EMOJI = {
        "\uD83D\uDE00", "\uD83D\uDC4D", "\u2764\uFE0F", "\uD83E\uDE7A"
    };

    private final Random random;

    public CorpusGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** {@code documents} documents of 3 to 7 sentences each. */
    public List<LabelledText> generate(int documents) {
        List<LabelledText> corpus = new ArrayList<>(documents);
        for (int d = 0; d < documents; d++) {
            Doc doc = new Doc();
            int sentences = 3 + random.nextInt(5);
            for (int s = 0; s < sentences; s++) {
                if (random.nextInt(3) == 0) {
                    negativeSentence(doc);
                } else {
                    positiveSentence(doc);
                }
                doc.text(random.nextInt(8) == 0 ? "\n" : " ");
            }
            corpus.add(doc.build());
        }
        return corpus;
    }

    // ---------------------------------------------------------------- sentences with personal data

    private void positiveSentence(Doc doc) {
        switch (random.nextInt(22)) {
            case 16 -> {
                // a birth date with no word saying so: a person reads it as one, the detector
                // cannot know
                doc.entity("PERSON", fullName());
                doc.text(", ");
                doc.entity("DATE_OF_BIRTH", date());
                doc.text(", presented with a cough.");
            }
            case 17 -> {
                doc.text("Phone: ");
                doc.entity(
                        "PHONE",
                        (2 + random.nextInt(8)) + digits(2) + (2 + random.nextInt(8)) + digits(6));
                doc.text(" (no separators in the old system).");
            }
            case 18 -> {
                doc.text("Reply to <");
                doc.entity("EMAIL", email().toUpperCase(Locale.ROOT));
                doc.text(">, cc ");
                doc.entity(
                        "PERSON",
                        pick(LEXICON_FIRST)
                                + " "
                                + (char) ('A' + random.nextInt(26))
                                + ". "
                                + pick(LEXICON_LAST));
                doc.text(".");
            }
            case 19 -> {
                String label = pick("mrn", "MRN#", "Hospital number");
                doc.text(label + (label.endsWith("#") && random.nextBoolean() ? "" : " "));
                doc.entity("MEDICAL_RECORD_NUMBER", mrn());
                doc.text(" on the wristband.");
            }
            case 20 -> {
                doc.text("Call ");
                doc.entity(
                        "PHONE",
                        pick("+33 1 ", "+31 20 ")
                                + digits(2)
                                + " "
                                + digits(2)
                                + " "
                                + digits(2)
                                + " "
                                + digits(2));
                doc.text(" or ");
                doc.entity(
                        "PHONE", "1-800-" + (2 + random.nextInt(8)) + digits(2) + "-" + digits(4));
                doc.text(".");
            }
            case 21 -> {
                // "Last, First" order, as lists and forms often write names
                doc.entity("PERSON", pick(LEXICON_LAST) + ", " + pick(LEXICON_FIRST));
                doc.text(" — SSN ");
                doc.entity("US_SSN", ssn(false).replace('-', ' '));
                doc.text(".");
            }
            case 0 -> {
                doc.text("Patient ");
                doc.entity("PERSON", fullName());
                doc.text(" (DOB: ");
                doc.entity("DATE_OF_BIRTH", date());
                doc.text(") was seen today for a follow-up.");
            }
            case 1 -> {
                doc.text(pick(HONORIFICS) + " ");
                doc.entity("PERSON", fullName());
                doc.text(" asked us to send the results to ");
                doc.entity("EMAIL", email());
                doc.text(".");
            }
            case 2 -> {
                doc.text("Please call back on ");
                doc.entity("PHONE", phone());
                doc.text(" before 5pm.");
            }
            case 3 -> {
                doc.text("Card on file: ");
                doc.entity("CREDIT_CARD", card());
                doc.text(", expiring 08/27.");
            }
            case 4 -> {
                doc.text(pick("SSN", "Social Security Number", "SSN:", "SS#") + " ");
                doc.entity("US_SSN", ssn(random.nextInt(4) == 0));
                doc.text(" verified by the front desk.");
            }
            case 5 -> {
                doc.text("Refund to IBAN ");
                doc.entity("IBAN", iban());
                doc.text(" approved.");
            }
            case 6 -> {
                doc.text("Login from ");
                doc.entity("IP_ADDRESS", random.nextInt(4) == 0 ? ipv6() : ipv4());
                doc.text(" flagged by the portal.");
            }
            case 7 -> {
                doc.text(
                        pick("MRN", "MRN:", "Medical record number", "Patient ID:", "Chart no.")
                                + " ");
                doc.entity("MEDICAL_RECORD_NUMBER", mrn());
                doc.text(" merged into the new record.");
            }
            case 8 -> {
                doc.text("Emergency contact: ");
                doc.entity("PERSON", fullName());
                doc.text(", mobile ");
                doc.entity("PHONE", phone());
                doc.text(".");
            }
            case 9 -> {
                doc.text("The client was born on ");
                doc.entity("DATE_OF_BIRTH", date());
                doc.text(" and lives alone.");
            }
            case 10 -> {
                doc.text("Forwarded by ");
                doc.entity("EMAIL", email());
                doc.text(" from host ");
                doc.entity("IP_ADDRESS", ipv4());
                doc.text(random.nextBoolean() ? "." : " " + pick(EMOJI));
            }
            case 11 -> {
                doc.text("Paid with ");
                doc.entity("CREDIT_CARD", card());
                doc.text("; receipt sent to ");
                doc.entity("EMAIL", email());
                doc.text(".");
            }
            case 12 -> {
                doc.text("Spoke with ");
                doc.entity("PERSON", fullName());
                doc.text(" about the claim; ");
                doc.text(pick("SSN", "social security no.") + " ");
                doc.entity("US_SSN", ssn(false));
                doc.text(" on the form.");
            }
            case 13 -> {
                doc.text("Bank details: ");
                doc.entity("IBAN", iban());
                doc.text(", reference INV-" + digits(6) + ".");
            }
            case 14 -> {
                doc.text("Dear ");
                doc.entity("PERSON", fullName());
                doc.text(", your appointment is confirmed " + pick(EMOJI) + ".");
            }
            default -> {
                doc.text("Café visit noted — contact ");
                doc.entity("EMAIL", email());
                doc.text(" or ");
                doc.entity("PHONE", phone());
                doc.text(".");
            }
        }
    }

    // ---------------------------------------------------------------- hard negatives, no personal
    // data

    private void negativeSentence(Doc doc) {
        switch (random.nextInt(16)) {
            case 12 ->
                    doc.text(
                            "Transaction reference "
                                    + pick("4", "5", "3", "6")
                                    + digits(15)
                                    + " settled.");
            case 13 ->
                    doc.text(
                            "See section "
                                    + (1 + random.nextInt(9))
                                    + "."
                                    + (1 + random.nextInt(9))
                                    + "."
                                    + (1 + random.nextInt(9))
                                    + "."
                                    + (1 + random.nextInt(9))
                                    + " of the agreement.");
            case 14 ->
                    doc.text(
                            "Sent via "
                                    + pick(
                                            "Microsoft Teams",
                                            "Acme Health Partners",
                                            "Mercy General Hospital",
                                            "Northwind Traders",
                                            "Contoso Clinic Portal")
                                    + " on "
                                    + pick(MONTHS)
                                    + " "
                                    + (1 + random.nextInt(28))
                                    + ".");
            case 15 ->
                    doc.text(
                            "Lot "
                                    + upperAlnum(2)
                                    + digits(9)
                                    + ", serial "
                                    + digits(9)
                                    + ", expires "
                                    + isoDate(2025, 2027)
                                    + ".");
            case 0 -> doc.text("Request id " + guid() + " completed.");
            case 1 ->
                    doc.text(
                            "Order ORD-"
                                    + (2020 + random.nextInt(6))
                                    + "-"
                                    + digits(6)
                                    + " shipped on "
                                    + isoDate(2023, 2025)
                                    + ".");
            case 2 ->
                    doc.text(
                            "Synced at "
                                    + isoDate(2023, 2025)
                                    + "T"
                                    + time()
                                    + "Z by the nightly job.");
            case 3 ->
                    doc.text(
                            "Upgraded the portal to v"
                                    + (1 + random.nextInt(9))
                                    + "."
                                    + random.nextInt(20)
                                    + "."
                                    + random.nextInt(30)
                                    + " (build "
                                    + (1 + random.nextInt(9))
                                    + "."
                                    + random.nextInt(10)
                                    + "."
                                    + random.nextInt(10)
                                    + "."
                                    + random.nextInt(200)
                                    + ").");
            case 4 ->
                    doc.text(
                            "Invoice #"
                                    + digits(7)
                                    + " for $"
                                    + (10 + random.nextInt(900))
                                    + "."
                                    + digits(2)
                                    + " is due "
                                    + isoDate(2024, 2026)
                                    + ".");
            case 5 -> doc.text("Tracking number 1Z" + upperAlnum(6) + digits(10) + " assigned.");
            case 6 -> doc.text("Device MAC " + mac() + " registered at " + time() + ".");
            case 7 ->
                    doc.text(
                            "Account "
                                    + digits(10)
                                    + " was reconciled; batch "
                                    + digits(12)
                                    + " closed.");
            case 8 ->
                    doc.text(
                            "Next appointment on "
                                    + pick(MONTHS)
                                    + " "
                                    + (1 + random.nextInt(28))
                                    + ", "
                                    + (2024 + random.nextInt(2))
                                    + " at "
                                    + (1 + random.nextInt(12))
                                    + ":"
                                    + pick("00", "15", "30", "45")
                                    + ".");
            case 9 ->
                    doc.text(
                            "Blood pressure 120/80, dosage 2.5 mg, ratio 3:1, room 4B-"
                                    + digits(3)
                                    + ".");
            case 10 ->
                    doc.text(
                            "Ticket "
                                    + upperAlnum(3)
                                    + "-"
                                    + digits(5)
                                    + " escalated to tier 2 at "
                                    + isoDate(2024, 2025)
                                    + " "
                                    + time()
                                    + ".");
            default ->
                    doc.text(
                            "Release "
                                    + random.nextInt(5)
                                    + "."
                                    + random.nextInt(10)
                                    + "."
                                    + random.nextInt(10)
                                    + "."
                                    + random.nextInt(10)
                                    + " fixes issue "
                                    + digits(5)
                                    + " and checksum "
                                    + hexString(32)
                                    + ".");
        }
    }

    // ---------------------------------------------------------------- values

    private String fullName() {
        boolean heldOut = random.nextInt(10) < 3;
        String first = heldOut ? pick(HELD_OUT_FIRST) : pick(LEXICON_FIRST);
        String last = heldOut ? pick(HELD_OUT_LAST) : pick(LEXICON_LAST);
        return first + " " + last;
    }

    private String email() {
        String first = pick(LEXICON_FIRST).toLowerCase(Locale.ROOT);
        String last = pick(LEXICON_LAST).toLowerCase(Locale.ROOT).replace("'", "");
        String local =
                switch (random.nextInt(4)) {
                    case 0 -> first + "." + last;
                    case 1 -> first.charAt(0) + last + digits(2);
                    case 2 -> first + "+" + pick("billing", "portal", "news");
                    default -> last + "_" + first;
                };
        return local + "@" + pick(DOMAINS);
    }

    private String phone() {
        String area = (2 + random.nextInt(8)) + digits(2);
        String exchange = (2 + random.nextInt(8)) + digits(2);
        String line = digits(4);
        return switch (random.nextInt(7)) {
            case 0 -> "+1 (" + area + ") " + exchange + "-" + line;
            case 1 -> "(" + area + ") " + exchange + "-" + line;
            case 2 -> area + "-" + exchange + "-" + line;
            case 3 -> area + "." + exchange + "." + line;
            case 4 -> "+44 20 " + (7 + random.nextInt(2)) + digits(3) + " " + digits(4);
            case 5 -> "+49 30 " + digits(8);
            default -> "020 " + (7 + random.nextInt(2)) + digits(3) + " " + digits(4);
        };
    }

    private String ssn(boolean bare) {
        int area;
        do {
            area = 1 + random.nextInt(899);
        } while (area == 666);
        String number =
                String.format(
                        Locale.ROOT,
                        "%03d%02d%04d",
                        area,
                        1 + random.nextInt(99),
                        1 + random.nextInt(9999));
        return bare
                ? number
                : number.substring(0, 3) + "-" + number.substring(3, 5) + "-" + number.substring(5);
    }

    private String card() {
        String[] prefixes = {"4", "4", "51", "55", "2221", "34", "37", "6011", "65", "3530"};
        String prefix = pick(prefixes);
        int length = prefix.equals("34") || prefix.equals("37") ? 15 : 16;
        StringBuilder number = new StringBuilder(prefix);
        while (number.length() < length - 1) {
            number.append(random.nextInt(10));
        }
        number.append(luhnCheckDigit(number.toString()));
        String n = number.toString();
        if (length == 15) {
            return random.nextBoolean()
                    ? n
                    : n.substring(0, 4) + " " + n.substring(4, 10) + " " + n.substring(10);
        }
        return switch (random.nextInt(3)) {
            case 0 -> n;
            case 1 ->
                    n.substring(0, 4)
                            + " "
                            + n.substring(4, 8)
                            + " "
                            + n.substring(8, 12)
                            + " "
                            + n.substring(12);
            default ->
                    n.substring(0, 4)
                            + "-"
                            + n.substring(4, 8)
                            + "-"
                            + n.substring(8, 12)
                            + "-"
                            + n.substring(12);
        };
    }

    private String iban() {
        String[][] shapes = {
            {"DE", "n18"},
            {"GB", "a4n14"},
            {"FR", "n10c11n2"},
            {"NL", "a4n10"},
            {"ES", "n20"},
            {"IT", "a1n10c12"},
            {"CH", "n5c12"},
            {"BE", "n12"}
        };
        String[] shape = shapes[random.nextInt(shapes.length)];
        String bban = bban(shape[1]);
        String check =
                String.format(Locale.ROOT, "%02d", 98 - IbanMath.mod97(bban + shape[0] + "00"));
        String iban = shape[0] + check + bban;
        if (random.nextBoolean()) {
            return iban;
        }
        StringBuilder spaced = new StringBuilder();
        for (int i = 0; i < iban.length(); i += 4) {
            if (i > 0) {
                spaced.append(' ');
            }
            spaced.append(iban, i, Math.min(i + 4, iban.length()));
        }
        return spaced.toString();
    }

    private String bban(String shape) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < shape.length(); ) {
            char kind = shape.charAt(i++);
            int j = i;
            while (j < shape.length() && Character.isDigit(shape.charAt(j))) {
                j++;
            }
            int count = Integer.parseInt(shape.substring(i, j));
            i = j;
            for (int k = 0; k < count; k++) {
                out.append(
                        switch (kind) {
                            case 'n' -> (char) ('0' + random.nextInt(10));
                            case 'a' -> (char) ('A' + random.nextInt(26));
                            default ->
                                    random.nextBoolean()
                                            ? (char) ('0' + random.nextInt(10))
                                            : (char) ('A' + random.nextInt(26));
                        });
            }
        }
        return out.toString();
    }

    private String ipv4() {
        return switch (random.nextInt(3)) {
            case 0 ->
                    "10."
                            + random.nextInt(256)
                            + "."
                            + random.nextInt(256)
                            + "."
                            + (1 + random.nextInt(254));
            case 1 -> "192.168." + random.nextInt(256) + "." + (1 + random.nextInt(254));
            default ->
                    (11 + random.nextInt(200))
                            + "."
                            + random.nextInt(256)
                            + "."
                            + random.nextInt(256)
                            + "."
                            + (1 + random.nextInt(254));
        };
    }

    private String ipv6() {
        if (random.nextBoolean()) {
            StringBuilder full = new StringBuilder("2001:db8");
            for (int i = 0; i < 6; i++) {
                full.append(':').append(Integer.toHexString(random.nextInt(0x10000)));
            }
            return full.toString();
        }
        return "2001:db8::"
                + Integer.toHexString(1 + random.nextInt(0xffff))
                + ":"
                + Integer.toHexString(random.nextInt(0x10000));
    }

    private String date() {
        int year = 1930 + random.nextInt(80);
        int month = 1 + random.nextInt(12);
        int day = 1 + random.nextInt(28);
        return switch (random.nextInt(5)) {
            case 0 -> String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
            case 1 -> String.format(Locale.ROOT, "%02d/%02d/%04d", month, day, year);
            case 2 -> String.format(Locale.ROOT, "%02d.%02d.%04d", day, month, year);
            case 3 -> MONTHS[month - 1] + " " + day + ", " + year;
            default -> day + " " + MONTHS[month - 1] + " " + year;
        };
    }

    private String mrn() {
        return switch (random.nextInt(3)) {
            case 0 -> digits(8);
            case 1 -> (char) ('A' + random.nextInt(26)) + digits(7);
            default -> digits(4) + "-" + digits(4);
        };
    }

    private String guid() {
        return hexString(8)
                + "-"
                + hexString(4)
                + "-4"
                + hexString(3)
                + "-a"
                + hexString(3)
                + "-"
                + hexString(12);
    }

    private String mac() {
        StringBuilder mac = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            if (i > 0) {
                mac.append(':');
            }
            mac.append(String.format(Locale.ROOT, "%02X", random.nextInt(256)));
        }
        return mac.toString();
    }

    private String time() {
        return String.format(
                Locale.ROOT,
                "%02d:%02d:%02d",
                random.nextInt(24),
                random.nextInt(60),
                random.nextInt(60));
    }

    private String isoDate(int fromYear, int toYear) {
        return String.format(
                Locale.ROOT,
                "%04d-%02d-%02d",
                fromYear + random.nextInt(toYear - fromYear + 1),
                1 + random.nextInt(12),
                1 + random.nextInt(28));
    }

    private String digits(int count) {
        StringBuilder out = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            out.append(random.nextInt(10));
        }
        return out.toString();
    }

    private String hexString(int count) {
        StringBuilder out = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            out.append(Character.forDigit(random.nextInt(16), 16));
        }
        return out.toString();
    }

    private String upperAlnum(int count) {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
        StringBuilder out = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }

    private String pick(String... options) {
        return options[random.nextInt(options.length)];
    }

    static int luhnCheckDigit(String partial) {
        int sum = 0;
        boolean twice = true;
        for (int i = partial.length() - 1; i >= 0; i--) {
            int d = partial.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return (10 - sum % 10) % 10;
    }

    /** A document under construction, counting code points as it grows. */
    private static final class Doc {
        private final StringBuilder text = new StringBuilder();
        private final List<LabelledText.Label> labels = new ArrayList<>();
        private int codePoints;

        void text(String part) {
            text.append(part);
            codePoints += part.codePointCount(0, part.length());
        }

        void entity(String type, String value) {
            int start = codePoints;
            text(value);
            labels.add(new LabelledText.Label(type, start, codePoints));
        }

        LabelledText build() {
            return new LabelledText(text.toString(), List.copyOf(labels));
        }
    }

    /** The generator's own mod-97, written independently of the detector's. */
    static final class IbanMath {
        static int mod97(String rearrangedWithoutCheck) {
            int remainder = 0;
            for (char c : rearrangedWithoutCheck.toCharArray()) {
                String digits =
                        Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10);
                for (char d : digits.toCharArray()) {
                    remainder = (remainder * 10 + (d - '0')) % 97;
                }
            }
            return remainder;
        }
    }
}
