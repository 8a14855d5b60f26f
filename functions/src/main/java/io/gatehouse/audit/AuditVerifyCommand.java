package io.gatehouse.audit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Verifies an NDJSON audit export offline, with the same canonical form and chain walk as the
 * service: download with {@code GET /audit/export}, then, from the packaged app, {@code java -cp
 * 'functions/target/azure-functions/gatehouse/*:functions/target/azure-functions/gatehouse/lib/*'
 * io.gatehouse.audit.AuditVerifyCommand export.ndjson}. It needs no database and no settings.
 *
 * <p>Prints one JSON line, {@code {"valid":..,"checked":..,"firstBrokenSeq":..}}, and exits with 0
 * when the chain is intact, 1 when it is broken, 2 when the file cannot be read as an export.
 */
public final class AuditVerifyCommand {

    static final int VALID = 0;
    static final int BROKEN = 1;
    static final int UNREADABLE = 2;

    private AuditVerifyCommand() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 1) {
            err.println("usage: AuditVerifyCommand <export.ndjson>");
            return UNREADABLE;
        }
        ChainVerification result;
        // Strict UTF-8: a malformed byte is an unreadable file, never silently replaced.
        try (BufferedReader in =
                Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            result = AuditExport.verify(in);
        } catch (IOException | InvalidPathException e) {
            err.println("unreadable export: " + e.getMessage());
            return UNREADABLE;
        }
        out.println(
                "{\"valid\":"
                        + result.valid()
                        + ",\"checked\":"
                        + result.checked()
                        + ",\"firstBrokenSeq\":"
                        + result.firstBrokenSeq()
                        + "}");
        return result.valid() ? VALID : BROKEN;
    }
}
