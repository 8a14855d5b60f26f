package io.gatehouse.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** AgeDetector alone: age phrases and labels in nine languages, durations and doses that are no ages, and the Safe Harbor limit. */
class AgeDetectorTest {

    private static final AgeDetector AGES = new AgeDetector();

    private static List<String> reported(String text) {
        List<Candidate> out = new ArrayList<>();
        AGES.detect(text, out);
        return out.stream().filter(c -> c.score() >= PiiPolicy.DEFAULT_MIN_SCORE)
                .map(c -> text.substring(c.start(), c.end())).toList();
    }

    private static double score(String text) {
        List<Candidate> out = new ArrayList<>();
        AGES.detect(text, out);
        assertThat(out).as(text).hasSize(1);
        return out.get(0).score();
    }

    @Test
    void agePhrasesGiveTheirNumber() {
        assertThat(reported("a 45-year-old man, 45 year old, 92-year-old woman, 45 years of age, 45 years old, 3-month-old"))
                .containsExactly("45", "45", "92", "45", "45", "3");
        assertThat(reported("45 yo, 46 y/o, 47yo, 48 y.o., 49yoM, 50y, 51yrs")).containsExactly("45", "46", "47", "48", "49", "50", "51");
        assertThat(score("a 45-year-old man")).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void labelsGiveJustTheNumber() {
        assertThat(reported("aged 45; Age: 45; age 45; Alter: 45; âge : 45; edad: 45; età: 45; leeftijd: 45; wiek: 45; věk: 45"))
                .containsExactly("45", "45", "45", "45", "45", "45", "45", "45", "45", "45");
    }

    @Test
    void otherLanguages() {
        assertThat(reported("Patient, 45 Jahre alt; ein 45-jähriger Mann; een 45-jarige vrouw; 45-letni pacjent; 45letý muž"))
                .containsExactly("45", "45", "45", "45", "45");
        assertThat(reported("il a 45 ans; tiene 45 años; ha 45 anni; hij is 45 jaar; ma 45 lat; je mu 45 let; mit 45 Jahren"))
                .hasSize(7).containsOnly("45");
        assertThat(reported("turned 45, at the age of 46, Maria Rossi (47), Jan Novák, 48 years, Prague"))
                .containsExactly("45", "46", "47", "48");
        assertThat(reported("Section (3) and Patients (45), see Table (12)")).as("counts in parentheses").isEmpty();
        assertThat(score("il a 45 ans")).isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void decadesOfALife() {
        assertThat(reported("a man in his 90s, a woman in her late 80's")).containsExactly("90s", "80's");
        assertThat(reported("music of the 90s")).isEmpty();
    }

    @Test
    void durationsDosesAndCountsAreNoAges() {
        assertThat(reported("for 45 years, 45 years ago, depuis 45 ans, il y a 45 ans, hace 45 años, durante 45 años, "
                + "da 45 anni, 45 anni fa, al 45 jaar, 45 jaar geleden, od 45 lat, 45 lat temu, před 45 let, seit 45 Jahren"))
                .isEmpty();
        assertThat(reported("45 mg, 45 ml, 45 patients, (45), 45M revenue, it took 45 years, 3.5 years old, 2,45 ans")).isEmpty();
        assertThat(reported("aged 200, 0-year-old, 130 years old")).isEmpty();
    }

    @Test
    void theSafeHarborLimitIsNinety() {
        assertThat(AgeDetector.overSafeHarborLimit("92-year-old")).isTrue();
        assertThat(AgeDetector.overSafeHarborLimit("90")).isTrue();
        assertThat(AgeDetector.overSafeHarborLimit("90s")).isTrue();
        assertThat(AgeDetector.overSafeHarborLimit("89 years old")).isFalse();
        assertThat(AgeDetector.overSafeHarborLimit("45 Jahre alt")).isFalse();
        assertThat(AgeDetector.overSafeHarborLimit("95-day-old")).isFalse();
        assertThat(AgeDetector.overSafeHarborLimit("")).isFalse();
    }

    @Test
    @Timeout(5)
    void hostileRunsFinish() {
        for (String unit : List.of("1", "45 ", "45-", "45 years ", "aged ", "in his 90s ")) {
            String text = unit.repeat(1_000_000 / unit.length());
            List<Candidate> out = new ArrayList<>();
            AGES.detect(text, out);
            assertThat(out.size()).isLessThanOrEqualTo(text.length());
        }
    }
}
