package io.gatehouse.clients;

import static io.gatehouse.db.Tables.CLIENTS;

import io.gatehouse.db.tables.records.ClientsRecord;
import io.gatehouse.http.ApiResponse;
import io.gatehouse.http.Call;
import io.gatehouse.http.Page;
import io.gatehouse.http.PageCursor;
import io.gatehouse.http.PageRequest;
import io.gatehouse.http.ProblemException;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/**
 * The clients routes. Queries carry no tenant filter of their own: the transaction they run in is
 * scoped to the caller's tenant, and row-level security removes every other tenant's rows. A row of
 * another tenant therefore looks exactly like a row that does not exist.
 */
final class ClientHandlers {

    static final int MAX_SEARCH_LENGTH = 100;

    private ClientHandlers() {}

    static ApiResponse list(Call call) {
        PageRequest page = PageRequest.from(call);
        Condition condition = page.afterCursor(CLIENTS.CREATED_AT, CLIENTS.CLIENT_ID);
        Optional<String> search = call.queryParam("q").map(String::strip).filter(q -> !q.isEmpty());
        if (search.isPresent()) {
            if (search.get().length() > MAX_SEARCH_LENGTH) {
                throw ProblemException.badRequest(
                        "q is longer than " + MAX_SEARCH_LENGTH + " characters.");
            }
            // containsIgnoreCase escapes % and _, so the search text is never a pattern.
            condition =
                    condition.and(
                            CLIENTS.FULL_NAME
                                    .containsIgnoreCase(search.get())
                                    .or(CLIENTS.EMAIL.containsIgnoreCase(search.get())));
        }
        var rows =
                call.db()
                        .selectFrom(CLIENTS)
                        .where(condition)
                        .orderBy(CLIENTS.CREATED_AT, CLIENTS.CLIENT_ID)
                        .limit(page.limit() + 1)
                        .fetch(ClientView::of);
        // What was searched for is personal data itself; the event says only that there was a
        // search.
        call.audit()
                .detail("returned", Math.min(rows.size(), page.limit()))
                .detail("searched", search.isPresent());
        return ApiResponse.ok(
                Page.of(rows, page.limit(), view -> new PageCursor(view.createdAt(), view.id())));
    }

    static ApiResponse create(Call call) {
        NewClient input = call.body(NewClient.class).checkedAt(call.clock());
        ClientsRecord row =
                call.db()
                        .insertInto(CLIENTS)
                        .set(CLIENTS.CUSTOMER_ID, call.customerId())
                        .set(CLIENTS.CLIENT_ID, UUID.randomUUID())
                        .set(CLIENTS.FULL_NAME, input.fullName())
                        .set(CLIENTS.EMAIL, input.email())
                        .set(CLIENTS.PHONE, input.phone())
                        .set(CLIENTS.DATE_OF_BIRTH, input.dateOfBirth())
                        .set(CLIENTS.NOTES, input.notes())
                        .returning()
                        .fetchSingle();
        ClientView view = ClientView.of(row);
        call.audit().resourceId(view.id());
        return ApiResponse.created("/api/clients/" + view.id(), view);
    }

    static ApiResponse get(Call call, String id) {
        UUID clientId = parseId(id);
        call.audit().resourceId(clientId);
        return call.db()
                .selectFrom(CLIENTS)
                .where(CLIENTS.CLIENT_ID.eq(clientId))
                .fetchOptional(ClientView::of)
                .map(ApiResponse::ok)
                .orElseThrow(ProblemException::notFound);
    }

    static ApiResponse patch(Call call, String id) {
        UUID clientId = parseId(id);
        call.audit().resourceId(clientId);
        ClientPatch patch = ClientPatch.from(call.jsonObject(), call.clock());
        // Which fields changed is evidence; their old and new values are not.
        call.audit().detail("fieldsChanged", patch.changes().size());
        return call.db()
                .update(CLIENTS)
                .set(patch.changes())
                .set(CLIENTS.UPDATED_AT, DSL.currentOffsetDateTime())
                .where(CLIENTS.CLIENT_ID.eq(clientId))
                .returning()
                .fetchOptional()
                .map(ClientView::of)
                .map(ApiResponse::ok)
                .orElseThrow(ProblemException::notFound);
    }

    /** A malformed id names no client: 404, like any other id the caller cannot see. */
    private static UUID parseId(String id) {
        try {
            if (id != null && id.length() == 36) {
                return UUID.fromString(id);
            }
        } catch (IllegalArgumentException e) {
            // falls through to 404
        }
        throw ProblemException.notFound();
    }
}
