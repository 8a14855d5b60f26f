package io.gatehouse.pii;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.platform.Settings;
import io.gatehouse.platform.SettingsSecrets;
import io.gatehouse.testing.TestSecrets;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The offline scanner: same engine and policy format as the API, no values in scan output. */
class PiiScanCommandTest {

    @TempDir Path dir;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(Settings environment, String... args) {
        return PiiScanCommand.run(
                args,
                environment,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    int run(String... args) {
        return run(Settings.of(Map.of()), args);
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void scanPrintsWhereAndWhatButNeverTheValue() throws Exception {
        Path note =
                Files.writeString(
                        dir.resolve("note.txt"), "😀 mail jane@example.com, SSN 536-22-1234");
        assertThat(run(note.toString())).isEqualTo(PiiScanCommand.FOUND);
        assertThat(out().lines())
                .containsExactly(
                        "{\"file\":\""
                                + note
                                + "\",\"type\":\"EMAIL\",\"start\":7,\"end\":23,\"score\":1.0}",
                        "{\"file\":\""
                                + note
                                + "\",\"type\":\"US_SSN\",\"start\":29,\"end\":40,\"score\":1.0}");
        assertThat(out() + err).doesNotContain("jane@example.com", "536-22-1234");

        Path clean =
                Files.writeString(dir.resolve("clean.txt"), "nothing personal here, build 1.2.3.4");
        out.reset();
        assertThat(run(clean.toString())).isEqualTo(PiiScanCommand.CLEAN);
        assertThat(out()).isEmpty();
    }

    @Test
    void maskWithAPolicyFileGivesWhatTheApiGives() throws Exception {
        Path policy =
                Files.writeString(
                        dir.resolve("policy.json"),
                        "{\"entities\": {\"EMAIL\": {\"operator\": \"mask\", \"keepLast\": 11}, \"PERSON\": {\"operator\": \"hash\"}}}");
        Path note = Files.writeString(dir.resolve("note.txt"), "Dr. Jane Smith, jane@example.com");
        String master = TestSecrets.random();
        UUID tenant = UUID.randomUUID();
        Settings environment =
                Settings.of(Map.of(SettingsSecrets.settingName(PseudonymKey.SECRET_NAME), master));

        assertThat(
                        run(
                                environment,
                                "--policy",
                                policy.toString(),
                                "--mask",
                                "--tenant",
                                tenant.toString(),
                                note.toString()))
                .isEqualTo(PiiScanCommand.CLEAN);

        PiiPolicy same =
                PiiPolicy.parse(
                        io.gatehouse.platform.Json.mapper().readTree(Files.readString(policy)), 1);
        String expected =
                PiiEngine.mask(
                                Files.readString(note),
                                same,
                                () ->
                                        PseudonymKey.forTenant(
                                                name -> java.util.Optional.of(master), tenant))
                        .masked();
        assertThat(out())
                .isEqualTo(expected)
                .matches("Dr\\. <PERSON:[0-9a-f]{20}>, \\*{5}example\\.com");
    }

    @Test
    void masksSeveralFilesIntoADirectory() throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "a@example.com");
        Path b = Files.writeString(dir.resolve("b.txt"), "tel 212-555-0199");
        Path masked = dir.resolve("masked");
        assertThat(run("--mask", "--out", masked.toString(), a.toString(), b.toString())).isZero();
        assertThat(Files.readString(masked.resolve("a.txt"))).isEqualTo("<EMAIL>");
        assertThat(Files.readString(masked.resolve("b.txt"))).isEqualTo("tel <PHONE_NUMBER>");
    }

    @Test
    void refusalsExitWithTwoAndSayWhy() throws Exception {
        Path note = Files.writeString(dir.resolve("note.txt"), "a@example.com");
        Path badPolicy =
                Files.writeString(
                        dir.resolve("bad.json"),
                        "{\"entities\": {\"PASSPORT\": {\"operator\": \"redact\"}}}");
        assertThat(run("--policy", badPolicy.toString(), note.toString()))
                .isEqualTo(PiiScanCommand.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Unknown entity type 'PASSPORT'");

        Path hashing =
                Files.writeString(
                        dir.resolve("hash.json"),
                        "{\"entities\": {\"EMAIL\": {\"operator\": \"hash\"}}}");
        assertThat(run("--policy", hashing.toString(), "--mask", note.toString()))
                .as("no key, no tenant")
                .isEqualTo(PiiScanCommand.FAILED);

        Path latin1 =
                Files.write(dir.resolve("latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9});
        assertThat(run(latin1.toString())).isEqualTo(PiiScanCommand.FAILED);
        assertThat(run()).isEqualTo(PiiScanCommand.FAILED);
        assertThat(run("--bogus", note.toString())).isEqualTo(PiiScanCommand.FAILED);
        assertThat(run(dir.resolve("missing.txt").toString())).isEqualTo(PiiScanCommand.FAILED);
    }
}
