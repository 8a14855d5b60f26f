package io.gatehouse.pii;

import static io.gatehouse.pii.DetectorAssertions.megabyteOf;
import static io.gatehouse.pii.DetectorAssertions.millisOver;
import static io.gatehouse.pii.DetectorAssertions.reported;
import static io.gatehouse.pii.DetectorAssertions.score;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** AccountNumberDetector alone: labelled account numbers in several languages, and what they are not. */
class AccountNumberDetectorTest {

    private static final AccountNumberDetector ACCOUNTS = new AccountNumberDetector();

    @Test
    void labelledNumbersInManyLanguages() {
        assertThat(reported(ACCOUNTS, "Account number: 004817263, acct #77812-0093 and A/C 12345678"))
                .containsExactly("004817263", "77812-0093", "12345678");
        assertThat(reported(ACCOUNTS, "Kontonummer 0532013000, Kundennummer: K-2023-99812")).containsExactly("0532013000",
                "K-2023-99812");
        assertThat(reported(ACCOUNTS, "numéro de compte : 00012345678 ; número de cuenta 0049 1500 05 1234567891"))
                .containsExactly("00012345678", "0049 1500 05 1234567891");
        assertThat(reported(ACCOUNTS, "il conto corrente n. 000012345678, rekeningnummer 123456789"))
                .containsExactly("000012345678", "123456789");
        assertThat(reported(ACCOUNTS, "numer konta 12345678901234, číslo účtu 19-2000145399/0800"))
                .containsExactly("12345678901234", "19-2000145399/0800");
    }

    @Test
    void theLabelMayBeGluedOrOnTheLineAbove() {
        assertThat(reported(ACCOUNTS, "Acct#48213377")).containsExactly("48213377");
        assertThat(reported(ACCOUNTS, "Account ID:AC48213377")).containsExactly("AC48213377");
        assertThat(reported(ACCOUNTS, "Account number\n  88213377")).containsExactly("88213377");
        assertThat(score(ACCOUNTS, "account 88213377")).isEqualTo(0.8);
        assertThat(score(ACCOUNTS, "account no. 88213377")).as("the label names a number").isEqualTo(0.9);
        assertThat(score(ACCOUNTS, "Kontonummer 88213377")).isEqualTo(0.9);
    }

    @Test
    void dottedGroupsAndCapitalPrefixes() {
        assertThat(reported(ACCOUNTS, "account 123.456.789, customer number ABC 4821337"))
                .containsExactly("123.456.789", "ABC 4821337");
        assertThat(reported(ACCOUNTS, "account 12.03.2021 and account 1.234.567,89")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "order number 48213377 shipped",
            "ticket 48213377",
            "account balance $12345.67",
            "account balance 12,345.67 EUR",
            "account opened 12/03/2021",
            "account opened 2021-03-12",
            "account at 10:30",
            "account holder +44 20 7946 0958",
            "account for 12345 users",
            "account 1234",
            "Konto DE89370400440532013000",
            "account manager Jane Doe, 48213377",
            "account 123456789012345678901234567890"})
    void nearMissesAreNotAccountNumbers(String text) {
        assertThat(reported(ACCOUNTS, text)).isEmpty();
    }

    @Test
    void anAmountAfterTheNumberMakesItAnAmount() {
        assertThat(reported(ACCOUNTS, "account 250000 EUR")).isEmpty();
        assertThat(reported(ACCOUNTS, "account 250000 €")).isEmpty();
    }

    @Test
    void hostileInputFinishesFast() {
        List<Candidate> out = new ArrayList<>();
        assertThat(millisOver(ACCOUNTS, megabyteOf("account "), out)).isLessThan(2_000);
        assertThat(millisOver(ACCOUNTS, megabyteOf("account 1"), out)).isLessThan(2_000);
        assertThat(millisOver(ACCOUNTS, megabyteOf("1"), out)).isLessThan(2_000);
        assertThat(millisOver(ACCOUNTS, megabyteOf("acct no no no 12-"), out)).isLessThan(2_000);
        assertThat(out).allSatisfy(c -> assertThat(c.length()).isLessThanOrEqualTo(30));
    }
}
