package io.gatehouse.pii;

import static io.gatehouse.pii.DetectorAssertions.found;
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

/** UrlDetector alone: addresses with a scheme, www. hosts, bare domains, and the look-alikes. */
class UrlDetectorTest {

    private static final UrlDetector URLS = new UrlDetector();

    @Test
    void addressesWithASchemeRunToWhiteSpace() {
        assertThat(
                        reported(
                                URLS,
                                "see https://portal.example.org/patients/4821?view=full#notes for details"))
                .containsExactly("https://portal.example.org/patients/4821?view=full#notes");
        assertThat(reported(URLS, "upload to ftp://files.example.net/in/ or HTTP://EXAMPLE.COM"))
                .containsExactly("ftp://files.example.net/in/", "HTTP://EXAMPLE.COM");
        assertThat(reported(URLS, "Link:https://x.example/a_b-c~d"))
                .containsExactly("https://x.example/a_b-c~d");
        assertThat(score(URLS, "http://10.0.0.12:8080/status")).isEqualTo(0.95);
    }

    @Test
    void trailingPunctuationAndUnbalancedBracketsAreNotPartOfTheAddress() {
        assertThat(
                        reported(
                                URLS,
                                "(see https://example.com/a). Then https://example.com/b, and https://example.com/c!"))
                .containsExactly(
                        "https://example.com/a", "https://example.com/b", "https://example.com/c");
        assertThat(reported(URLS, "https://en.wikipedia.org/wiki/Foo_(bar) is balanced"))
                .containsExactly("https://en.wikipedia.org/wiki/Foo_(bar)");
        assertThat(reported(URLS, "[docs](https://docs.example.io/start)"))
                .containsExactly("https://docs.example.io/start");
    }

    @Test
    void wwwHostsAndBareDomainsWithAKnownTld() {
        assertThat(reported(URLS, "Website: www.praxis-mueller.de, booking at clinic-berlin.de."))
                .containsExactly("www.praxis-mueller.de", "clinic-berlin.de");
        assertThat(reported(URLS, "forms at example.co.uk/path/form.pdf; mirror EXAMPLE.ORG"))
                .containsExactly("example.co.uk/path/form.pdf", "EXAMPLE.ORG");
        assertThat(
                        reported(
                                URLS,
                                "sur doctolib.fr, en farmacia-lopez.es, su ospedale.it/prenota, op zorg.nl:8443/x"))
                .containsExactly(
                        "doctolib.fr",
                        "farmacia-lopez.es",
                        "ospedale.it/prenota",
                        "zorg.nl:8443/x");
        assertThat(reported(URLS, "allegro.pl i seznam.cz"))
                .containsExactly("allegro.pl", "seznam.cz");
        assertThat(score(URLS, "www.example.com")).isEqualTo(0.9);
        assertThat(score(URLS, "example.com")).isEqualTo(0.85);
    }

    @Test
    void eMailAddressesAreLeftToTheEmailDetector() {
        assertThat(found(URLS, "write to jane.doe@example.com or info@clinic-berlin.de")).isEmpty();
    }

    @Test
    void fileNamesWhoseExtensionIsAlsoATldStayBelowTheMinimum() {
        assertThat(found(URLS, "run setup.sh and read notes.md"))
                .containsExactly("setup.sh", "notes.md");
        assertThat(reported(URLS, "run setup.sh and read notes.md")).isEmpty();
        assertThat(reported(URLS, "get it from tools.example.sh"))
                .containsExactly("tools.example.sh");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "attached report.pdf and scan.jpeg",
                "version 2.3.1 and v10.4.2-beta",
                "e.g. this, i.e. that, a.m. or p.m., z.B. jenes, d.h. dies",
                "the visit ended.The patient left",
                "ASP.NET and node.js apps",
                "take 2.5mg at 10.30",
                "ip 192.168.0.1",
                "Abt.IT",
                "www.",
                "https://"
            })
    void lookAlikesAreNotAddresses(String text) {
        assertThat(reported(URLS, text)).isEmpty();
    }

    @Test
    void hostileInputFinishesFast() {
        List<Candidate> out = new ArrayList<>();
        assertThat(millisOver(URLS, megabyteOf("a."), out)).isLessThan(2_000);
        assertThat(millisOver(URLS, megabyteOf("a-"), out)).isLessThan(2_000);
        assertThat(millisOver(URLS, megabyteOf("a..b"), out)).isLessThan(2_000);
        assertThat(millisOver(URLS, megabyteOf("www."), out)).isLessThan(2_000);
        assertThat(millisOver(URLS, megabyteOf("a"), out)).isLessThan(2_000);
        assertThat(millisOver(URLS, megabyteOf("(a"), out)).isLessThan(2_000);
        assertThat(out).isEmpty();
        assertThat(millisOver(URLS, "http://" + megabyteOf("a)"), out)).isLessThan(2_000);
        assertThat(millisOver(URLS, megabyteOf("x.de "), out)).isLessThan(2_000);
        assertThat(millisOver(URLS, megabyteOf("ab.de."), out)).isLessThan(2_000);
    }
}
