package io.gatehouse.pii;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The baseline of {@link PiiMaskingBenchmark}: masking as it is often first written — one
 * java.util.regex pattern per type, each run over the whole text in turn and its matches replaced
 * (with the Luhn and mod-97 checks, so it does comparable work). Not used by Gatehouse.
 */
final class NaiveRegexMasker {

    private record Rule(String type, Pattern pattern, java.util.function.Predicate<String> valid) {}

    private static final List<Rule> RULES =
            List.of(
                    new Rule(
                            "EMAIL",
                            Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}"),
                            v -> true),
                    new Rule(
                            "IBAN",
                            Pattern.compile(
                                    "\\b[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\\b"),
                            v -> IbanDetector.mod97(v.replace(" ", "")) == 1),
                    new Rule(
                            "CREDIT_CARD",
                            Pattern.compile("\\b(?:\\d[ -]?){12,18}\\d\\b"),
                            v -> CreditCardDetector.luhn(v.replaceAll("[ -]", ""))),
                    new Rule("US_SSN", Pattern.compile("\\b\\d{3}-\\d{2}-\\d{4}\\b"), v -> true),
                    new Rule(
                            "PHONE_NUMBER",
                            Pattern.compile(
                                    "(?:\\+\\d{1,3}[ .-]?)?\\(?\\d{3}\\)?[ .-]?\\d{3}[ .-]?\\d{4}\\b"),
                            v -> true),
                    new Rule(
                            "IP_ADDRESS",
                            Pattern.compile(
                                    "\\b(?:(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)\\b"),
                            v -> true),
                    new Rule(
                            "DATE_TIME",
                            Pattern.compile(
                                    "\\b(?:\\d{1,2}/\\d{1,2}/\\d{4}|\\d{4}-\\d{2}-\\d{2})\\b"),
                            v -> true));

    private NaiveRegexMasker() {}

    static String mask(String text) {
        String current = text;
        for (Rule rule : RULES) {
            Matcher matcher = rule.pattern().matcher(current);
            StringBuilder out = new StringBuilder(current.length());
            while (matcher.find()) {
                String value = matcher.group();
                matcher.appendReplacement(
                        out,
                        rule.valid().test(value)
                                ? "<" + rule.type() + ">"
                                : Matcher.quoteReplacement(value));
            }
            matcher.appendTail(out);
            current = out.toString();
        }
        return current;
    }
}
