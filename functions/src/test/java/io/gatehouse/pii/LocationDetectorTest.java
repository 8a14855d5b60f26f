package io.gatehouse.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** LocationDetector alone: places in several languages, multi-word names, and words that are places only sometimes. */
class LocationDetectorTest {

    private static final LocationDetector LOCATIONS = new LocationDetector();

    private static List<Candidate> candidates(String text) {
        List<Candidate> out = new ArrayList<>();
        LOCATIONS.detect(text, out);
        return out;
    }

    private static List<String> reported(String text) {
        return candidates(text).stream().filter(c -> c.score() >= PiiPolicy.DEFAULT_MIN_SCORE)
                .map(c -> text.substring(c.start(), c.end())).toList();
    }

    @Test
    void citiesRegionsAndCountriesInManyLanguages() {
        assertThat(reported("She was born in Leeds and now lives in San Francisco, California."))
                .containsExactly("Leeds", "San Francisco", "California");
        assertThat(reported("Er wohnt in Frankfurt am Main, vorher in München (Bayern)."))
                .containsExactly("Frankfurt am Main", "München", "Bayern");
        assertThat(reported("Elle habite à Saint-Étienne, près de Lyon.")).containsExactly("Saint-Étienne", "Lyon");
        assertThat(reported("Vive en Sevilla; trabajó en Barcelona.")).containsExactly("Sevilla", "Barcelona");
        assertThat(reported("Abita a Firenze, lavora a Milano.")).containsExactly("Firenze", "Milano");
        assertThat(reported("Hij woont in Utrecht, werkt in Rotterdam.")).containsExactly("Utrecht", "Rotterdam");
        assertThat(reported("Mieszka w Krakowie? Nie, w Gdańsku i Łódź.")).contains("Łódź");
        assertThat(reported("Bydlí v Brno, pracuje v Ústí nad Labem.")).containsExactly("Brno", "Ústí nad Labem");
        assertThat(reported("referred from Germany to Portugal")).containsExactly("Germany", "Portugal");
    }

    @Test
    void anUnknownTownBeforeAStateCodeIsATown() {
        assertThat(reported("seen in Palo Alto, CA and Smallville, KS")).containsExactly("Palo Alto", "Smallville");
    }

    @Test
    void aPlaceInsideAnOrganisationsNameIsNotReported() {
        assertThat(reported("admitted to Leeds General Infirmary; studied at the University of Leeds")).isEmpty();
    }

    @Test
    void cuesRaiseTheScore() {
        assertThat(candidates("in Leeds").get(0).score()).isEqualTo(LocationDetector.CUED);
        assertThat(candidates("Leeds office").get(0).score()).isEqualTo(LocationDetector.KNOWN);
    }

    @Test
    void placesThatAreCommonWordsNeedACue() {
        assertThat(reported("Reading the notes, Nice work. Mobile: 555. Bath time for Florence.")).isEmpty();
        assertThat(reported("She moved to Reading, then to Nice.")).containsExactly("Reading", "Nice");
        assertThat(reported("Victoria Smith called")).isEmpty();
    }

    @Test
    void lowerCaseWordsAndPartsOfWordsAreNotPlaces() {
        assertThat(reported("paris, berlin and the londoner")).isEmpty();
        assertThat(reported("Berliner Zeitung reports")).isEmpty();
    }

    @Test
    void hostileInputFinishesFast() {
        String[] hostile = {"San ".repeat(250_000), "New York ".repeat(100_000), "A".repeat(1_000_000), "in Leeds ".repeat(100_000)};
        for (String text : hostile) {
            long started = System.nanoTime();
            candidates(text);
            assertThat((System.nanoTime() - started) / 1_000_000).as("ms").isLessThan(3_000);
        }
    }
}
