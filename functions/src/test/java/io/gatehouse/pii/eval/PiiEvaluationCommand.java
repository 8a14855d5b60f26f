package io.gatehouse.pii.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.gatehouse.pii.PiiPolicy;
import io.gatehouse.pii.PolicyException;
import io.gatehouse.platform.Json;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code ./gatehouse pii-eval [--mapping mapping.json] [--policy policy.json] [--types T1,T2]
 * [--details N] [corpus.jsonl|corpus.json|directory ...]}: evaluates the PII engine on labelled
 * corpora in the common span format ({@link CorpusReader}) and prints span-level and token-level
 * precision, recall and F2 per type, overall and type-agnostic, and the type confusion.
 *
 * <p>Without a corpus argument it reads the project's committed independent corpus, {@value
 * #DEFAULT_CORPUS}/*.jsonl (relative to the repository; the script passes its absolute place in the
 * {@value #CORPUS_PROPERTY} system property).
 *
 * <p>Exit 0: evaluated; 1: no corpus to evaluate; 2: bad arguments or input (the message names the
 * file and line).
 */
public final class PiiEvaluationCommand {

    public static final String DEFAULT_CORPUS = "functions/src/test/resources/pii/eval";
    public static final String CORPUS_PROPERTY = "gatehouse.pii.evalCorpus";
    static final String USAGE =
            "usage: pii-eval [--mapping mapping.json] [--policy policy.json] [--types T1,T2] [--details N]"
                    + " [corpus.jsonl|corpus.json|directory ...]";

    private PiiEvaluationCommand() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            Options options = Options.parse(args);
            List<Path> files =
                    options.corpus.isEmpty() ? committedCorpus() : expand(options.corpus);
            if (files.isEmpty()) {
                err.println(
                        "pii-eval: no corpus to evaluate: "
                                + defaultCorpusDir()
                                + " holds no *.jsonl file (the committed"
                                + " independent corpus is not there yet); pass corpus files: "
                                + USAGE);
                return 1;
            }
            PiiPolicy policy =
                    options.policy == null ? PiiPolicy.defaultPolicy() : readPolicy(options.policy);
            TypeMapping mapping =
                    options.mapping == null
                            ? TypeMapping.identity()
                            : TypeMapping.read(options.mapping);
            CorpusReader reader = new CorpusReader();
            List<CorpusDocument> corpus = new ArrayList<>();
            for (Path file : files) {
                corpus.addAll(reader.read(file));
            }
            Set<String> gatehouseTypes = Evaluation.gatehouseTypes(policy);
            for (String target : mapping.targets()) {
                if (!gatehouseTypes.contains(target)) {
                    err.println(
                            "pii-eval: warning: the mapping names "
                                    + target
                                    + ", which Gatehouse does not report under this policy");
                }
            }
            if (options.types != null) {
                for (String type : options.types) {
                    if (!gatehouseTypes.contains(type)) {
                        err.println(
                                "pii-eval: warning: --types names "
                                        + type
                                        + ", which Gatehouse does not report under this policy");
                    }
                }
            }
            reader.warnings().forEach(w -> err.println("pii-eval: warning: " + w));
            Evaluation evaluation =
                    Evaluation.run(
                            corpus,
                            mapping,
                            gatehouseTypes,
                            options.types,
                            Evaluation.engine(policy),
                            options.details);
            out.println("Gatehouse PII evaluation");
            out.println(
                    "corpus: " + String.join(", ", files.stream().map(Path::toString).toList()));
            out.println(
                    "policy: "
                            + (options.policy == null
                                    ? "default (version " + PiiPolicy.DEFAULT_VERSION + ")"
                                    : options.policy)
                            + "; mapping: "
                            + (options.mapping == null
                                    ? "none (Gatehouse type names only)"
                                    : options.mapping));
            out.print(ReportPrinter.report(evaluation, options.details));
            return 0;
        } catch (CorpusFormatException | PolicyException e) {
            err.println("pii-eval: " + e.getMessage());
            return 2;
        }
    }

    static Path defaultCorpusDir() {
        return Path.of(System.getProperty(CORPUS_PROPERTY, DEFAULT_CORPUS));
    }

    /**
     * The committed independent corpus: every *.jsonl file of the default directory, in name order;
     * none if it is absent.
     */
    public static List<Path> committedCorpus() {
        Path dir = defaultCorpusDir();
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        return corpusFiles(dir, ".jsonl");
    }

    private static List<Path> expand(List<Path> arguments) {
        List<Path> files = new ArrayList<>();
        for (Path path : arguments) {
            if (Files.isDirectory(path)) {
                List<Path> inside = corpusFiles(path, ".jsonl", ".json");
                if (inside.isEmpty()) {
                    throw new CorpusFormatException(
                            path + ": a directory with no *.jsonl or *.json file");
                }
                files.addAll(inside);
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                throw new CorpusFormatException(path + ": no such file");
            }
        }
        return files;
    }

    private static List<Path> corpusFiles(Path dir, String... suffixes) {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(Files::isRegularFile)
                    .filter(
                            p ->
                                    Arrays.stream(suffixes)
                                            .anyMatch(s -> p.getFileName().toString().endsWith(s)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new CorpusFormatException(dir + ": cannot be listed (" + e.getMessage() + ")");
        }
    }

    private static PiiPolicy readPolicy(Path file) {
        try {
            return PiiPolicy.parse(Json.mapper().readTree(Files.readString(file)), 1);
        } catch (JsonProcessingException e) {
            throw new CorpusFormatException(
                    file + ": the policy is not valid JSON (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new CorpusFormatException(file + ": cannot be read (" + e.getMessage() + ")");
        } catch (PolicyException e) {
            throw new PolicyException(file + ": invalid policy: " + e.getMessage());
        }
    }

    record Options(Path mapping, Path policy, List<String> types, int details, List<Path> corpus) {

        static Options parse(String[] args) {
            Path mapping = null;
            Path policy = null;
            List<String> types = null;
            int details = 0;
            List<Path> corpus = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--mapping" -> mapping = Path.of(value(args, ++i, "--mapping"));
                    case "--policy" -> policy = Path.of(value(args, ++i, "--policy"));
                    case "--types" -> {
                        Set<String> named = new LinkedHashSet<>();
                        for (String type : value(args, ++i, "--types").split(",")) {
                            if (!type.isBlank()) {
                                named.add(type.strip());
                            }
                        }
                        if (named.isEmpty()) {
                            throw new CorpusFormatException(
                                    "--types needs at least one type name; " + USAGE);
                        }
                        types = List.copyOf(named);
                    }
                    case "--details" -> {
                        String n = value(args, ++i, "--details");
                        try {
                            details = Integer.parseInt(n);
                        } catch (NumberFormatException e) {
                            details = -1;
                        }
                        if (details < 0) {
                            throw new CorpusFormatException(
                                    "--details needs a count (0 or more), not '"
                                            + n
                                            + "'; "
                                            + USAGE);
                        }
                    }
                    default -> {
                        if (args[i].startsWith("--")) {
                            throw new CorpusFormatException(
                                    "unknown option " + args[i] + "; " + USAGE);
                        }
                        corpus.add(Path.of(args[i]));
                    }
                }
            }
            return new Options(mapping, policy, types, details, List.copyOf(corpus));
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new CorpusFormatException(option + " needs a value; " + USAGE);
            }
            return args[i];
        }
    }
}
