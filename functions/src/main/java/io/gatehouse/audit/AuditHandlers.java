package io.gatehouse.audit;

import io.gatehouse.http.ApiResponse;
import io.gatehouse.http.Call;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The tenant's own evidence, for its administrators: the chain recomputed on the server, and the
 * chain as NDJSON to recompute anywhere with {@link AuditVerifyCommand}. Both read only the
 * caller's tenant (row-level security); an operator reaches a tenant through X-Customer-Id.
 */
final class AuditHandlers {

    static final String NDJSON = "application/x-ndjson";

    private AuditHandlers() {}

    static ApiResponse verify(Call call) {
        return ApiResponse.ok(ChainVerifier.verify(call.db(), call.customerId()));
    }

    static ApiResponse export(Call call) {
        StringWriter lines = new StringWriter();
        try {
            AuditExport.write(call.db(), call.customerId(), lines);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return new ApiResponse(200, Map.of("Content-Type", NDJSON,
                "Content-Disposition", "attachment; filename=\"audit-" + call.customerId() + ".ndjson\""), lines.toString());
    }
}
