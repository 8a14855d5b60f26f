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

/**
 * AccountNumberDetector alone: labelled account numbers in several languages, and what they are
 * not.
 */
class AccountNumberDetectorTest {

    private static final AccountNumberDetector ACCOUNTS = new AccountNumberDetector();

    @Test
    void labelledNumbersInManyLanguages() {
        assertThat(
                        reported(
                                ACCOUNTS,
                                "Account number: 004817263, acct #77812-0093 and A/C 12345678"))
                .containsExactly("004817263", "77812-0093", "12345678");
        assertThat(reported(ACCOUNTS, "Kontonummer 0532013000, Kundennummer: K-2023-99812"))
                .containsExactly("0532013000", "K-2023-99812");
        assertThat(
                        reported(
                                ACCOUNTS,
                                "numéro de compte : 00012345678 ; número de cuenta 0049 1500 05 1234567891"))
                .containsExactly("00012345678", "0049 1500 05 1234567891");
        assertThat(
                        reported(
                                ACCOUNTS,
                                "il conto corrente n. 000012345678, rekeningnummer 123456789"))
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
        assertThat(score(ACCOUNTS, "account no. 88213377"))
                .as("the label names a number")
                .isEqualTo(0.9);
        assertThat(score(ACCOUNTS, "Kontonummer 88213377")).isEqualTo(0.9);
    }

    @Test
    void dottedGroupsAndCapitalPrefixes() {
        assertThat(reported(ACCOUNTS, "account 123.456.789, customer number ABC 4821337"))
                .containsExactly("123.456.789", "ABC 4821337");
        assertThat(reported(ACCOUNTS, "account 12.03.2021 and account 1.234.567,89")).isEmpty();
    }

    @Test
    void customerContractAndLoyaltyNumbers() {
        assertThat(
                        reported(
                                ACCOUNTS,
                                "customer ID: C-0098123, client ID 77812345, contract no. VN-2023-4471, loyalty no 88123409"))
                .containsExactly("C-0098123", "77812345", "VN-2023-4471", "88123409");
        assertThat(
                        reported(
                                ACCOUNTS,
                                "Kd.-Nr. 4471230, Vertragsnummer 2023/778812, n° client 00778123, "
                                        + "référence client RC448812"))
                .containsExactly("4471230", "2023/778812", "00778123", "RC448812");
        assertThat(
                        reported(
                                ACCOUNTS,
                                "nº de socio 7781234, codice cliente CL009812, numer klienta 5512345, "
                                        + "číslo zákazníka 88123456"))
                .containsExactly("7781234", "CL009812", "5512345", "88123456");
        assertThat(
                        reported(
                                ACCOUNTS,
                                "account #4471-8812, acct# 99812345, membership no. M-778123"))
                .containsExactly("4471-8812", "99812345", "M-778123");
    }

    @Test
    void fillerWordsBetweenLabelAndValue() {
        assertThat(reported(ACCOUNTS, "the account number on file is 00778812"))
                .containsExactly("00778812");
        assertThat(reported(ACCOUNTS, "Ihre Kundennummer lautet 4471230"))
                .containsExactly("4471230");
        assertThat(reported(ACCOUNTS, "su número de cliente es 00998123"))
                .containsExactly("00998123");
        assertThat(reported(ACCOUNTS, "il suo codice cliente è CL-778812"))
                .containsExactly("CL-778812");
        assertThat(reported(ACCOUNTS, "číslo účtu je 19-2000145399/0800"))
                .containsExactly("19-2000145399/0800");
        assertThat(reported(ACCOUNTS, "account number we discussed yesterday 00778812"))
                .as("too many other words")
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
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
                "account 123456789012345678901234567890",
                "invoice number 48213377",
                "claim number 48213377",
                "batch 48213377, lot 77812345",
                "reference 48213377",
                "customer called at 10:30 on 12/03/2021",
                "contract value 250000 EUR",
                "Kundennummer vom 12.03.2021",
                "customer number unknown, ticket 48213377"
            })
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
