package io.gatehouse.audit;

import static io.gatehouse.db.Tables.AUDIT_EVENTS;

import io.gatehouse.http.ApiResponse;
import io.gatehouse.http.Call;
import io.gatehouse.http.Page;
import io.gatehouse.http.PageRequest;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tenant's own evidence, for its administrators: its events, filtered and paged; the chain
 * recomputed on the server; and the chain as NDJSON to recompute anywhere with {@link
 * AuditVerifyCommand}. All read only the caller's tenant (row-level security); an operator reaches
 * a tenant through X-Customer-Id.
 */
final class AuditHandlers {

    private static final Logger LOG = LoggerFactory.getLogger(AuditHandlers.class);

    static final String NDJSON = "application/x-ndjson";

    private AuditHandlers() {}

    /**
     * GET /audit: newest first, keyset-paged over (occurred_at, seq), which the index
     * audit_events_occurred_idx serves from either end. The tenant condition repeats what row-level
     * security enforces anyway, so that the index, which leads with customer_id, can be used.
     */
    static ApiResponse list(Call call) {
        AuditFilter filter = AuditFilter.from(call);
        int limit = PageRequest.limitFrom(call);
        Optional<AuditCursor> after = call.queryParam("cursor").map(AuditCursor::decode);
        Condition beforeCursor =
                after.map(
                                cursor ->
                                        DSL.row(AUDIT_EVENTS.OCCURRED_AT, AUDIT_EVENTS.SEQ)
                                                .lt(
                                                        cursor.occurredAt()
                                                                .atOffset(ZoneOffset.UTC),
                                                        cursor.seq()))
                        .orElse(DSL.noCondition());
        List<AuditEventView> rows =
                call.db()
                        .selectFrom(AUDIT_EVENTS)
                        .where(AUDIT_EVENTS.CUSTOMER_ID.eq(call.customerId()))
                        .and(filter.condition())
                        .and(beforeCursor)
                        .orderBy(AUDIT_EVENTS.OCCURRED_AT.desc(), AUDIT_EVENTS.SEQ.desc())
                        .limit(limit + 1)
                        .fetch(AuditEventView::of);
        return ApiResponse.ok(Page.of(rows, limit, AuditEventView::cursor));
    }

    /**
     * Logged when a verification finds a break: the estate's alert (infra/modules/alerts.bicep)
     * searches the logs for this text, so it names no value of the chain, only where it broke.
     */
    static final String CHAIN_BROKEN_LOG = "audit chain verification failed";

    static ApiResponse verify(Call call) {
        ChainVerification result = ChainVerifier.verify(call.db(), call.customerId());
        if (!result.valid()) {
            LOG.error(
                    CHAIN_BROKEN_LOG + ": tenant {} first broken seq {} ({} verified before it)",
                    call.customerId(),
                    result.firstBrokenSeq(),
                    result.checked());
        }
        return ApiResponse.ok(result);
    }

    static ApiResponse export(Call call) {
        StringWriter lines = new StringWriter();
        try {
            AuditExport.write(call.db(), call.customerId(), lines);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return new ApiResponse(
                200,
                Map.of(
                        "Content-Type",
                        NDJSON,
                        "Content-Disposition",
                        "attachment; filename=\"audit-" + call.customerId() + ".ndjson\""),
                lines.toString());
    }
}
