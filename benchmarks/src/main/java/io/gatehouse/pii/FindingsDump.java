package io.gatehouse.pii;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the findings of the default policy for the texts {@link PiiMaskingBenchmark} measures
 * (every generated document, the long note, the sentences) to a file, one finding a line under a
 * header per text. A change made for speed must leave this file byte for byte the same: dump
 * before, dump after, compare. Run from the benchmarks class path (after {@code ./gatehouse bench}
 * built it): {@code java -cp benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)
 * io.gatehouse.pii.FindingsDump out.txt}.
 */
public final class FindingsDump {

    private FindingsDump() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: FindingsDump <output file>");
            System.exit(2);
        }
        List<String> documents = BenchmarkTexts.documents();
        List<String> texts = new ArrayList<>(documents);
        texts.add(BenchmarkTexts.longNote(documents));
        texts.addAll(PiiMaskingBenchmark.sentences(documents));
        PiiPolicy policy = PiiPolicy.defaultPolicy();
        try (PrintWriter out =
                new PrintWriter(
                        Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8))) {
            for (int i = 0; i < texts.size(); i++) {
                out.println("# text " + i);
                for (Finding finding : PiiEngine.analyze(texts.get(i), policy)) {
                    out.println(
                            finding.type()
                                    + " "
                                    + finding.start()
                                    + " "
                                    + finding.end()
                                    + " "
                                    + finding.score());
                }
            }
        }
        System.out.println(texts.size() + " texts written to " + args[0]);
    }
}
