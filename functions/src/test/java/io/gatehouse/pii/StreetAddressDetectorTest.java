package io.gatehouse.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * StreetAddressDetector alone: the street forms of each language, what follows them, and the
 * look-alikes.
 */
class StreetAddressDetectorTest {

    private static final StreetAddressDetector ADDRESSES = new StreetAddressDetector();

    private static List<Candidate> candidates(String text) {
        List<Candidate> out = new ArrayList<>();
        ADDRESSES.detect(text, out);
        return out;
    }

    /** The text of every candidate at or above the default minimum score. */
    private static List<String> reported(String text) {
        return candidates(text).stream()
                .filter(c -> c.score() >= PiiPolicy.DEFAULT_MIN_SCORE)
                .map(c -> text.substring(c.start(), c.end()))
                .toList();
    }

    private static double score(String text) {
        List<Candidate> out = candidates(text);
        assertThat(out).hasSize(1);
        return out.get(0).score();
    }

    @Test
    void englishStreetsWithTheirTownsStatesAndPostcodes() {
        assertThat(reported("He lived at 221B Baker Street, London for years."))
                .containsExactly("221B Baker Street, London");
        assertThat(reported("Send it to 1600 Pennsylvania Ave NW, Washington, DC 20500 today"))
                .containsExactly("1600 Pennsylvania Ave NW, Washington, DC 20500");
        assertThat(reported("Address: Flat 3, 12 Mill Lane, Leeds LS6 2AB"))
                .containsExactly("Flat 3, 12 Mill Lane, Leeds LS6 2AB");
        assertThat(reported("office at 350 5th Avenue, Suite 200, New York, NY 10118"))
                .containsExactly("350 5th Avenue, Suite 200, New York, NY 10118");
        assertThat(reported("moved to 42 Oak Court, Springfield, IL 62704 last May"))
                .containsExactly("42 Oak Court, Springfield, IL 62704");
        assertThat(reported("19 Queen St. W, Toronto, ON M5H 2N2"))
                .containsExactly("19 Queen St. W, Toronto, ON M5H 2N2");
        assertThat(reported("mail to PO Box 123, Anytown")).containsExactly("PO Box 123, Anytown");
        assertThat(reported("mail to PO Box 123, Tom says")).containsExactly("PO Box 123");
        assertThat(score("12 Mill Lane")).isEqualTo(StreetAddressDetector.TYPED);
        assertThat(score("12 Mill Lane, Leeds LS6 2AB"))
                .isEqualTo(StreetAddressDetector.WITH_PLACE);
        assertThat(score("P.O. Box 4471")).isEqualTo(StreetAddressDetector.PO_BOX);
    }

    @Test
    void germanStreetsGlueOrSeparateTheirType() {
        assertThat(reported("Sie wohnt in der Hauptstraße 12, 10115 Berlin."))
                .containsExactly("Hauptstraße 12, 10115 Berlin");
        assertThat(reported("Praxis Am Markt 3a, 50667 Köln"))
                .containsExactly("Am Markt 3a, 50667 Köln");
        assertThat(reported("Lindenallee 5 und Berliner Str. 17a, München"))
                .containsExactly("Lindenallee 5", "Berliner Str. 17a, München");
        assertThat(reported("An der Alster 12, 20099 Hamburg"))
                .containsExactly("An der Alster 12, 20099 Hamburg");
        assertThat(score("Kaiser-Wilhelm-Allee 7")).isEqualTo(StreetAddressDetector.TYPED);
        assertThat(score("die Lindenstraße")).isEqualTo(StreetAddressDetector.COMPOUND_ONLY);
    }

    @Test
    void frenchSpanishItalianAndPortugueseStreetsOpenWithTheirType() {
        assertThat(reported("Rendez-vous au 12 rue de la Paix, 75002 Paris."))
                .containsExactly("12 rue de la Paix, 75002 Paris");
        assertThat(reported("au 3 bis avenue Victor Hugo"))
                .containsExactly("3 bis avenue Victor Hugo");
        assertThat(reported("Vive en Calle Mayor 5, 3º B, 28013 Madrid"))
                .containsExactly("Calle Mayor 5, 3º B, 28013 Madrid");
        assertThat(reported("Avda. de la Constitución 12, Sevilla"))
                .containsExactly("Avda. de la Constitución 12, Sevilla");
        assertThat(reported("Abita in Via Roma 10, 00184 Roma"))
                .containsExactly("Via Roma 10, 00184 Roma");
        assertThat(reported("ci vediamo in Piazza Garibaldi 3"))
                .containsExactly("Piazza Garibaldi 3");
        assertThat(reported("Rua Augusta, 120, 1100-048 Lisboa"))
                .containsExactly("Rua Augusta, 120, 1100-048 Lisboa");
        assertThat(score("Piazza Garibaldi")).isEqualTo(StreetAddressDetector.NAME_ONLY);
    }

    @Test
    void dutchPolishCzechAndSwedishStreets() {
        assertThat(reported("Keizersgracht 123, 1015 CJ Amsterdam"))
                .containsExactly("Keizersgracht 123, 1015 CJ Amsterdam");
        assertThat(reported("ul. Marszałkowska 10/12, 00-590 Warszawa"))
                .containsExactly("ul. Marszałkowska 10/12, 00-590 Warszawa");
        assertThat(reported("Václavské náměstí 12, 110 00 Praha 1"))
                .containsExactly("Václavské náměstí 12, 110 00 Praha 1");
        assertThat(reported("Drottninggatan 5, 111 51 Stockholm"))
                .containsExactly("Drottninggatan 5, 111 51 Stockholm");
        assertThat(reported("Na Příkopě 12")).containsExactly("Na Příkopě 12");
    }

    @Test
    void roomsTabletsGamesCompaniesAndDatesAreNotAddresses() {
        assertThat(reported("Patient in Room 12, take 2 tablets twice daily")).isEmpty();
        assertThat(reported("He plays Street Fighter 2 all day")).isEmpty();
        assertThat(reported("Seen on 12 May 2021 and 3 March")).isEmpty();
        assertThat(reported("Acme Holdings Ltd 2023 annual report, 5 Court Decisions")).isEmpty();
        assertThat(reported("There are 3 ways to park, see 2 place settings")).isEmpty();
        assertThat(reported("we met via Zoom 3 times")).isEmpty();
        assertThat(reported("In Chapter 3 the author")).isEmpty();
    }

    @Test
    void aPracticeNameBeforeTheAddressStaysOut() {
        assertThat(reported("Riverside Family Practice, 45 Elm Road, Bristol BS1 4DJ"))
                .containsExactly("45 Elm Road, Bristol BS1 4DJ");
    }

    @Test
    void theNextLineJoinsOnlyWhenItOpensWithAPostcodeOrATownAndPostcode() {
        assertThat(reported("12 Mill Lane\nLeeds LS6 2AB"))
                .containsExactly("12 Mill Lane\nLeeds LS6 2AB");
        assertThat(reported("Hauptstraße 12\n10115 Berlin"))
                .containsExactly("Hauptstraße 12\n10115 Berlin");
        assertThat(reported("12 Mill Lane\nLeeds is lovely\nThanks"))
                .containsExactly("12 Mill Lane");
        assertThat(reported("221B Baker Street\nLondon\n"))
                .containsExactly("221B Baker Street\nLondon");
    }

    @Test
    void americanDirectionsAndAbbreviationsInsideTheName() {
        assertThat(reported("500 W. Madison St., Chicago, IL 60661"))
                .containsExactly("500 W. Madison St., Chicago, IL 60661");
        assertThat(reported("12 St. Mary's Road")).containsExactly("12 St. Mary's Road");
        assertThat(reported("Schillerstr. 7 in 80336 München"))
                .containsExactly("Schillerstr. 7 in 80336 München");
        assertThat(score("Baker Street, London")).isEqualTo(StreetAddressDetector.WEAK_WITH_PLACE);
    }

    @Test
    void chatWritesStreetsInLowerCase() {
        assertThat(reported("i live at 42 elm street now")).containsExactly("42 elm street");
        assertThat(score("42 elm street")).isEqualTo(StreetAddressDetector.LOWER_CASE);
        assertThat(reported("take 2 tablets by mouth, 3 way street")).isEmpty();
    }

    @Test
    void envelopeFormsUnitsAndCodesAfterTheTown() {
        assertThat(reported("8 avenue des Champs-Élysées, 75008 PARIS, France"))
                .containsExactly("8 avenue des Champs-Élysées, 75008 PARIS, France");
        assertThat(reported("C/ Gran Vía, 28, 2º izq., 28013 Madrid"))
                .containsExactly("C/ Gran Vía, 28, 2º izq., 28013 Madrid");
        assertThat(reported("Corso Vittorio Emanuele II 45, 10125 Torino TO"))
                .containsExactly("Corso Vittorio Emanuele II 45, 10125 Torino TO");
        assertThat(reported("ul. Długa 5 m. 3, 80-827 Gdańsk"))
                .containsExactly("ul. Długa 5 m. 3, 80-827 Gdańsk");
        assertThat(reported("Rua das Flores, 45 - 4050-262 Porto"))
                .containsExactly("Rua das Flores, 45 - 4050-262 Porto");
        assertThat(reported("23 Queen's Road, Bristol BS8 1QE, UK"))
                .containsExactly("23 Queen's Road, Bristol BS8 1QE, UK");
        assertThat(reported("Flat 2, 7 Rose Lane, Little Snoring NR21 0AA"))
                .containsExactly("Flat 2, 7 Rose Lane, Little Snoring NR21 0AA");
    }

    @Test
    void theAddressReachesItsUnitsDistrictsTownsRegionsPostcodesAndCountry() {
        assertThat(reported("Flat 2, Rose Court, 14 High Street, Leeds LS6 2AB"))
                .containsExactly("Flat 2, Rose Court, 14 High Street, Leeds LS6 2AB");
        assertThat(reported("Apt 4B, 350 5th Ave, New York, NY 10118"))
                .containsExactly("Apt 4B, 350 5th Ave, New York, NY 10118");
        assertThat(reported("Musterstr. 5, 3. OG, 80331 München"))
                .containsExactly("Musterstr. 5, 3. OG, 80331 München");
        assertThat(reported("C/ Mayor 5, 2º Izq., 28013 Madrid (España)"))
                .containsExactly("C/ Mayor 5, 2º Izq., 28013 Madrid (España)");
        assertThat(reported("Keizersgracht 123 2h, 1015 CJ Amsterdam"))
                .containsExactly("Keizersgracht 123 2h, 1015 CJ Amsterdam");
        assertThat(reported("Herengracht 5-II, 1017 BT Amsterdam, Nederland"))
                .containsExactly("Herengracht 5-II, 1017 BT Amsterdam, Nederland");
        assertThat(reported("Rue Neuve 12 bte 3, 1000 Bruxelles"))
                .containsExactly("Rue Neuve 12 bte 3, 1000 Bruxelles");
        assertThat(reported("ul. Marszałkowska 10, Warszawa 00-590, Polska"))
                .containsExactly("ul. Marszałkowska 10, Warszawa 00-590, Polska");
        assertThat(reported("221B Baker Street, Marylebone, London NW1 6XE, England"))
                .containsExactly("221B Baker Street, Marylebone, London NW1 6XE, England");
        assertThat(reported("55 Main Street, Smalltown, Ontario K1A 0B1, Canada"))
                .containsExactly("55 Main Street, Smalltown, Ontario K1A 0B1, Canada");
        assertThat(reported("12 George Street, Sydney NSW 2000, Australia"))
                .containsExactly("12 George Street, Sydney NSW 2000, Australia");
        assertThat(reported("Lindenweg 4, 3012 Bern, Schweiz"))
                .containsExactly("Lindenweg 4, 3012 Bern, Schweiz");
        assertThat(reported("Via Roma 10, 20121 Milano MI, Italia"))
                .containsExactly("Via Roma 10, 20121 Milano MI, Italia");
        assertThat(reported("8 avenue des Champs-Élysées, 75008 Paris 8e"))
                .containsExactly("8 avenue des Champs-Élysées, 75008 Paris 8e");
        assertThat(reported("Patient lives at 4 Elm Road, Smalltown. Seen today."))
                .containsExactly("4 Elm Road, Smalltown");
        assertThat(score("45 Elm Road, Stoke Bishop, Bristol BS9 1AB"))
                .isEqualTo(StreetAddressDetector.WITH_PLACE);
        assertThat(reported("Rue Neuve 12, B-1000 Bruxelles"))
                .containsExactly("Rue Neuve 12, B-1000 Bruxelles");
        assertThat(reported("Bahnhofstrasse 1, CH-8001 Zürich"))
                .containsExactly("Bahnhofstrasse 1, CH-8001 Zürich");
        assertThat(reported("Kärntner Straße 5, A-1010 Wien"))
                .containsExactly("Kärntner Straße 5, A-1010 Wien");
        assertThat(reported("1600 Pennsylvania Avenue N.W., Washington, D.C. 20500"))
                .containsExactly("1600 Pennsylvania Avenue N.W., Washington, D.C. 20500");
        assertThat(reported("5 rue Victor Hugo, 69002 Lyon Cedex 02"))
                .containsExactly("5 rue Victor Hugo, 69002 Lyon Cedex 02");
        assertThat(reported("12 Mill Lane, Leeds, West Yorkshire, LS6 2AB"))
                .containsExactly("12 Mill Lane, Leeds, West Yorkshire, LS6 2AB");
        assertThat(reported("Hauptstraße 12, ID-12 Berlin")).containsExactly("Hauptstraße 12");
    }

    @Test
    void houseNamesBeforeTheStreetAndStreetsWithoutAType() {
        assertThat(reported("The meeting is at Ivy House, 5 Church Road, York YO1 7HH."))
                .containsExactly("Ivy House, 5 Church Road, York YO1 7HH");
        assertThat(reported("Sokolská 12, 120 00 Praha 2"))
                .containsExactly("Sokolská 12, 120 00 Praha 2");
        assertThat(reported("Storgata 5, 0155 Oslo")).containsExactly("Storgata 5, 0155 Oslo");
        assertThat(reported("Room 12, 10115 Berlin")).isEmpty();
        assertThat(reported("Chapter 3, 10000 words")).isEmpty();
        assertThat(reported("Sokolská 12 is closed")).isEmpty();
    }

    @Test
    void anAddressBlockRunsOverItsLines() {
        assertThat(reported("12 Mill Lane\nHeadingley\nLeeds\nLS6 2AB\n\nDear Sir"))
                .containsExactly("12 Mill Lane\nHeadingley\nLeeds\nLS6 2AB");
        assertThat(reported("Bahnhofstraße 3\n3. Stock\n80335 München"))
                .containsExactly("Bahnhofstraße 3\n3. Stock\n80335 München");
        assertThat(reported("Dr. Jan Novák\nSokolská 12\n120 00 Praha 2\nCzech Republic\nTel: 123"))
                .containsExactly("Sokolská 12\n120 00 Praha 2\nCzech Republic");
        assertThat(reported("Hauptstraße 12\n10115 Berlin\nDeutschland\n\nMit freundlichen Grüßen"))
                .containsExactly("Hauptstraße 12\n10115 Berlin\nDeutschland");
        assertThat(reported("12 Mill Lane\nHeadingley is nice\nLeeds"))
                .containsExactly("12 Mill Lane");
        assertThat(reported("12 Baker Street, Tom said it was fine"))
                .containsExactly("12 Baker Street");
        assertThat(reported("Sent to 14 High Street. Thanks, Mary"))
                .containsExactly("14 High Street");
    }

    @Test
    void numberWordsInitialsSpacedLettersAndRangesKeepTheAddressGoingToItsTown() {
        String[] whole = {
            "Via Roma n. 5, 00184 Roma",
            "Calle Mayor, nº 12, 28013 Madrid",
            "Calle Mayor s/n, 28013 Madrid",
            "Plaza Mayor, s/n, 37002 Salamanca",
            "Rue de la Paix n° 3, 75002 Paris",
            "Hauptstraße Nr. 5, 10115 Berlin",
            "Via G. Verdi, 10 – 20121 Milano (MI)",
            "Corso Italia 5/A, 20122 Milano",
            "Kerkstraat 12 A, 1017 GB Amsterdam",
            "Storgatan 1 A, 111 22 Stockholm",
            "Hauptstraße 12 – 14, 10115 Berlin",
            "Prinsengracht 263-267, 1016 GV Amsterdam",
            "Na Příkopě 853/12, 110 00 Praha 1 - Nové Město",
            "ul. Długa 12 m. 5, 00-238 Warszawa",
            "Flat 3\n12 Mill Lane\nLeeds\nLS6 2AB",
            "123 Main St., Apt. 4B, Springfield, IL 62704, USA",
            "Drottninggatan 53, 111 21 Stockholm",
            "Rua Augusta, 274, 1100-053 Lisboa",
            "C/ Mayor, 5, 1º Izq., 28013 Madrid",
            "Hauptstraße 12 | 10115 Berlin",
            "Drottninggatan 53 | 111 21 Stockholm | Sweden",
            "Hauptstraße 12 / 10115 Berlin",
            "Bahnhofstraße, 80335 München",
            "12 rue de la Paix, 75002 PARIS",
            "Rua do Ouro, nº 12, 1100-060 Lisboa"
        };
        for (String address : whole) {
            assertThat(reported("Anschrift: " + address)).as(address).containsExactly(address);
            assertThat(score(address)).as(address).isEqualTo(StreetAddressDetector.WITH_PLACE);
        }
        assertThat(reported("c/o Müller\nHauptstraße 12\n10115 Berlin"))
                .containsExactly("Hauptstraße 12\n10115 Berlin");
        assertThat(reported("Rua das Flores, 45 - 4050-262 Porto"))
                .containsExactly("Rua das Flores, 45 - 4050-262 Porto");
        assertThat(reported("Room 12, Building 3")).isEmpty();
        assertThat(reported("Room 12 / Building 3")).isEmpty();
        assertThat(reported("Table 5, page 12")).isEmpty();
        assertThat(reported("Chapter 3 | 10000 words")).isEmpty();
        assertThat(reported("On 12 March, 2020 we met")).isEmpty();
        assertThat(reported("the notes 2 and 3 are no. 5 of the series")).isEmpty();
    }

    @Test
    void hostileInputFinishesFast() {
        String[] hostile = {
            "1 ".repeat(500_000),
            "Aaaa ".repeat(200_000),
            "12 Baker ".repeat(100_000),
            "Calle de la de la de ".repeat(50_000),
            "x".repeat(1_000_000),
            "Straße".repeat(150_000),
            "Rose House, ".repeat(80_000),
            "Aaaa 1, ".repeat(120_000),
            "12 Mill Lane, Aaaa, ".repeat(50_000),
            "Hauptstraße 1\nAaaa\n".repeat(50_000),
            "1 Aa Street 2h 3h 4h ".repeat(50_000),
            "Via Roma n. ".repeat(80_000),
            "Via G. ".repeat(150_000),
            "Flat 3\n".repeat(100_000)
        };
        for (String text : hostile) {
            long started = System.nanoTime();
            candidates(text);
            assertThat((System.nanoTime() - started) / 1_000_000).as("ms").isLessThan(2_000);
        }
    }

    @Test
    void aStreetWithNoTypeBeforeAListedTownIsAnAddress() {
        assertThat(reported("Adres: Wiejska 4, Warszawa")).containsExactly("Wiejska 4, Warszawa");
        assertThat(reported("Bydlí na adrese Husova 5, Brno.")).containsExactly("Husova 5, Brno");
        assertThat(reported("Wohnung: Lange Reihe 7, Hamburg"))
                .containsExactly("Lange Reihe 7, Hamburg");
        assertThat(candidates("Wiejska 4, Warszawa").get(0).score())
                .isEqualTo(StreetAddressDetector.UNTYPED_WITH_TOWN);
        // near misses: chapters, seasons, versions, a given name, a town that is no listed one
        assertThat(
                        reported(
                                "Chapter 5, London. Season 2, Berlin. Anna 5, Berlin. Version 3, Paris. Aaaa 4, Bbbbb."))
                .isEmpty();
    }

    @Test
    void aTownWrittenBeforeTheStreetBelongsToTheAddress() {
        assertThat(reported("Nasz oddział: Kraków, ul. Floriańska 3, tel. 12 345 67 89"))
                .containsExactly("Kraków, ul. Floriańska 3");
        assertThat(reported("Anschrift: 10115 Berlin, Hauptstraße 5"))
                .containsExactly("10115 Berlin, Hauptstraße 5");
        assertThat(reported("London, 10 Downing Street"))
                .containsExactly("London, 10 Downing Street");
        assertThat(reported("Madrid, Calle Mayor 5")).containsExactly("Madrid, Calle Mayor 5");
        assertThat(candidates("Paris, 12 rue de Rivoli").get(0).score())
                .isEqualTo(StreetAddressDetector.WITH_PLACE);
        assertThat(reported("We flew to London, 10 people came. In Berlin, Hauptstraße is long."))
                .isEmpty();
    }

    @Test
    void connectorsJoinAStreetToItsTownInEachLanguage() {
        assertThat(reported("Abito in via Roma 15 a Firenze."))
                .containsExactly("via Roma 15 a Firenze");
        assertThat(reported("Woont aan de Dorpsstraat 12 te Zeist."))
                .containsExactly("Dorpsstraat 12 te Zeist");
        assertThat(reported("Vive en Calle Mayor 3 en Madrid"))
                .containsExactly("Calle Mayor 3 en Madrid");
        assertThat(reported("Wohnt in der Hauptstraße 5 in 80331 München."))
                .containsExactly("Hauptstraße 5 in 80331 München");
        // a connector not followed by a town or a postcode is left out
        assertThat(reported("12 Baker Street in a hurry")).containsExactly("12 Baker Street");
    }

    @Test
    void lowerCaseStreetTypesAfterAPrepositionNeedTheirNumber() {
        assertThat(reported("abito in via Garibaldi 22")).containsExactly("via Garibaldi 22");
        assertThat(reported("Mieszka na ulicy Długiej 5, Warszawa."))
                .containsExactly("ulicy Długiej 5, Warszawa");
        assertThat(reported("Spotkanie: Rynek Główny 1, 31-042 Kraków"))
                .containsExactly("Rynek Główny 1, 31-042 Kraków");
        assertThat(reported("we met in via Zoom, sent via Skype 2 files, in via Roma")).isEmpty();
    }

    @Test
    void postBoxesInPairsIrishCountiesAndEircodes() {
        assertThat(reported("Postanschrift: Postfach 10 20 30, 10115 Berlin"))
                .containsExactly("Postfach 10 20 30, 10115 Berlin");
        assertThat(reported("Address: 12 Harbour View, Kinsale, Co. Cork, P17 KX52"))
                .containsExactly("12 Harbour View, Kinsale, Co. Cork, P17 KX52");
    }

    @Test
    void theWordsAfterAnAddressThatAreNoTownStayOut() {
        assertThat(reported("Friedrichstraße 123, 10117 Berlin | Tel. +49 30 1234567"))
                .containsExactly("Friedrichstraße 123, 10117 Berlin");
        assertThat(reported("12 Mill Lane, Leeds | Fax 0113 496 0000"))
                .containsExactly("12 Mill Lane, Leeds");
    }

    @Test
    void semicolonsSpacedDashesAndOneEmptyLineInsideAnAddress() {
        assertThat(reported("Hauptstraße 5; 80331 München"))
                .containsExactly("Hauptstraße 5; 80331 München");
        assertThat(reported("Calle Mayor 5 - 28013 - Madrid"))
                .containsExactly("Calle Mayor 5 - 28013 - Madrid");
        assertThat(reported("742 Evergreen Terrace\n\nSpringfield, IL 62704"))
                .containsExactly("742 Evergreen Terrace\n\nSpringfield, IL 62704");
        // the next line or clause is taken only when it holds address parts alone
        assertThat(reported("742 Evergreen Terrace\n\nSpringfield is nice"))
                .containsExactly("742 Evergreen Terrace");
        assertThat(reported("12 Mill Lane; we met at noon")).containsExactly("12 Mill Lane");
    }

    @Test
    void aNumberAndANameWithNoTypeBeforeATownAndPostcode() {
        assertThat(reported("The office is at 10 Hudson Yards, New York, NY 10001."))
                .containsExactly("10 Hudson Yards, New York, NY 10001");
        assertThat(reported("Floor 3, 250 Bishopsgate, London EC2M 4AA"))
                .containsExactly("Floor 3, 250 Bishopsgate, London EC2M 4AA");
        assertThat(reported("9 Kingsway, Cardiff CF10 3AT, Wales"))
                .containsExactly("9 Kingsway, Cardiff CF10 3AT, Wales");
        // near misses: no postcode, a listed town after a postcode, a count, a date, a long number
        assertThat(reported("We sold 10 Hudson Yards, New York loves them.")).isEmpty();
        assertThat(reported("10115 Berlin, 75002 Paris, 00184 Roma")).isEmpty();
        assertThat(reported("Bought 5 apples, London SW1A 1AA")).isEmpty();
        assertThat(reported("Seen 12 March, London SW1A 1AA")).isEmpty();
        assertThat(reported("Paid 50000 Euro, 2019 London SW1A 1AA")).isEmpty();
    }

    @Test
    void aHouseLetterWrittenApartAndADirectionWithItsDot() {
        assertThat(reported("Pick up from 221 B Baker St. London NW1 6XE"))
                .containsExactly("221 B Baker St. London NW1 6XE");
        assertThat(reported("Mail: 55 King St. W., Kitchener, Ontario N2G 4W1"))
                .containsExactly("55 King St. W., Kitchener, Ontario N2G 4W1");
        assertThat(reported("Room 12 B Wing was closed.")).isEmpty();
    }

    @Test
    void americanAndBritishTypesThatAreAlsoWordsNeedTheirNumber() {
        assertThat(reported("She lives at 45 Eagle Ridge, Boulder, CO 80302."))
                .containsExactly("45 Eagle Ridge, Boulder, CO 80302");
        assertThat(reported("3 Fox Hollow, Asheville NC 28801"))
                .containsExactly("3 Fox Hollow, Asheville NC 28801");
        assertThat(reported("12 Harbour Promenade, Brighton"))
                .containsExactly("12 Harbour Promenade, Brighton");
        // without a house number they are words or towns ("Colorado Springs")
        assertThat(reported("He moved to Colorado Springs and Shaker Heights.")).isEmpty();
        assertThat(reported("Scored at Point 5 today; Eagle Ridge was closed.")).isEmpty();
    }

    @Test
    void indianAddressesWithInitialsAndTheirPinCode() {
        assertThat(reported("Office: 12 MG Road, Bengaluru 560001, India"))
                .containsExactly("12 MG Road, Bengaluru 560001, India");
        assertThat(reported("Visit 1500 JFK Blvd, Philadelphia, PA 19102"))
                .containsExactly("1500 JFK Blvd, Philadelphia, PA 19102");
        // near misses: a time before a street word, a count after the town
        assertThat(reported("Take 2 PM Road trips")).isEmpty();
        assertThat(reported("12 Oak Lane, Leeds, 123456 units shipped"))
                .containsExactly("12 Oak Lane, Leeds");
    }

    @Test
    void aBracketedPostcodeAndACountryWithoutItsComma() {
        assertThat(reported("12 Oak Lane, Leeds (LS6 2AB)"))
                .containsExactly("12 Oak Lane, Leeds (LS6 2AB)");
        assertThat(reported("221B Baker St. London NW1 6XE UK"))
                .containsExactly("221B Baker St. London NW1 6XE UK");
        assertThat(reported("742 Evergreen Terrace Springfield USA"))
                .containsExactly("742 Evergreen Terrace Springfield USA");
        // near misses: a code-like word after a town is no country, a bracket holds no postcode
        assertThat(reported("12 Oak Lane, Leeds USAF base")).containsExactly("12 Oak Lane, Leeds");
        assertThat(reported("12 Oak Lane, Leeds (see map)")).containsExactly("12 Oak Lane, Leeds");
    }
}
