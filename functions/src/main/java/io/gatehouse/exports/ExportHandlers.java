package io.gatehouse.exports;

import static io.gatehouse.db.Tables.EXPORTS;

import io.gatehouse.db.tables.records.ExportsRecord;
import io.gatehouse.http.ApiResponse;
import io.gatehouse.http.Call;
import io.gatehouse.http.ProblemException;
import io.gatehouse.http.ResourceIds;
import io.gatehouse.platform.Sha256;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The two steps of an export (SPEC.md §5): prepare — count the rows and hand out a one-time
 * confirmation token — and confirm — check the token against the user, the export and the query,
 * burn it, and return the CSV. Every refusal is a problem the pipeline audits as {@code
 * export.download} with the outcome the caller got.
 */
final class ExportHandlers {

    static final Duration TOKEN_TTL = Duration.ofMinutes(5);

    /**
     * The Java worker hands an HTTP response to the host as one message, so the whole CSV is held
     * in memory once (docs/gates.md); larger exports are refused rather than risking the worker.
     */
    static final long MAX_ROWS = 250_000;

    static final String CSV = "text/csv; charset=utf-8";

    private ExportHandlers() {}

    static ApiResponse prepare(Call call) {
        NewExport input = call.body(NewExport.class);
        long rowCount = ClientsCsv.count(call.db());
        if (rowCount > MAX_ROWS) {
            throw ProblemException.unprocessable(
                    "The export would hold more than " + MAX_ROWS + " rows.");
        }
        UUID exportId = UUID.randomUUID();
        String subject = call.principal().subject();
        String token = ConfirmationTokens.newToken();
        OffsetDateTime now = OffsetDateTime.now(call.clock());
        OffsetDateTime expiresAt = now.plus(TOKEN_TTL);
        call.db()
                .insertInto(EXPORTS)
                .set(EXPORTS.CUSTOMER_ID, call.customerId())
                .set(EXPORTS.EXPORT_ID, exportId)
                .set(EXPORTS.RESOURCE, input.resource())
                .set(EXPORTS.PURPOSE, input.purpose())
                .set(EXPORTS.QUERY_HASH, ClientsCsv.QUERY_HASH)
                .set(EXPORTS.ROW_COUNT, rowCount)
                .set(EXPORTS.REQUESTED_BY, subject)
                .set(
                        EXPORTS.TOKEN_HASH,
                        ConfirmationTokens.hash(token, exportId, subject, ClientsCsv.QUERY_HASH))
                .set(EXPORTS.CREATED_AT, now)
                .set(EXPORTS.EXPIRES_AT, expiresAt)
                .execute();
        call.audit()
                .resourceId(exportId)
                .detail("resource", input.resource())
                .detail("rowCount", rowCount);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", exportId);
        body.put("rowCount", rowCount);
        body.put("expiresAt", expiresAt);
        body.put("confirmationToken", token);
        return ApiResponse.json(202, body);
    }

    /**
     * The export row is locked first, so two confirmations of one token are serialised and the
     * second finds it used. The token is burnt in the same transaction that reads the rows: if
     * producing the CSV fails, the token is still good.
     */
    static ApiResponse confirm(Call call, String id) {
        UUID exportId = ResourceIds.parse(id);
        call.audit().resourceId(exportId);
        ExportConfirmation input = call.body(ExportConfirmation.class);
        ExportsRecord export =
                call.db()
                        .selectFrom(EXPORTS)
                        .where(EXPORTS.EXPORT_ID.eq(exportId))
                        .forUpdate()
                        .fetchOptional()
                        .orElseThrow(ProblemException::notFound);
        String subject = call.principal().subject();
        if (!export.getRequestedBy().equals(subject)) {
            throw new ProblemException(403, "Only the user who prepared an export can confirm it.");
        }
        String presented =
                ConfirmationTokens.hash(
                        input.confirmationToken(), exportId, subject, ClientsCsv.QUERY_HASH);
        if (!Sha256.same(export.getTokenHash(), presented)) {
            throw new ProblemException(403, "The confirmation token does not match this export.");
        }
        if (export.getConfirmedAt() != null) {
            throw new ProblemException(
                    409, "The confirmation token was used already; prepare a new export.");
        }
        OffsetDateTime now = OffsetDateTime.now(call.clock());
        if (!export.getExpiresAt().isAfter(now)) {
            throw new ProblemException(
                    409, "The confirmation token has expired; prepare a new export.");
        }
        StringWriter body = new StringWriter();
        long rows;
        try {
            rows = ClientsCsv.write(call.db(), body);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        call.db()
                .update(EXPORTS)
                .set(EXPORTS.CONFIRMED_AT, now)
                .set(EXPORTS.ROWS_EXPORTED, rows)
                .where(EXPORTS.EXPORT_ID.eq(exportId))
                .execute();
        call.audit().detail("resource", export.getResource()).detail("rowCount", rows);
        return new ApiResponse(
                200,
                Map.of(
                        "Content-Type",
                        CSV,
                        "Content-Disposition",
                        "attachment; filename=\"clients-" + exportId + ".csv\""),
                body.toString());
    }
}
