package io.gatehouse.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * AgeDetector alone: age phrases and labels in nine languages, durations and doses that are no
 * ages, and the Safe Harbor limit.
 */
class AgeDetectorTest {

    private static final AgeDetector AGES = new AgeDetector();

    private static List<String> reported(String text) {
        List<Candidate> out = new ArrayList<>();
        AGES.detect(text, out);
        return out.stream()
                .filter(c -> c.score() >= PiiPolicy.DEFAULT_MIN_SCORE)
                .map(c -> text.substring(c.start(), c.end()))
                .toList();
    }

    private static double score(String text) {
        List<Candidate> out = new ArrayList<>();
        AGES.detect(text, out);
        assertThat(out).as(text).hasSize(1);
        return out.get(0).score();
    }

    @Test
    void agePhrasesGiveTheirNumber() {
        assertThat(
                        reported(
                                "a 45-year-old man, 45 year old, 92-year-old woman, 45 years of age, 45 years old, 3-month-old"))
                .containsExactly("45", "45", "92", "45", "45", "3");
        assertThat(reported("45 yo, 46 y/o, 47yo, 48 y.o., 49yoM, 50y, 51yrs"))
                .containsExactly("45", "46", "47", "48", "49", "50", "51");
        assertThat(score("a 45-year-old man")).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void labelsGiveJustTheNumber() {
        assertThat(
                        reported(
                                "aged 45; Age: 45; age 45; Alter: 45; âge : 45; edad: 45; età: 45; leeftijd: 45; wiek: 45; věk: 45"))
                .containsExactly("45", "45", "45", "45", "45", "45", "45", "45", "45", "45");
    }

    @Test
    void otherLanguages() {
        assertThat(
                        reported(
                                "Patient, 45 Jahre alt; ein 45-jähriger Mann; een 45-jarige vrouw; 45-letni pacjent; 45letý muž"))
                .containsExactly("45", "45", "45", "45", "45");
        assertThat(
                        reported(
                                "il a 45 ans; tiene 45 años; ha 45 anni; hij is 45 jaar; ma 45 lat; je mu 45 let; mit 45 Jahren"))
                .hasSize(7)
                .containsOnly("45");
        assertThat(
                        reported(
                                "turned 45, at the age of 46, Maria Rossi (47), Jan Novák, 48 years, Prague"))
                .containsExactly("45", "46", "47", "48");
        assertThat(reported("Section (3) and Patients (45), see Table (12)"))
                .as("counts in parentheses")
                .isEmpty();
        assertThat(score("il a 45 ans")).isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void agesSaidOfAPersonsNoun() {
        assertThat(
                        reported(
                                "a man of 45, una mujer de 46, con dolor. my son (7) and her daughter, 12, was there. My son is 13."))
                .containsExactly("45", "46", "7", "12", "13");
        assertThat(
                        reported(
                                "Pacjentka lat 45 zgłasza ból. Anna (47) and Tom (38). Patient 49, male, presented. 50, female."))
                .containsExactly("45", "47", "38", "49", "50");
        assertThat(reported("Ages 3 and 5")).containsExactly("3", "5");
        assertThat(
                        reported(
                                "padre de 3 hijos. a man of 3 words. Table (3). The group of 45 patients. a friend of 20 years."))
                .isEmpty();
        assertThat(
                        reported(
                                "my son is 12 kg. the man of 45 kg. Room (12). Figure (3). 45 male patients were seen."))
                .isEmpty();
    }

    @Test
    void aBareNumberAfterAtIsAnHourUnlessALifeEventIsNamed() {
        assertThat(reported("He will come in at 8. See you tonight at 7.")).isEmpty();
        assertThat(reported("She retired at 45.")).containsExactly("45");
        assertThat(reported("He learned to read at 4.")).containsExactly("4");
    }

    @Test
    void decadesOfALife() {
        assertThat(reported("a man in his 90s, a woman in her late 80's"))
                .containsExactly("90s", "80's");
        assertThat(reported("music of the 90s")).isEmpty();
    }

    @Test
    void durationsDosesAndCountsAreNoAges() {
        assertThat(
                        reported(
                                "for 45 years, 45 years ago, depuis 45 ans, il y a 45 ans, hace 45 años, durante 45 años, "
                                        + "da 45 anni, 45 anni fa, al 45 jaar, 45 jaar geleden, od 45 lat, 45 lat temu, před 45 let, seit 45 Jahren"))
                .isEmpty();
        assertThat(
                        reported(
                                "45 mg, 45 ml, 45 patients, (45), 45M revenue, it took 45 years, 3.5 years old, 2,45 ans"))
                .isEmpty();
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
    void appositionAfterAName() {
        assertThat(
                        reported(
                                "Mr Smith, 72, was admitted; Anna Nowak (45) came; Jana, 45, from Brno; Ms Dubois, 88; called"))
                .containsExactly("72", "45", "45", "88");
        assertThat(score("Mr Smith, 72, was admitted")).isBetween(0.65, 0.8);
        assertThat(
                        reported(
                                "Table, 45, 46; items 1, 2, 3; May, 12, 2020; Patients (45); Room 3, 12, 14"))
                .isEmpty();
    }

    @Test
    void clinicalShorthandWithASexLetter() {
        assertThat(
                        reported(
                                "45M presents with chest pain; 45 F, smoker; 45yo M; M/45; F, 45; 45/M; Pat. 45 m., Raucher"))
                .containsExactly("45", "45", "45", "45", "45", "45", "45");
        assertThat(
                        reported(
                                "45M revenue; $45M; EUR 45M raised; 45 m of rope; 45m walk; Temp 98 F; F, 45 kg; 45 F°"))
                .isEmpty();
    }

    @Test
    void abbreviatedYearWordsInManyLanguages() {
        assertThat(
                        reported(
                                "Pat., 45-j., Diabetiker; ein Mann, 45 J., kam; paciente de 45 a. con fiebre; "
                                        + "de heer, 45 jr, klaagt; pacjent, 45 l., zgłasza; pacient, 45 r., přichází"))
                .containsExactly("45", "45", "45", "45", "45", "45");
        assertThat(reported("il a 45 ans; tiene 45 años; ha 45 anni"))
                .containsExactly("45", "45", "45");
        assertThat(reported("45 l. Wasser wurden")).isEmpty();
        assertThat(reported("de 45 a 50 personas")).isEmpty();
    }

    @Test
    void spelledOutAgesGiveTheirWords() {
        assertThat(
                        reported(
                                "a forty-five-year-old man, ninety-two years old, a forty five year old, twenty-one-year-old"))
                .containsExactly("forty-five", "ninety-two", "forty five", "twenty-one");
        assertThat(
                        reported(
                                "Er ist fünfundvierzig Jahre alt; ein zweiundneunzigjähriger? no; aged sixty"))
                .containsExactly("fünfundvierzig", "sixty");
        assertThat(
                        reported(
                                "elle a quatre-vingt-douze ans; tiene cuarenta y cinco años; il a soixante-douze ans"))
                .containsExactly("quatre-vingt-douze", "cuarenta y cinco", "soixante-douze");
        assertThat(
                        reported(
                                "forty-five minutes later, for twenty years, ninety-two patients, depuis vingt ans, two and a half"))
                .isEmpty();
    }

    @Test
    void speakersGivingTheirAge() {
        assertThat(
                        reported(
                                "I'm 45 and tired. I am 45. she is 45! he's 45 now. turning 45 soon. I had my son at 45."))
                .containsExactly("45", "45", "45", "45", "45", "45");
        assertThat(reported("ich bin 45 und; tengo 45, y; ik ben 45."))
                .containsExactly("45", "45", "45");
        assertThat(
                        reported(
                                "I'm 45 minutes late. she is 45% sure. he's at 45 mph. meet at 45 Main St. I am 45:30 in. at 45 pm"))
                .isEmpty();
        assertThat(score("I'm 45 and tired")).isBetween(0.6, 0.75);
    }

    @Test
    void rangesGiveBothNumbers() {
        assertThat(
                        reported(
                                "aged between 40 and 45; aged 18 to 65; aged 50-60; 40 to 45 years old; 30-35-year-old"))
                .containsExactly("40", "45", "18", "65", "50", "60", "40", "45", "30", "35");
        assertThat(reported("between 40 and 45 patients, 40 to 45 mg")).isEmpty();
    }

    @Test
    void decadesInWordsAndInGerman() {
        assertThat(
                        reported(
                                "a woman in her forties, a man in his late eighties, in his mid-50s, Mitte 40, Anfang 30, "
                                        + "elle est dans la cinquantaine."))
                .containsExactly("forties", "eighties", "50s", "40", "30", "cinquantaine");
        assertThat(
                        reported(
                                "music of the forties, Anfang 40er Jahre, une cinquantaine de personnes, la cinquantaine de "
                                        + "participants, Ende 45"))
                .isEmpty();
    }

    @Test
    void safeHarborReadsTheNewSpans() {
        assertThat(AgeDetector.overSafeHarborLimit("ninety-two")).isTrue();
        assertThat(AgeDetector.overSafeHarborLimit("nineties")).isTrue();
        assertThat(AgeDetector.overSafeHarborLimit("quatre-vingt-douze")).isTrue();
        assertThat(AgeDetector.overSafeHarborLimit("einundneunzig")).isTrue();
        assertThat(AgeDetector.overSafeHarborLimit("eighty-nine")).isFalse();
        assertThat(AgeDetector.overSafeHarborLimit("forties")).isFalse();
        assertThat(AgeDetector.overSafeHarborLimit("cuarenta y cinco")).isFalse();
        assertThat(AgeDetector.overSafeHarborLimit("ninety-day-old")).isFalse();
    }

    @Test
    void shorthandOneByOne() {
        for (String text :
                List.of(
                        "45M presents with chest pain",
                        "45 F, smoker",
                        "45yo M",
                        "M/45",
                        "F, 45",
                        "45/M",
                        "Pat. 45 m., Raucher")) {
            assertThat(reported(text)).as(text).containsExactly("45");
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1",
                "45 ",
                "45-",
                "45 years ",
                "aged ",
                "in his 90s ",
                "forty-",
                "forty five ",
                "aged between ",
                "I'm 45 ",
                "Smith, 45, ",
                "45M, ",
                "M/45 ",
                "1-2-",
                "la ",
                "her forties ",
                "Mitte 40 ",
                "a man of 4 ",
                "son (4) ",
                "daughter, 4, ",
                "lat 4 ",
                "Patient 4, male, "
            })
    // a guard against super-linear scans of 1 MB, not a speed goal: linear work takes ~1 s of CPU,
    // quadratic work minutes; the bound leaves room for a machine under load (HostileInputTest)
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void hostileRunsFinish(String unit) {
        String text = unit.repeat(1_000_000 / unit.length());
        List<Candidate> out = new ArrayList<>();
        AGES.detect(text, out);
        assertThat(out.size()).isLessThanOrEqualTo(text.length());
        assertThat(out).allSatisfy(c -> assertThat(c.end() - c.start()).isLessThanOrEqualTo(40));
    }

    @Test
    void shortenedAndSpelledOutYearForms() {
        assertThat(
                        reported(
                                "a 45-y-o man; a 45-yrs-old woman; 46 yrs old; aged 47y; 48yo; im Alter von 49 Jahren"))
                .containsExactly("45", "45", "46", "47", "48", "49");
        assertThat(
                        reported(
                                "à l'âge de 50 ans; a los 51 años; all'età di 52 anni; op 53-jarige leeftijd; w wieku 54 lat; ve věku 55 let"))
                .containsExactly("50", "51", "52", "53", "54", "55");
        assertThat(reported("the 56-year-old's car")).containsExactly("56");
        assertThat(reported("exit 45-y road, 45 y and 3 z")).isEmpty();
    }
}
