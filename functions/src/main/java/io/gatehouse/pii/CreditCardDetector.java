package io.gatehouse.pii;

import java.util.List;

/**
 * Payment card numbers: 13 to 19 digits, written together or in groups separated by one space or
 * one hyphen (the same throughout), standing alone as a token, that pass the Luhn check and begin
 * with an issuer prefix in use (Visa, Mastercard, American Express, Discover, Diners, JCB,
 * UnionPay, Maestro). Score 1.0. A Luhn-valid number with an unknown prefix (store, gift and
 * private-label cards, new issuers) is reported only when a card word comes shortly before it —
 * "card", "Visa", "Karte", "carte", "tarjeta", "carta", "kaart", "karta"… — at 0.7: alone, one
 * random number in ten passes Luhn, and order or tracking numbers are common in business text.
 */
final class CreditCardDetector implements Detector {

    static final double KNOWN_ISSUER = 1.0;
    static final double CUED_UNKNOWN_ISSUER = 0.7;

    private static final ContextWords CARD_CUES =
            new ContextWords(
                    40,
                    "card",
                    "cards",
                    "card no",
                    "card number",
                    "credit card",
                    "debit card",
                    "gift card",
                    "store card",
                    "loyalty card",
                    "prepaid card",
                    "payment card",
                    "cc#",
                    "visa",
                    "mastercard",
                    "master card",
                    "amex",
                    "maestro",
                    "discover",
                    "diners",
                    "jcb",
                    "unionpay",
                    "Karte",
                    "Kreditkarte",
                    "Kartennummer",
                    "Debitkarte",
                    "Geschenkkarte",
                    "Kundenkarte",
                    "carte",
                    "carte bancaire",
                    "carte de crédit",
                    "numéro de carte",
                    "carte cadeau",
                    "CB",
                    "tarjeta",
                    "tarjeta de crédito",
                    "número de tarjeta",
                    "carta",
                    "carta di credito",
                    "numero della carta",
                    "kaart",
                    "creditcard",
                    "kaartnummer",
                    "pinpas",
                    "karta",
                    "karta kredytowa",
                    "numer karty",
                    "karty",
                    "platební karta",
                    "číslo karty",
                    "kartu");

    @Override
    public String type() {
        return EntityType.CREDIT_CARD.name();
    }

    @Override
    public void detect(String text, List<Candidate> out) {
        detect(TextIndex.of(text), out);
    }

    /**
     * A card number starts at a digit that starts a token: one of the index's digit token starts.
     */
    @Override
    public void detect(TextIndex index, List<Candidate> out) {
        String text = index.text();
        int n = text.length();
        int resumeAt = 0;
        for (int k = 0, count = index.digitCount() < 12 ? 0 : index.digitTokenStartCount();
                k < count;
                k++) {
            int i = index.digitTokenStart(k);
            if (i < resumeAt) {
                continue;
            }
            int end = scan(text, i);
            if (end > i) {
                String number = Chars.digitsOf(text, i, end);
                if (knownIssuer(number)) {
                    out.add(new Candidate(type(), i, end, KNOWN_ISSUER));
                } else if (CARD_CUES.before(text, i)) {
                    out.add(new Candidate(type(), i, end, CUED_UNKNOWN_ISSUER));
                }
            }
            // skip the rest of this run of digits and separators: no card starts inside it
            int next = i + 1;
            while (next < n && (Chars.digit(text.charAt(next)) || separatedDigit(text, next))) {
                next++;
            }
            resumeAt = next;
        }
    }

    private static boolean separatedDigit(String text, int i) {
        char c = text.charAt(i);
        return (c == ' ' || c == '-')
                && Chars.digit(Chars.at(text, i + 1))
                && Chars.digit(Chars.at(text, i - 1));
    }

    /**
     * The end of a Luhn-valid card-shaped number starting at {@code start}, or {@code start} if
     * there is none. Whether its issuer prefix is known is the caller's question.
     */
    static int scan(String text, int start) {
        int n = text.length();
        char separator = 0;
        int digits = 0;
        int groups = 0;
        int groupLength = 0;
        int i = start;
        while (i < n) {
            char c = text.charAt(i);
            if (Chars.digit(c)) {
                digits++;
                groupLength++;
                if (digits > 19) {
                    return start;
                }
                i++;
            } else if ((c == ' ' || c == '-')
                    && Chars.digit(Chars.at(text, i + 1))
                    && (separator == 0 || separator == c)) {
                if (groupLength < 3 || groupLength > 6) {
                    break;
                }
                separator = c;
                groups++;
                groupLength = 0;
                i++;
            } else {
                break;
            }
        }
        if (i < n && Chars.digit(Chars.at(text, i))) {
            return start;
        }
        groups++;
        if (digits < 13
                || (separator != 0 && (groups < 3 || groups > 5))
                || !Chars.endsToken(text, i)) {
            return start;
        }
        String number = Chars.digitsOf(text, start, i);
        return number.length() == digits
                        && luhn(number)
                        && !NationalIds.oneRepeatedChar(number, 0, digits)
                ? i
                : start;
    }

    static boolean luhn(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    /** Issuer prefixes and the lengths each issuer uses. */
    static boolean knownIssuer(String d) {
        int len = d.length();
        int p2 = Integer.parseInt(d.substring(0, 2));
        int p3 = Integer.parseInt(d.substring(0, 3));
        int p4 = Integer.parseInt(d.substring(0, 4));
        int p6 = Integer.parseInt(d.substring(0, 6));
        if (d.charAt(0) == '4') {
            return len == 13 || len == 16 || len == 19; // Visa
        }
        if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) {
            return len == 16; // Mastercard
        }
        if (p2 == 34 || p2 == 37) {
            return len == 15; // American Express
        }
        if (p4 == 6011 || p2 == 65 || (p3 >= 644 && p3 <= 649) || (p6 >= 622126 && p6 <= 622925)) {
            return len >= 16 && len <= 19; // Discover
        }
        if ((p3 >= 300 && p3 <= 305) || p2 == 36 || p2 == 38 || p2 == 39 || p4 == 3095) {
            return len >= 14 && len <= 19; // Diners Club
        }
        if (p4 >= 3528 && p4 <= 3589) {
            return len >= 16 && len <= 19; // JCB
        }
        if (p2 == 62) {
            return len >= 16 && len <= 19; // UnionPay
        }
        if (p4 == 5018
                || p4 == 5020
                || p4 == 5038
                || p4 == 5893
                || p4 == 6304
                || p4 == 6759
                || p4 == 6761
                || p4 == 6762
                || p4 == 6763) {
            return len >= 12 && len <= 19; // Maestro
        }
        return false;
    }
}
