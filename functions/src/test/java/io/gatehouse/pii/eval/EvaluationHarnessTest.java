package io.gatehouse.pii.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The harness on a hand-made corpus whose figures are worked out by hand in the comments, with a
 * fixed stand-in for the engine, so the tests pin the arithmetic and not the detectors.
 */
class EvaluationHarnessTest {

    static final String EMOJI = "\uD83D\uDE00"; // one code point, two UTF-16 units
    static final String TEXT_1 = "Call Ann Lee at 555-0100 now";
    static final String TEXT_2 = "Mail bob@x.org or Kim";
    static final String TEXT_3 = EMOJI + " Ref 12345 for Zo\u00EB";

    /**
     * Gold: text 1 PERSON "Ann Lee" [5,12), PHONE_NUMBER [16,24); text 2 EMAIL [5,14), PERSON "Kim"
     * [18,21); text 3 PERSON "Zoë" [16,19) — code points: the emoji counts once.
     */
    static final String TINY_JSONL =
            String.join(
                    "\n",
                    "{\"full_text\": \""
                            + TEXT_1
                            + "\", \"spans\": [{\"entity_type\": \"PERSON\", \"entity_value\": \"Ann Lee\", \"start_position\": 5, \"end_position\": 12},"
                            + " {\"entity_type\": \"PHONE_NUMBER\", \"start_position\": 16, \"end_position\": 24}]}",
                    "",
                    "{\"text\": \""
                            + TEXT_2
                            + "\", \"spans\": [{\"label\": \"EMAIL\", \"start\": 5, \"end\": 14}, {\"label\": \"PERSON\", \"start\": 18, \"end\": 21}]}",
                    "{\"full_text\": \""
                            + TEXT_3
                            + "\", \"spans\": [{\"entity_type\": \"PERSON\", \"entity_value\": \"Zo\u00EB\", \"start_position\": 16, \"end_position\": 19}]}",
                    "");

    static final Set<String> GATEHOUSE_TYPES =
            Set.of("PERSON", "EMAIL", "PHONE_NUMBER", "LOCATION");

    /**
     * The stand-in engine: text 1 finds "Ann" only (partial, still a span match) and the phone;
     * text 2 calls the e-mail address a PERSON and misses "Kim"; text 3 finds "Zoë", a spurious
     * phone "12345" and a LOCATION "Ref" (a type the corpus does not label: not scored).
     */
    static final Evaluation.Analyzer STAND_IN =
            text ->
                    switch (text) {
                        case TEXT_1 ->
                                List.of(new Span("PERSON", 5, 8), new Span("PHONE_NUMBER", 16, 24));
                        case TEXT_2 -> List.of(new Span("PERSON", 5, 14));
                        case TEXT_3 ->
                                List.of(
                                        new Span("LOCATION", 2, 5),
                                        new Span("PHONE_NUMBER", 6, 11),
                                        new Span("PERSON", 16, 19));
                        default -> throw new AssertionError("unexpected text " + text);
                    };

    static Evaluation tiny(String corpus, TypeMapping mapping) {
        return Evaluation.run(
                new CorpusReader().parse("tiny.jsonl", corpus),
                mapping,
                GATEHOUSE_TYPES,
                null,
                STAND_IN,
                5);
    }

    @Test
    void spanLevelFiguresAreTheHandCountedOnes() {
        SpanScorer spans = tiny(TINY_JSONL, TypeMapping.identity()).spans();
        assertThat(spans.types()).containsExactly("EMAIL", "PERSON", "PHONE_NUMBER");
        // PERSON: gold Ann Lee, Kim, Zoë; predictions Ann, bob@x.org, Zoë -> 2 of 3 each way
        assertThat(spans.counts("PERSON")).isEqualTo(new Counts(3, 3, 2, 2));
        assertThat(spans.counts("PERSON").precision()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(spans.counts("PERSON").recall()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(spans.counts("PERSON").f2()).isCloseTo(2.0 / 3, within(1e-9));
        // PHONE_NUMBER: the one gold found; 1 of 2 predictions right -> F2 = 5*.5*1/(2+1)
        assertThat(spans.counts("PHONE_NUMBER")).isEqualTo(new Counts(1, 2, 1, 1));
        assertThat(spans.counts("PHONE_NUMBER").f2()).isCloseTo(2.5 / 3, within(1e-9));
        // EMAIL: never predicted as EMAIL: no precision, recall 0, F2 0
        assertThat(spans.counts("EMAIL")).isEqualTo(new Counts(1, 0, 0, 0));
        assertThat(spans.counts("EMAIL").precision()).isNaN();
        assertThat(spans.counts("EMAIL").f2()).isZero();
        // micro: 3 of 5 gold, 3 of 5 predictions; LOCATION "Ref" is not among them
        assertThat(spans.overall()).isEqualTo(new Counts(5, 5, 3, 3));
        assertThat(spans.overall().f2()).isCloseTo(0.6, within(1e-9));
        // any PII: only Kim missed; only "12345" overlaps nothing
        assertThat(spans.anyPii()).isEqualTo(new Counts(5, 5, 4, 4));
        assertThat(spans.anyPii().f2()).isCloseTo(0.8, within(1e-9));
    }

    @Test
    void theConfusionCountsTypeMixUpsMissesAndSpuriousPredictions() {
        SpanScorer spans = tiny(TINY_JSONL, TypeMapping.identity()).spans();
        assertThat(spans.confusion().get("PERSON")).containsExactly(Map.entry("PERSON", 2L));
        assertThat(spans.confusion().get("EMAIL")).containsExactly(Map.entry("PERSON", 1L));
        assertThat(spans.confusion().get("PHONE_NUMBER"))
                .containsExactly(Map.entry("PHONE_NUMBER", 1L));
        assertThat(spans.missed("PERSON")).isEqualTo(1);
        assertThat(spans.missed("EMAIL")).isZero();
        assertThat(spans.spurious("PHONE_NUMBER")).isEqualTo(1);
        assertThat(spans.spurious("PERSON"))
                .isZero(); // bob@x.org as PERSON overlaps gold: a mix-up, not spurious
    }

    @Test
    void tokenLevelFiguresAreTheHandCountedOnes() {
        TokenScorer tokens = tiny(TINY_JSONL, TypeMapping.identity()).tokens();
        // PERSON gold tokens Ann Lee Kim Zoë; predicted Ann bob x org Zoë; both Ann Zoë
        assertThat(tokens.counts("PERSON")).isEqualTo(new Counts(4, 5, 2, 2));
        assertThat(tokens.counts("PERSON").f2()).isCloseTo(1 / 2.1, within(1e-9));
        // PHONE_NUMBER gold 555 0100; predicted 555 0100 12345
        assertThat(tokens.counts("PHONE_NUMBER")).isEqualTo(new Counts(2, 3, 2, 2));
        assertThat(tokens.counts("PHONE_NUMBER").f2()).isCloseTo(10.0 / 11, within(1e-9));
        assertThat(tokens.counts("EMAIL")).isEqualTo(new Counts(3, 0, 0, 0));
        assertThat(tokens.overall()).isEqualTo(new Counts(9, 8, 4, 4));
        assertThat(tokens.overall().f2()).isCloseTo(5.0 / 11, within(1e-9));
        // any PII: every predicted token but 12345 is gold; Lee and Kim are not predicted
        assertThat(tokens.anyPii()).isEqualTo(new Counts(9, 8, 7, 7));
        assertThat(tokens.anyPii().f2()).isCloseTo(245.0 / 308, within(1e-9));
    }

    @Test
    void tokensAreRunsOfLettersAndDigitsCountedInCodePoints() {
        assertThat(TokenScorer.tokens(TEXT_3)).containsExactly(2, 5, 6, 11, 12, 15, 16, 19);
        assertThat(TokenScorer.tokens("bob@x.org, 555-0100"))
                .containsExactly(0, 3, 4, 5, 6, 9, 11, 14, 15, 19);
        assertThat(TokenScorer.tokens(" \t.")).isEmpty();
    }

    @Test
    void offsetsAreCodePointsSoASpanAfterAnEmojiIsReadWhereItIs() {
        List<CorpusDocument> docs = new CorpusReader().parse("tiny.jsonl", TINY_JSONL);
        CorpusDocument third = docs.get(2);
        Span zoe = third.spans().get(0);
        assertThat(CorpusReader.slice(third.text(), zoe.start(), zoe.end())).isEqualTo("Zo\u00EB");
        assertThat(third.text().substring(zoe.start(), zoe.end()))
                .as("UTF-16 indexing would be one off")
                .isNotEqualTo("Zo\u00EB");
        // the end may be the last code point even though the text is longer in UTF-16 units
        assertThat(zoe.end()).isEqualTo(third.text().codePointCount(0, third.text().length()));
    }

    @Test
    void aCorpusCountedInUtf16UnitsIsWarnedAbout() {
        CorpusReader reader = new CorpusReader();
        reader.parse(
                "utf16.jsonl",
                "{\"full_text\": \""
                        + TEXT_3
                        + "\", \"spans\": [{\"entity_type\": \"PHONE_NUMBER\","
                        + " \"entity_value\": \"12345\", \"start_position\": 7, \"end_position\": 12}]}");
        assertThat(reader.warnings()).hasSize(2);
        assertThat(reader.warnings().get(0)).contains("1 span(s)", "code points");
        assertThat(reader.warnings().get(1)).contains("utf16.jsonl line 1", "\"2345 \"");
        CorpusReader clean = new CorpusReader();
        clean.parse("tiny.jsonl", TINY_JSONL);
        assertThat(clean.warnings()).isEmpty();
    }

    @Test
    void aJsonArrayReadsTheSameAsJsonLines() {
        String array =
                "[\n"
                        + String.join(",\n", TINY_JSONL.strip().replace("\n\n", "\n").split("\n"))
                        + "\n]\n";
        List<CorpusDocument> lines = new CorpusReader().parse("tiny.jsonl", TINY_JSONL);
        List<CorpusDocument> elements = new CorpusReader().parse("tiny.json", array);
        assertThat(elements).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(elements.get(i).text()).isEqualTo(lines.get(i).text());
            assertThat(elements.get(i).spans()).isEqualTo(lines.get(i).spans());
        }
        assertThat(elements.get(2).source()).isEqualTo("tiny.json line 4 (element 3)");
        assertThat(lines.get(2).source()).isEqualTo("tiny.jsonl line 4");
        assertThat(new CorpusReader().parse("empty.json", " [ ] ")).isEmpty();
    }

    @Test
    void theMappingRenamesIgnoresAndReportsUnmappedLabels() {
        String corpus =
                TINY_JSONL
                                .replace("\"PERSON\"", "\"PER\"")
                                .replace("\"PHONE_NUMBER\"", "\"PHONE\"")
                                .replace("\"EMAIL\"", "\"EMAIL_ADDRESS\"")
                        + "{\"full_text\": \"Mr Ed\", \"spans\": [{\"label\": \"TITLE\", \"start\": 0, \"end\": 2}, {\"label\": \"NRP\", \"start\": 3, \"end\": 5}]}\n";
        TypeMapping mapping =
                TypeMapping.parse(
                        "mapping.json",
                        "{\"PER\": \"PERSON\", \"PHONE\": \"PHONE_NUMBER\", \"EMAIL_ADDRESS\": \"EMAIL\", \"NRP\": null}");
        Evaluation.Analyzer analyzer =
                text -> text.equals("Mr Ed") ? List.of() : STAND_IN.analyze(text);
        Evaluation mapped =
                Evaluation.run(
                        new CorpusReader().parse("mapped.jsonl", corpus),
                        mapping,
                        GATEHOUSE_TYPES,
                        null,
                        analyzer,
                        0);
        Evaluation native_ = tiny(TINY_JSONL, TypeMapping.identity());
        assertThat(mapped.types()).isEqualTo(native_.types());
        for (String type : native_.types()) {
            assertThat(mapped.spans().counts(type)).isEqualTo(native_.spans().counts(type));
            assertThat(mapped.tokens().counts(type)).isEqualTo(native_.tokens().counts(type));
        }
        assertThat(mapped.ignoredTypes()).containsExactly(Map.entry("NRP", 1L));
        assertThat(mapped.unmappedTypes()).containsExactly(Map.entry("TITLE", 1L));
        assertThat(mapped.corpusTypes()).containsEntry("PER", 3L).containsEntry("TITLE", 1L);
        // without the mapping, the foreign labels are unmapped and nothing of them is scored
        Evaluation unmapped =
                Evaluation.run(
                        new CorpusReader().parse("mapped.jsonl", corpus),
                        TypeMapping.identity(),
                        GATEHOUSE_TYPES,
                        null,
                        analyzer,
                        0);
        assertThat(unmapped.types()).isEmpty();
        assertThat(unmapped.unmappedTypes())
                .containsOnlyKeys("PER", "PHONE", "EMAIL_ADDRESS", "NRP", "TITLE");
    }

    @Test
    void typesRestrictWhatIsScored() {
        Evaluation evaluation =
                Evaluation.run(
                        new CorpusReader().parse("tiny.jsonl", TINY_JSONL),
                        TypeMapping.identity(),
                        GATEHOUSE_TYPES,
                        List.of("PERSON", "LOCATION"),
                        STAND_IN,
                        0);
        assertThat(evaluation.types()).containsExactly("PERSON", "LOCATION");
        assertThat(evaluation.spans().counts("PERSON")).isEqualTo(new Counts(3, 3, 2, 2));
        assertThat(evaluation.spans().counts("LOCATION"))
                .isEqualTo(new Counts(0, 1, 0, 0)); // "Ref": now scored, and wrong
        assertThat(evaluation.notEvaluatedGold())
                .containsOnly(Map.entry("EMAIL", 1L), Map.entry("PHONE_NUMBER", 1L));
        assertThat(evaluation.notEvaluatedPredictions())
                .containsOnly(Map.entry("PHONE_NUMBER", 2L));
    }

    @Test
    void theReportPrintsEveryTableWithTheFigures() {
        String report = ReportPrinter.report(tiny(TINY_JSONL, TypeMapping.identity()), 5);
        assertThat(report)
                .contains("| PERSON | 3 | 3 | 2 | 2 | 0.667 | 0.667 | 0.667 |")
                .contains("| PHONE_NUMBER | 1 | 2 | 1 | 1 | 0.500 | 1.000 | 0.833 |")
                .contains("| EMAIL | 1 | 0 | 0 | 0 | n/a | 0.000 | 0.000 |")
                .contains("| overall (micro) | 5 | 5 | 3 | 3 | 0.600 | 0.600 | 0.600 |")
                .contains("| any PII (type-agnostic) | 5 | 5 | 4 | 4 | 0.800 | 0.800 | 0.800 |")
                .contains("| PERSON | 4 | 5 | 2 | 0.400 | 0.500 | 0.476 |")
                .contains("| any PII (type-agnostic) | 9 | 8 | 7 | 0.875 | 0.778 | 0.795 |")
                .contains(
                        "| gold \\ predicted | EMAIL | PERSON | PHONE_NUMBER | missed | spurious |")
                .contains("| EMAIL | 0 | 1 | 0 | 0 | 0 |")
                .contains("| PERSON | 0 | 2 | 0 | 1 | 0 |")
                .contains("| PHONE_NUMBER | 0 | 0 | 1 | 0 | 1 |")
                .contains(
                        "predictions of types not evaluated (not scored; see the confusion): LOCATION 1")
                .contains(
                        "- missed tiny.jsonl line 3 [18,21) \"Kim\" (nothing predicted here): Mail bob@x.org or ⟦Kim⟧")
                .contains(
                        "- false positive tiny.jsonl line 4 [6,11) \"12345\" (no gold span here): "
                                + EMOJI
                                + " Ref ⟦12345⟧ for Zo\u00EB")
                .contains(
                        "- missed tiny.jsonl line 3 [5,14) \"bob@x.org\" (predicted here: [PERSON])");
    }

    @Test
    void aMalformedLineIsAnErrorNamingIt() {
        String corpus = TINY_JSONL.replace("{\"text\": \"Mail", "{\"text\": Mail");
        assertThatThrownBy(() -> new CorpusReader().parse("bad.jsonl", corpus))
                .isInstanceOf(CorpusFormatException.class)
                .hasMessageStartingWith("bad.jsonl line 3: not valid JSON");
        assertThatThrownBy(
                        () ->
                                new CorpusReader()
                                        .parse(
                                                "bad.json",
                                                "[\n{\"full_text\": \"a\", \"spans\": []},\n{\"full_text\": }\n]"))
                .isInstanceOf(CorpusFormatException.class)
                .hasMessageStartingWith("bad.json line 3: not valid JSON");
        assertThatThrownBy(
                        () ->
                                new CorpusReader()
                                        .parse(
                                                "open.json",
                                                "[{\"full_text\": \"a\", \"spans\": []}"))
                .isInstanceOf(CorpusFormatException.class)
                .hasMessageStartingWith("open.json");
    }

    @Test
    void documentsThatDoNotFitTheFormatAreErrorsNamingTheLine() {
        assertThatThrownBy(() -> new CorpusReader().parse("c.jsonl", "{\"spans\": []}"))
                .hasMessage("c.jsonl line 1: full_text (or text) must be a string");
        assertThatThrownBy(() -> new CorpusReader().parse("c.jsonl", "{\"full_text\": \"abc\"}"))
                .hasMessageContaining("c.jsonl line 1: spans must be an array");
        assertThatThrownBy(
                        () ->
                                new CorpusReader()
                                        .parse(
                                                "c.jsonl",
                                                "\n{\"full_text\": \"abc\", \"spans\": [{\"entity_type\": \"X\", \"start_position\": 1, \"end_position\": 4}]}"))
                .hasMessageStartingWith(
                        "c.jsonl line 2, spans[0]: offsets 1..4 do not fit a text of 3 code points");
        assertThatThrownBy(
                        () ->
                                new CorpusReader()
                                        .parse(
                                                "c.jsonl",
                                                "{\"full_text\": \"abc\", \"spans\": [{\"entity_type\": \"X\", \"start_position\": \"1\", \"end_position\": 2}]}"))
                .hasMessageContaining("start_position (or start) must be a non-negative integer");
        assertThatThrownBy(
                        () ->
                                new CorpusReader()
                                        .parse(
                                                "c.jsonl",
                                                "{\"full_text\": \"abc\", \"spans\": [{\"start\": 0, \"end\": 2}]}"))
                .hasMessageContaining("entity_type (or label) must be a non-empty string");
        assertThatThrownBy(() -> new CorpusReader().parse("c.jsonl", "[1]"))
                .hasMessageContaining(
                        "c.jsonl line 1 (element 1): a document must be a JSON object");
        assertThatThrownBy(() -> TypeMapping.parse("m.json", "{\"PER\": 3}"))
                .hasMessageContaining("\"PER\" must map to a type name or null");
        assertThatThrownBy(() -> TypeMapping.parse("m.json", "[\"PER\"]"))
                .hasMessageContaining("m.json: a type mapping is a JSON object");
    }

    @Test
    void theCommandEvaluatesFilesWithTheEngine(@TempDir Path dir) throws Exception {
        Path corpus = Files.createDirectory(dir.resolve("corpus")).resolve("c.json");
        Files.writeString(
                corpus,
                "[{\"full_text\": \"Write to jane.roe@example.com today.\", \"spans\": [{\"label\": \"MAIL\", \"start\": 9, \"end\": 29}]}]");
        Path mapping = dir.resolve("m.json");
        Files.writeString(mapping, "{\"MAIL\": \"EMAIL\"}");
        Run run = command("--mapping", mapping.toString(), "--details", "3", corpus.toString());
        assertThat(run.status).as(run.err).isZero();
        assertThat(run.out)
                .contains(
                        "Gatehouse PII evaluation",
                        "evaluated types: EMAIL",
                        "| EMAIL | 1 | 1 | 1 | 1 | 1.000 | 1.000 | 1.000 |",
                        "Token level",
                        "Type confusion");
        // a directory reads every corpus in it; without the mapping MAIL is unmapped, so the e-mail
        // found is unmatched
        assertThat(command("--types", "EMAIL", corpus.getParent().toString()).out)
                .contains(
                        "unmapped (not Gatehouse types, ignored; map them with --mapping): MAIL 1",
                        "| EMAIL | 0 | 1 | 0 | 0 | 0.000 | n/a | 0.000 |");
    }

    @Test
    void theCommandRefusesBadArgumentsAndInputClearly(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.jsonl");
        Files.writeString(bad, "{\"full_text\": \"a\", \"spans\": []}\nnot json\n");
        Run malformed = command(bad.toString());
        assertThat(malformed.status).isEqualTo(2);
        assertThat(malformed.err).contains("bad.jsonl line 2: not valid JSON");
        assertThat(command("--details", "many", bad.toString()).err)
                .contains("--details needs a count");
        assertThat(command("--frobnicate").err)
                .contains("unknown option --frobnicate", "usage: pii-eval");
        assertThat(command(dir.resolve("absent.jsonl").toString()).err)
                .contains("absent.jsonl: no such file");
        Path policy = dir.resolve("policy.json");
        Files.writeString(policy, "{\"entities\": {\"NOT_A_TYPE\": {}}}");
        Run invalid = command("--policy", policy.toString(), bad.toString());
        assertThat(invalid.status).isEqualTo(2);
        assertThat(invalid.err)
                .contains("policy.json: invalid policy: Unknown entity type 'NOT_A_TYPE'");
    }

    @Test
    void withoutACommittedCorpusTheCommandSaysSo(@TempDir Path dir) {
        String before = System.getProperty(PiiEvaluationCommand.CORPUS_PROPERTY);
        System.setProperty(
                PiiEvaluationCommand.CORPUS_PROPERTY, dir.resolve("not-there").toString());
        try {
            Run run = command();
            assertThat(run.status).isEqualTo(1);
            assertThat(run.err)
                    .contains(
                            "no corpus to evaluate",
                            "not-there",
                            "holds no *.jsonl file",
                            "usage: pii-eval");
        } finally {
            if (before == null) {
                System.clearProperty(PiiEvaluationCommand.CORPUS_PROPERTY);
            } else {
                System.setProperty(PiiEvaluationCommand.CORPUS_PROPERTY, before);
            }
        }
    }

    record Run(int status, String out, String err) {}

    static Run command(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status =
                PiiEvaluationCommand.run(
                        args,
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(
                status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
