package io.gatehouse.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each detector on what it must find and on look-alikes it must leave alone (default policy). */
class DetectorsTest {

    /** "TYPE=value" for every finding, in order. */
    static List<String> found(String text) {
        return PiiEngine.analyze(text, PiiPolicy.defaultPolicy()).stream()
                .map(
                        f ->
                                f.type()
                                        + "="
                                        + text.substring(
                                                text.offsetByCodePoints(0, f.start()),
                                                text.offsetByCodePoints(0, f.end())))
                .toList();
    }

    @Test
    void emailAddresses() {
        assertThat(found("Write to jane.doe+billing@mail.example.co.uk, or <J.DOE@EXAMPLE.COM>."))
                .containsExactly(
                        "EMAIL=jane.doe+billing@mail.example.co.uk", "EMAIL=J.DOE@EXAMPLE.COM");
        assertThat(
                        found(
                                "user@localhost, a@b.c, @handle, x@-bad.com, foo@bar..com, trailing.@example.com"))
                .isEmpty();
    }

    @Test
    void creditCardsNeedLuhnAndAnIssuer() {
        assertThat(found("Visa 4111 1111 1111 1111, Amex 3782-822463-10005, MC 5555555555554444."))
                .containsExactly(
                        "CREDIT_CARD=4111 1111 1111 1111",
                        "CREDIT_CARD=3782-822463-10005",
                        "CREDIT_CARD=5555555555554444");
        assertThat(
                        found(
                                "Luhn fails: 4111 1111 1111 1112; no issuer: 9111111111111111; inside a token: ORD-4111111111111111"))
                .isEmpty();
    }

    @Test
    void socialSecurityNumbersFollowTheNumberingRules() {
        assertThat(found("SSN 536-22-1234 and 536 22 1235"))
                .containsExactly("US_SSN=536-22-1234", "US_SSN=536 22 1235");
        assertThat(
                        found(
                                "invalid: 000-12-3456, 666-12-3456, 912-12-3456, 536-00-1234, 536-22-0000, 078-05-1120"))
                .isEmpty();
        assertThat(found("nine digits alone 536221234")).as("bare digits need context").isEmpty();
        assertThat(found("SSN: 536221234")).containsExactly("US_SSN=536221234");
    }

    @Test
    void ibansOfTheRightLengthWithTheirCheckDigits() {
        assertThat(found("Pay DE89370400440532013000 or GB82 WEST 1234 5698 7654 32."))
                .containsExactly("IBAN=DE89370400440532013000", "IBAN=GB82 WEST 1234 5698 7654 32");
        assertThat(found("wrong check DE88370400440532013000, too short DE8937040044053201300"))
                .isEmpty();
    }

    @Test
    void ipAddressesButNotVersionsClockTimesOrMacs() {
        assertThat(found("from 203.0.113.7 and 2001:db8::ff00:42:8329 and ::1"))
                .containsExactly(
                        "IP_ADDRESS=203.0.113.7",
                        "IP_ADDRESS=2001:db8::ff00:42:8329",
                        "IP_ADDRESS=::1");
        assertThat(
                        found(
                                "v1.2.3.4, 1.2.3.4.5, 256.1.1.1, 01.2.3.4, version 10.0.19.41, at 10:30:00, MAC 00:1A:2B:3C:4D:5E"))
                .as("neither a clock time nor a MAC address is an IP address")
                .containsExactly("DATE_TIME=10:30:00", "DEVICE_ID=00:1A:2B:3C:4D:5E");
    }

    @Test
    void phoneNumbersInCommonFormats() {
        assertThat(
                        found(
                                "Call +1 (415) 555-0132, 212.555.0199, +44 20 7946 0958 or 020 7946 0958."))
                .containsExactly(
                        "PHONE_NUMBER=+1 (415) 555-0132",
                        "PHONE_NUMBER=212.555.0199",
                        "PHONE_NUMBER=+44 20 7946 0958",
                        "PHONE_NUMBER=020 7946 0958");
        assertThat(found("Order 4155550132 shipped; 2024-01-15; 123-456-7890123"))
                .as("the date is a date, not a phone")
                .containsExactly("DATE_TIME=2024-01-15");
        assertThat(found("Phone: 4155550132")).containsExactly("PHONE_NUMBER=4155550132");
    }

    @Test
    void everyDateElementNotOnlyBirthDates() {
        // Safe Harbor: every date but its year is an identifier, so an appointment is masked as
        // well as a birthday
        assertThat(found("DOB: 03/14/1985. Born on March 3, 1962. Date of birth 1990-02-28."))
                .containsExactly(
                        "DATE_TIME=03/14/1985", "DATE_TIME=March 3, 1962", "DATE_TIME=1990-02-28");
        assertThat(found("Appointment 03/14/2025, synced 2024-01-15T10:30:00Z"))
                .containsExactly("DATE_TIME=03/14/2025", "DATE_TIME=2024-01-15T10:30:00Z");
        assertThat(found("DOB: 2023-02-30. Build 1.2.10. Moved in 2019.")).isEmpty();
    }

    @Test
    void agesOfPeople() {
        assertThat(found("A 92-year-old woman, aged 45, for 45 years"))
                .containsExactly("AGE=92", "AGE=45");
    }

    @Test
    void medicalRecordNumbersAfterTheirLabels() {
        assertThat(found("MRN: 00482913; medical record number 4471-2290; MRN00112233"))
                .containsExactly(
                        "MEDICAL_RECORD_NUMBER=00482913",
                        "MEDICAL_RECORD_NUMBER=4471-2290",
                        "MEDICAL_RECORD_NUMBER=00112233");
        assertThat(found("Reference 00482913 without a label")).isEmpty();
    }

    @Test
    void personsByHonorificLexiconAndContext() {
        assertThat(
                        found(
                                "Dr. Thaddeus Okonkwo saw Mary Smith. Signed: Garcia, Maria. Dear Rosalind,"))
                .containsExactly(
                        "PERSON=Thaddeus Okonkwo",
                        "PERSON=Mary Smith",
                        "PERSON=Garcia, Maria",
                        "PERSON=Rosalind");
        assertThat(found("The Hospital on Monday. Acme Corp called. Will you come?"))
                .as("no name; the weekday is a date")
                .containsExactly("DATE_TIME=Monday");
        // Found by hand on the local stack: a common given name with an unlisted family name.
        assertThat(found("Call Jane Roe today")).containsExactly("PERSON=Jane Roe");
    }

    @Test
    void overlapsAreResolvedTheSameWayEveryTime() {
        // An IBAN's digits also hold phone-like and card-like runs; the highest score, then the
        // longest, wins.
        Candidate card = new Candidate("CREDIT_CARD", 0, 19, 1.0);
        Candidate phone = new Candidate("PHONE_NUMBER", 0, 12, 0.7);
        Candidate sameScoreShorter = new Candidate("ZZZ", 5, 10, 1.0);
        Candidate sameScoreSameLengthLater = new Candidate("AAA", 20, 39, 1.0);
        Candidate tieOnEverythingButType = new Candidate("BBB", 20, 39, 1.0);
        List<Candidate> all =
                List.of(
                        phone,
                        sameScoreShorter,
                        card,
                        tieOnEverythingButType,
                        sameScoreSameLengthLater);
        assertThat(Overlaps.resolve(all)).containsExactly(card, sameScoreSameLengthLater);
        assertThat(
                        Overlaps.resolve(
                                List.of(
                                        sameScoreSameLengthLater,
                                        tieOnEverythingButType,
                                        card,
                                        sameScoreShorter,
                                        phone)))
                .as("input order does not matter")
                .containsExactly(card, sameScoreSameLengthLater);
    }

    @Test
    void offsetsAreCodePoints() {
        String text = "😀😀 mail a@example.com";
        List<Finding> findings = PiiEngine.analyze(text, PiiPolicy.defaultPolicy());
        assertThat(findings)
                .extracting(Finding::start, Finding::end)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(8, 21));
        assertThat(text.indexOf("a@")).as("UTF-16 index differs by one per emoji").isEqualTo(10);
        int[] codePoints = text.codePoints().toArray();
        assertThat(new String(codePoints, 8, 13)).isEqualTo("a@example.com");
    }
}
