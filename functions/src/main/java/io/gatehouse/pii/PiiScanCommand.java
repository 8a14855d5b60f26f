package io.gatehouse.pii;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatehouse.platform.ConfigurationException;
import io.gatehouse.platform.Json;
import io.gatehouse.platform.Settings;
import io.gatehouse.platform.SettingsSecrets;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Scans or masks files offline with a policy, using the engine the API uses — for a compliance team
 * trying a policy before an administrator PUTs it. {@code ./gatehouse pii-scan} runs it.
 *
 * <pre>
 * pii-scan [--policy policy.json] [--mask [--out DIR]] [--tenant UUID] file...
 * </pre>
 *
 * <ul>
 *   <li>Scan (the default): one JSON line per finding — file, type, code-point start and end,
 *       score; never the value — then counts per type on stderr. Exit 1 when anything was found, 0
 *       when nothing was (so it can gate a pipeline).
 *   <li>{@code --mask}: the masked text, to stdout (one file) or into {@code --out DIR} under the
 *       same file names. Exit 0.
 *   <li>The {@code hash} operator needs {@code GATEHOUSE_SECRET_PII_HASH_KEY} in the environment
 *       and {@code --tenant}; with the service's key and a tenant's id it gives that tenant's
 *       pseudonyms.
 *   <li>Exit 2: bad arguments, an invalid policy (with the reason the API would give), an
 *       unreadable file or one that is not UTF-8.
 * </ul>
 */
public final class PiiScanCommand {

    static final int CLEAN = 0;
    static final int FOUND = 1;
    static final int FAILED = 2;

    /**
     * Files larger than this are refused: the engine is linear, but a whole file is held in memory.
     */
    static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    private PiiScanCommand() {}

    public static void main(String[] args) {
        System.exit(run(args, Settings.fromEnvironment(), System.out, System.err));
    }

    static int run(String[] args, Settings environment, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException usage) {
            err.println("pii-scan: " + usage.getMessage());
            err.println(
                    "usage: pii-scan [--policy policy.json] [--mask [--out DIR]] [--tenant UUID] file...");
            return FAILED;
        }
        PiiPolicy policy;
        try {
            policy =
                    options.policy == null
                            ? PiiPolicy.defaultPolicy()
                            : PiiPolicy.parse(readPolicy(options.policy), 1);
        } catch (PolicyException invalid) {
            err.println("pii-scan: invalid policy: " + invalid.getMessage());
            return FAILED;
        } catch (IOException | InvalidPathException e) {
            err.println("pii-scan: cannot read the policy: " + e.getMessage());
            return FAILED;
        }
        Supplier<PseudonymKey> key =
                () -> {
                    if (options.tenant == null) {
                        throw new IllegalStateException(
                                "the policy hashes: name the tenant with --tenant");
                    }
                    return PseudonymKey.forTenant(new SettingsSecrets(environment), options.tenant);
                };

        Map<String, Integer> counts = new TreeMap<>();
        for (Path file : options.files) {
            String text;
            try {
                text = read(file);
            } catch (IOException | InvalidPathException e) {
                err.println("pii-scan: cannot read " + file + ": " + e.getMessage());
                return FAILED;
            }
            try {
                if (options.mask) {
                    MaskResult result = PiiEngine.mask(text, policy, key);
                    if (options.out == null) {
                        out.print(result.masked());
                    } else {
                        Files.createDirectories(options.out);
                        Files.writeString(
                                options.out.resolve(file.getFileName()),
                                result.masked(),
                                StandardCharsets.UTF_8);
                    }
                    result.counts().forEach((type, n) -> counts.merge(type, n, Integer::sum));
                } else {
                    for (Finding finding : PiiEngine.analyze(text, policy)) {
                        ObjectNode line = Json.mapper().createObjectNode();
                        line.put("file", file.toString());
                        line.put("type", finding.type());
                        line.put("start", finding.start());
                        line.put("end", finding.end());
                        line.put("score", finding.score());
                        out.println(line);
                        counts.merge(finding.type(), 1, Integer::sum);
                    }
                }
            } catch (IllegalStateException | ConfigurationException noKey) {
                err.println(
                        "pii-scan: "
                                + noKey.getMessage()
                                + " (the hash operator needs GATEHOUSE_SECRET_PII_HASH_KEY and --tenant)");
                return FAILED;
            } catch (IOException e) {
                err.println("pii-scan: cannot write: " + e.getMessage());
                return FAILED;
            }
        }
        err.println(
                "pii-scan: policy version "
                        + (options.policy == null ? "0 (default)" : "from " + options.policy)
                        + ", "
                        + options.files.size()
                        + " file(s), findings "
                        + counts);
        return options.mask || counts.isEmpty() ? CLEAN : FOUND;
    }

    private static JsonNode readPolicy(Path file) throws IOException {
        if (Files.size(file) > PolicyLimits.MAX_POLICY_CHARS * 4L) {
            throw new PolicyException(
                    "A policy is at most " + PolicyLimits.MAX_POLICY_CHARS + " characters.");
        }
        String text = read(file);
        if (text.length() > PolicyLimits.MAX_POLICY_CHARS) {
            throw new PolicyException(
                    "A policy is at most " + PolicyLimits.MAX_POLICY_CHARS + " characters.");
        }
        try {
            return Json.mapper().readTree(text);
        } catch (IOException e) {
            throw new PolicyException("The policy file is not valid JSON.");
        }
    }

    /**
     * Strict UTF-8: a malformed byte is an error, never silently replaced (it could hide a digit).
     */
    private static String read(Path file) throws IOException {
        if (Files.size(file) > MAX_FILE_BYTES) {
            throw new IOException("larger than " + MAX_FILE_BYTES + " bytes");
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IOException("not UTF-8 text");
        }
    }

    private record Options(Path policy, boolean mask, Path out, UUID tenant, List<Path> files) {

        static Options parse(String[] args) {
            Path policy = null;
            Path out = null;
            UUID tenant = null;
            boolean mask = false;
            List<Path> files = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--policy" -> policy = Path.of(value(args, ++i, "--policy"));
                    case "--out" -> out = Path.of(value(args, ++i, "--out"));
                    case "--mask" -> mask = true;
                    case "--tenant" -> {
                        try {
                            tenant = UUID.fromString(value(args, ++i, "--tenant"));
                        } catch (IllegalArgumentException e) {
                            throw new IllegalArgumentException("--tenant must be a UUID");
                        }
                    }
                    default -> {
                        if (args[i].startsWith("--")) {
                            throw new IllegalArgumentException("unknown option " + args[i]);
                        }
                        files.add(Path.of(args[i]));
                    }
                }
            }
            if (files.isEmpty()) {
                throw new IllegalArgumentException("no file given");
            }
            if (out != null && !mask) {
                throw new IllegalArgumentException("--out goes with --mask");
            }
            if (mask && out == null && files.size() > 1) {
                throw new IllegalArgumentException("masking several files needs --out DIR");
            }
            return new Options(policy, mask, out, tenant, List.copyOf(files));
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }
    }
}
