package io.gatehouse.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.evidence.AuditEvent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The NDJSON export, checked by the offline verifier as an auditor would run it: intact files pass,
 * altered ones fail at the altered seq, and files that are not exports are said to be so.
 */
class AuditVerifyCommandTest {

    static AuditDatabase audit;

    @TempDir Path folder;

    @BeforeAll
    static void database() {
        audit = AuditDatabase.shared();
    }

    @Test
    void anIntactExportPasses() throws IOException {
        UUID tenant = aChainOf(4);
        Path file = export(tenant);

        assertThat(Files.readAllLines(file)).hasSize(4);
        assertVerdict(verify(file), 0, "{\"valid\":true,\"checked\":4,\"firstBrokenSeq\":null}");
    }

    @Test
    void theExportOfATamperedChainFailsAtTheTamperedSeq() throws Exception {
        UUID tenant = aChainOf(5);
        audit.tamper(
                "update gatehouse.audit_events set outcome = 'success', resource_id = 'x' where customer_id = '"
                        + tenant
                        + "' and seq = 4");

        assertVerdict(
                verify(export(tenant)), 1, "{\"valid\":false,\"checked\":3,\"firstBrokenSeq\":4}");
    }

    @Test
    void anExportEditedAfterDownloadFailsAtTheEditedLine() throws IOException {
        Path file = export(aChainOf(3));
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.set(1, lines.get(1).replace("\"phi.read\"", "\"phi.list\""));
        Files.write(file, lines);

        assertVerdict(verify(file), 1, "{\"valid\":false,\"checked\":1,\"firstBrokenSeq\":2}");
    }

    @Test
    void anExportWithALineRemovedFailsAtTheGap() throws IOException {
        Path file = export(aChainOf(3));
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.remove(0);
        Files.write(file, lines);

        assertVerdict(verify(file), 1, "{\"valid\":false,\"checked\":0,\"firstBrokenSeq\":1}");
    }

    @Test
    void thePlatformChainExportsAndVerifiesLikeAnyOther() throws IOException {
        audit.append(AuditEvent.PLATFORM_CHAIN, AuditSamples.events(AuditEvent.PLATFORM_CHAIN, 2));
        Path file = export(AuditEvent.PLATFORM_CHAIN);
        assertThat(verify(file).exitCode()).isZero();
        assertThat(Files.readString(file))
                .contains("\"customer_id\":\"00000000-0000-0000-0000-000000000000\"");
    }

    @Test
    void filesThatAreNotExportsAreUnreadableNotBroken() throws IOException {
        String goodLine = Files.readAllLines(export(aChainOf(1))).get(0);
        List<String> notExports =
                List.of(
                        "not json at all",
                        "[1, 2, 3]",
                        goodLine.substring(0, goodLine.length() - 10),
                        goodLine.replace("\"seq\":1", "\"seq\":\"1\""),
                        goodLine.replace(",\"trace_id\":", ",\"extra\":1,\"trace_id\":"),
                        goodLine.replace("gatehouse.audit.v1", "gatehouse.audit.v9"),
                        goodLine.replace("\"action\":\"phi.read\",", ""),
                        goodLine + " {}");
        for (String content : notExports) {
            Path file = folder.resolve("not-an-export.ndjson");
            Files.writeString(file, content + "\n");
            Outcome outcome = verify(file);
            assertThat(outcome.exitCode()).as(content).isEqualTo(2);
            assertThat(outcome.stderr()).as(content).startsWith("unreadable export: line 1:");
        }
    }

    @Test
    void missingFilesBadBytesAndBadArgumentsAreUnreadable() throws IOException {
        Path notUtf8 = folder.resolve("latin1.ndjson");
        Files.write(notUtf8, new byte[] {'{', (byte) 0xe9, '}', '\n'});

        assertThat(verify(folder.resolve("absent.ndjson")).exitCode()).isEqualTo(2);
        assertThat(verify(notUtf8).exitCode()).isEqualTo(2);
        assertThat(run().exitCode()).isEqualTo(2);
        assertThat(run("a", "b").exitCode()).isEqualTo(2);
    }

    @Test
    void anEmptyExportIsAnIntactEmptyChain() throws IOException {
        Path empty = Files.writeString(folder.resolve("empty.ndjson"), "");
        assertVerdict(verify(empty), 0, "{\"valid\":true,\"checked\":0,\"firstBrokenSeq\":null}");
    }

    private static UUID aChainOf(int events) {
        UUID tenant = UUID.randomUUID();
        audit.append(tenant, AuditSamples.events(tenant, events));
        return tenant;
    }

    private Path export(UUID chain) throws IOException {
        StringWriter text = new StringWriter();
        long lines =
                audit.inChainScope(
                        chain,
                        db -> {
                            try {
                                return AuditExport.write(db, chain, text);
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        });
        assertThat(text.toString().lines().count()).isEqualTo(lines);
        return Files.writeString(
                folder.resolve(chain + ".ndjson"), text.toString(), StandardCharsets.UTF_8);
    }

    private static Outcome verify(Path file) {
        return run(file.toString());
    }

    private static Outcome run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit =
                AuditVerifyCommand.run(
                        args,
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(
                exit,
                out.toString(StandardCharsets.UTF_8).strip(),
                err.toString(StandardCharsets.UTF_8).strip());
    }

    /** The verdict is the exit code and the line on stdout; stderr only explains. */
    private static void assertVerdict(Outcome outcome, int exitCode, String stdout) {
        assertThat(outcome.exitCode()).as(outcome.toString()).isEqualTo(exitCode);
        assertThat(outcome.stdout()).isEqualTo(stdout);
    }

    record Outcome(int exitCode, String stdout, String stderr) {}
}
