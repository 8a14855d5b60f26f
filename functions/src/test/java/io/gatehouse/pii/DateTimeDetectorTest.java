package io.gatehouse.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * DateTimeDetector alone: numeric and written dates in nine languages, times, ranges, and the
 * numbers that are something else.
 */
class DateTimeDetectorTest {

    private static final DateTimeDetector DATES = new DateTimeDetector();

    /** Every span at or above the default minimum score. */
    private static List<String> reported(String text) {
        List<Candidate> out = new ArrayList<>();
        DATES.detect(text, out);
        return out.stream()
                .filter(c -> c.score() >= PiiPolicy.DEFAULT_MIN_SCORE)
                .map(c -> text.substring(c.start(), c.end()))
                .toList();
    }

    private static double score(String text) {
        List<Candidate> out = new ArrayList<>();
        DATES.detect(text, out);
        assertThat(out).as(text).hasSize(1);
        return out.get(0).score();
    }

    @Test
    void isoDatesAndTimestampsAreOneSpan() {
        assertThat(
                        reported(
                                "created 2024-03-02, synced 2024-03-02T22:41:09Z, at 2024-02-19 16:05 and 2024-02-19T16:05:33.120+01:00."))
                .containsExactly(
                        "2024-03-02",
                        "2024-03-02T22:41:09Z",
                        "2024-02-19 16:05",
                        "2024-02-19T16:05:33.120+01:00");
        assertThat(score("2024-03-02")).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void numericDatesInEitherOrderWithValidRanges() {
        assertThat(
                        reported(
                                "seen 03/04/1987, 14/03/2024, 02.03.1985, 14-03-2024, 3.4.87 and 12/25/10"))
                .containsExactly(
                        "03/04/1987",
                        "14/03/2024",
                        "02.03.1985",
                        "14-03-2024",
                        "3.4.87",
                        "12/25/10");
        assertThat(score("on 14/03/2024")).isGreaterThanOrEqualTo(0.8);
        assertThat(score("on 3.4.87")).isBetween(0.5, 0.8);
        assertThat(
                        reported(
                                "not dates: 32/01/2024, 13/13/2024, 30.02.2024, 2023-02-29, 2024-13-01, 00/10/2020"))
                .isEmpty();
        assertThat(reported("leap day 29.02.2024")).containsExactly("29.02.2024");
    }

    @Test
    void writtenDatesInEnglish() {
        assertThat(
                        reported(
                                "on March 3rd, the 3rd of March 2024, March 3, 1962, Mar. 2 1985, 12-Mar-2024, 2nd Feb and 1 Sept."))
                .containsExactly(
                        "March 3rd",
                        "3rd of March 2024",
                        "March 3, 1962",
                        "Mar. 2 1985",
                        "12-Mar-2024",
                        "2nd Feb",
                        "1 Sept.");
        assertThat(score("March 3, 1962")).isGreaterThanOrEqualTo(0.8);
        assertThat(score("March 3rd")).isGreaterThanOrEqualTo(0.8);
        assertThat(reported("Mar 2024 and March 2024")).containsExactly("Mar 2024", "March 2024");
    }

    @Test
    void writtenDatesInOtherLanguagesWithInflections() {
        assertThat(
                        reported(
                                "am 18. März 2024; le 3 mars 2024; el 3 de marzo de 2024; il 3 maggio 2024; op 3 maart 2024"))
                .containsExactly(
                        "18. März 2024",
                        "3 mars 2024",
                        "3 de marzo de 2024",
                        "3 maggio 2024",
                        "3 maart 2024");
        assertThat(
                        reported(
                                "dnia 3 marca 2024 r.; 5 stycznia; dne 3. března 2024; 1er février; 7 października 2023"))
                .containsExactly(
                        "3 marca 2024",
                        "5 stycznia",
                        "3. března 2024",
                        "1er février",
                        "7 października 2023");
        assertThat(reported("without accents: 3 brezna 2024, 12 fevrier, 9 Marz 2021"))
                .containsExactly("3 brezna 2024", "12 fevrier", "9 Marz 2021");
        assertThat(reported("Polish abbreviation with a year: 4 sty 2024; but no year: 4 sty"))
                .containsExactly("4 sty 2024");
    }

    @Test
    void aWeekdayAndATimeBelongToTheDate() {
        assertThat(
                        reported(
                                "Tuesday, 6 February 2024 08:14 / Sat 10 Aug / Montag, 18. März / Mo., 18.03. / mercredi 3 avril"))
                .containsExactly(
                        "Tuesday, 6 February 2024 08:14",
                        "Sat 10 Aug",
                        "Montag, 18. März",
                        "Mo., 18.03.",
                        "mercredi 3 avril");
        assertThat(reported("Monday 8:30 and March 3 at 3 pm and 03/04/1987, 8:30 am"))
                .containsExactly("Monday 8:30", "March 3 at 3 pm", "03/04/1987, 8:30 am");
        assertThat(reported("we do 3 things on Mo 3")).isEmpty();
    }

    @Test
    void rangesWrittenAsOnePhrase() {
        assertThat(
                        reported(
                                "from 3–8 March 2024, 2. bis 9. Februar 2024, March 3-8, 2024, du 3 au 8 mars"))
                .containsExactly(
                        "3–8 March 2024",
                        "2. bis 9. Februar 2024",
                        "March 3-8, 2024",
                        "3 au 8 mars");
        assertThat(reported("2024-03-02 to 2024-03-05"))
                .containsExactly("2024-03-02 to 2024-03-05");
    }

    @Test
    void partialDatesAndCardExpiry() {
        assertThat(reported("since 03/2024 and 11.2023")).containsExactly("03/2024", "11.2023");
        assertThat(reported("card exp 09/27, valid thru 12/29")).containsExactly("09/27", "12/29");
        assertThat(reported("score 09/27 and 5/10 pain")).as("no expiry cue").isEmpty();
        assertThat(reported("am 18.03. um 9 Uhr")).containsExactly("18.03. um 9 Uhr");
        assertThat(reported("the value was 3.12. Then"))
                .as("a dotted pair without a cue is as often a number")
                .isEmpty();
    }

    @Test
    void timesAlone() {
        assertThat(
                        reported(
                                "at 16:05, 8:30 am, 3 pm, 8am-12pm, 14 Uhr, 14.30 Uhr, 14h30, 10:30:00 UTC, 16:00 - 18:30"))
                .containsExactly(
                        "16:05",
                        "8:30 am",
                        "3 pm",
                        "8am-12pm",
                        "14 Uhr",
                        "14.30 Uhr",
                        "14h30",
                        "10:30:00 UTC",
                        "16:00 - 18:30");
        assertThat(score("at 16:05")).isBetween(0.6, 0.7);
        assertThat(reported("not times: 25:00, 12:75, 13 pm, 3 h, 14.30 alone, 1:2 ratio"))
                .isEmpty();
    }

    @Test
    void yearsAloneOnlyWithAPersonsCue() {
        assertThat(reported("born in 1985; diagnosed in 2019; seit 2010; depuis 2015"))
                .containsExactly("1985", "2019", "2010", "2015");
        assertThat(score("in 2019 the plan changed")).isLessThan(0.5);
        assertThat(reported("a 2019 Honda Civic, 2019-2020 season, 1990s, page 2000, $2019"))
                .isEmpty();
    }

    @Test
    void birthCuesRaiseTheScore() {
        assertThat(score("DOB: 03/14/1985")).isGreaterThanOrEqualTo(0.95);
        assertThat(score("geboren am 3.4.87")).isGreaterThanOrEqualTo(0.95);
        assertThat(reported("Geburtsdatum 19850314")).containsExactly("19850314");
        assertThat(reported("order 19850314")).isEmpty();
    }

    @Test
    void lookAlikesAreNotDates() {
        assertThat(
                        reported(
                                "v1.2.3, version 1.2.10, 10.0.0.12, 192.168.1.1, 3.14, 1.5 mg, pi 3.14159, E11.9, K21.9, BP 120/80"))
                .isEmpty();
        assertThat(
                        reported(
                                "phone 06-12-34-56-78, 212.555.0199, 030 1234567, ref INV-2024-03-02, ID 2024-03-02-7, 2024-03-02abc"))
                .isEmpty();
        assertThat(
                        reported(
                                "3 days, 45 years, 12 March-like codes AB12/03/2024, Hb 12.5, score 3:2"))
                .isEmpty();
        assertThat(reported("you may 3 times, we march 5 miles, set 10 reps, 5 ago")).isEmpty();
    }

    @Test
    void monthsAloneNeedAPreposition() {
        assertThat(reported("in March, im Mai, en marzo")).containsExactly("March", "Mai", "marzo");
        assertThat(reported("March forward. May I? The mars rover")).isEmpty();
    }

    @Test
    void weekdaysAloneAreDates() {
        assertThat(
                        reported(
                                "See you on Monday. Next Tuesday works. Am Montag kommt er. On se voit lundi. Nos vemos el martes."))
                .containsExactly("Monday", "Tuesday", "Montag", "lundi", "martes");
        assertThat(reported("open Monday to Friday, Mon–Fri, na segunda-feira"))
                .containsExactly("Monday to Friday", "Mon–Fri", "segunda-feira");
        assertThat(reported("Friday at 3 pm")).containsExactly("Friday at 3 pm");
        assertThat(
                        reported(
                                "Good Friday, Black Friday sales, Sunday school, The Sunday Times, Mardi Gras, Cyber Monday"))
                .isEmpty();
        assertThat(reported("we sat down on Wed? no: the sun, a segunda opção, quinta casa"))
                .isEmpty();
    }

    @Test
    void dayAndMonthWithASlashNeedACue() {
        assertThat(reported("The appointment is on 3/14. Seen again on 12/05, due 14/3, Tue 3/4"))
                .containsExactly("3/14", "12/05", "14/3", "Tue 3/4");
        assertThat(
                        reported(
                                "Take 1/2 tablet. Mix 3/4 cup. The score was 3/4. BP 120/80 on admission. He scored 7/10 on the test."))
                .isEmpty();
        assertThat(
                        reported(
                                "Read chapter 3/14. Room 3/14 is free. 1/3 of patients on 2/3 of days. Open 24/7. Pain 5/10 on day 2"))
                .isEmpty();
    }

    @Test
    void ordinalDaysAfterThe() {
        assertThat(reported("On the 3rd we met; paid by the 21st. See you on the 14th at 9"))
                .containsExactly("3rd", "21st", "14th", "9");
        assertThat(
                        reported(
                                "She finished 3rd. He lives on the 3rd floor. The 2nd time. On the 1st try. The 21st century."))
                .isEmpty();
    }

    @Test
    void bareHoursAfterATimePreposition() {
        assertThat(
                        reported(
                                "He will come in at 8. Kommt um 9. Rendez-vous à 14h. a las 5 de la tarde. at 8 o'clock, vers 9h-12h"))
                .containsExactly("8", "9", "14h", "5", "8 o'clock", "9h-12h");
        assertThat(
                        reported(
                                "at 8 weeks pregnant, at 8 degrees, lives at 8 Baker Street, stopped at 8 mg, left school at 16."))
                .isEmpty();
        assertThat(
                        reported(
                                "It rose at 5, then at 6. The score stood at 3 and 2. Python v 3. pendant 2h, for 3h"))
                .isEmpty();
    }

    @Test
    void seasonsWithAYearAndMonthsAfterAPhrase() {
        assertThat(reported("in spring 2023, Sommer 2022, summer of 2021, otoño de 2020"))
                .containsExactly("spring 2023", "Sommer 2022", "summer of 2021", "otoño de 2020");
        assertThat(reported("by the end of May")).containsExactly("May");
        assertThat(reported("spring cleaning, the summer, 2023 spring")).isEmpty();
    }

    @Test
    void yearOfASpan() {
        assertThat(DateTimeDetector.yearOf("2024-03-02T22:41:09Z")).isEqualTo(OptionalInt.of(2024));
        assertThat(DateTimeDetector.yearOf("3.4.87")).isEqualTo(OptionalInt.of(1987));
        assertThat(DateTimeDetector.yearOf("Tuesday, 6 February 2024 08:14"))
                .isEqualTo(OptionalInt.of(2024));
        assertThat(DateTimeDetector.yearOf("3 de marzo de 2024")).isEqualTo(OptionalInt.of(2024));
        assertThat(DateTimeDetector.yearOf("March 2024")).isEqualTo(OptionalInt.of(2024));
        assertThat(DateTimeDetector.yearOf("09/27")).isEqualTo(OptionalInt.of(2027));
        assertThat(DateTimeDetector.yearOf("1985")).isEqualTo(OptionalInt.of(1985));
        assertThat(DateTimeDetector.yearOf("March 3rd")).isEmpty();
        assertThat(DateTimeDetector.yearOf("16:05")).isEmpty();
    }

    @Test
    // a guard against super-linear scans of 1 MB, not a speed goal: linear work takes ~1 s of CPU,
    // quadratic work minutes; the bound leaves room for a machine under load (HostileInputTest)
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void hostileRunsOfTheCuedShortFormsFinish() {
        for (String unit :
                List.of(
                        "on 3/4 ",
                        "at 8 ",
                        "the 3rd ",
                        "9h-",
                        "Monday to ",
                        "spring ",
                        "Mon-",
                        "um 9, ")) {
            String text = unit.repeat(1_000_000 / unit.length());
            List<Candidate> out = new ArrayList<>();
            DATES.detect(text, out);
            assertThat(out.size()).as(unit).isLessThanOrEqualTo(text.length());
        }
    }

    @Test
    // a guard against super-linear scans of 1 MB, not a speed goal: linear work takes ~1 s of CPU,
    // quadratic work minutes; the bound leaves room for a machine under load (HostileInputTest)
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void hostileRunsFinish() {
        for (String unit :
                List.of(
                        "1",
                        "1/",
                        "1.",
                        "12-",
                        "1:",
                        "12 ",
                        "3 March ",
                        "Monday, ",
                        "1/1/1990 ",
                        "2024-03-02T")) {
            String text = unit.repeat(1_000_000 / unit.length());
            List<Candidate> out = new ArrayList<>();
            DATES.detect(text, out);
            assertThat(out.size()).as(unit).isLessThanOrEqualTo(text.length());
        }
    }
}
