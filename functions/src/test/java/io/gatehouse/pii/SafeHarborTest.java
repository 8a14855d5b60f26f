package io.gatehouse.pii;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The generalize operator: what HIPAA Safe Harbor lets stay of a date, an age and a ZIP code. */
class SafeHarborTest {

    @Test
    void aDateKeepsOnlyItsYear() {
        assertThat(SafeHarbor.generalize("DATE_TIME", "03/04/1987")).isEqualTo("1987");
        assertThat(SafeHarbor.generalize("DATE_TIME", "Tuesday, 6 February 2024 08:14"))
                .isEqualTo("2024");
        assertThat(SafeHarbor.generalize("DATE_TIME", "2024-03-02T22:41:09Z")).isEqualTo("2024");
        assertThat(SafeHarbor.generalize("DATE_TIME", "2. bis 9. Februar 2024")).isEqualTo("2024");
        assertThat(SafeHarbor.generalize("DATE_TIME", "3.4.87"))
                .as("a two-digit year, read as the detector reads it")
                .isEqualTo("1987");
    }

    @Test
    void aDateWithoutOneYearIsRedacted() {
        assertThat(SafeHarbor.generalize("DATE_TIME", "March 3rd")).isEqualTo("<DATE_TIME>");
        assertThat(SafeHarbor.generalize("DATE_TIME", "16:05")).isEqualTo("<DATE_TIME>");
        // a range over two years would let a reader narrow the date down: neither year stays
        assertThat(SafeHarbor.generalize("DATE_TIME", "Dec 2023 – Jan 2024"))
                .isEqualTo("<DATE_TIME>");
    }

    @Test
    void agesOver89BecomeOneCategory() {
        assertThat(SafeHarbor.generalize("AGE", "89")).isEqualTo("89");
        assertThat(SafeHarbor.generalize("AGE", "45-year-old")).isEqualTo("45-year-old");
        assertThat(SafeHarbor.generalize("AGE", "90")).isEqualTo("90+");
        assertThat(SafeHarbor.generalize("AGE", "93-year-old")).isEqualTo("90+-year-old");
        assertThat(SafeHarbor.generalize("AGE", "aged 104")).isEqualTo("aged 90+");
        assertThat(SafeHarbor.generalize("AGE", "90s")).isEqualTo("90+");
        assertThat(SafeHarbor.generalize("AGE", "95-day-old"))
                .as("an age in days is under the limit")
                .isEqualTo("95-day-old");
        assertThat(SafeHarbor.generalize("AGE", "ninety")).isEqualTo("<AGE>");
    }

    @Test
    void aZipCodeKeepsItsThreeDigitAreaUnlessTheAreaIsSmall() {
        assertThat(SafeHarbor.generalize("POSTAL_CODE", "02139")).isEqualTo("021**");
        assertThat(SafeHarbor.generalize("POSTAL_CODE", "02139-4307")).isEqualTo("021**");
        assertThat(SafeHarbor.generalize("POSTAL_CODE", "03601")).isEqualTo("000**");
        assertThat(SafeHarbor.generalize("POSTAL_CODE", "89301")).isEqualTo("000**");
        assertThat(SafeHarbor.RESTRICTED_ZIP3).hasSize(17);
    }

    @Test
    void postcodesOfOtherCountriesAreRedacted() {
        assertThat(SafeHarbor.generalize("POSTAL_CODE", "LS6 2AB")).isEqualTo("<POSTAL_CODE>");
        assertThat(SafeHarbor.generalize("POSTAL_CODE", "00-590")).isEqualTo("<POSTAL_CODE>");
        assertThat(SafeHarbor.generalize("POSTAL_CODE", "1015 CJ")).isEqualTo("<POSTAL_CODE>");
    }

    @Test
    void onlyTheThreeTypesGeneralize() {
        assertThat(SafeHarbor.generalizes("PERSON")).isFalse();
        assertThat(SafeHarbor.generalize("PERSON", "Ada Lovelace")).isEqualTo("<PERSON>");
    }

    @Test
    void theEngineGeneralizesWhatThePolicyAsks() {
        PiiPolicy policy =
                PiiPolicyTest.parse(
                        "{'entities': {'DATE_TIME': {'operator': 'generalize'}, 'EMAIL': {'operator': 'redact'}}}");
        MaskResult result =
                PiiEngine.mask("Born 03/04/1987, mail a@example.com", policy, () -> null);
        assertThat(result.masked()).isEqualTo("Born 1987, mail <EMAIL>");
        assertThat(result.counts()).containsEntry("DATE_TIME", 1).containsEntry("EMAIL", 1);
    }
}
