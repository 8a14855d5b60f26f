package io.gatehouse.http;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** The {@code limit} and {@code cursor} query parameters of a list route. */
public record PageRequest(int limit, Optional<PageCursor> after) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public static PageRequest from(Call call) {
        Optional<PageCursor> after = call.queryParam("cursor").map(PageCursor::decode);
        return new PageRequest(limitFrom(call), after);
    }

    /**
     * The {@code limit} parameter alone, for lists whose cursor has another shape (400 when out of
     * range).
     */
    public static int limitFrom(Call call) {
        return call.queryParam("limit").map(PageRequest::parseLimit).orElse(DEFAULT_LIMIT);
    }

    /**
     * The keyset condition for rows after the cursor, ordered by (createdAt, id); none on page one.
     */
    public Condition afterCursor(Field<OffsetDateTime> createdAt, Field<UUID> id) {
        return after.map(cursor -> DSL.row(createdAt, id).gt(cursor.createdAt(), cursor.id()))
                .orElse(DSL.noCondition());
    }

    private static int parseLimit(String text) {
        try {
            int limit = Integer.parseInt(text);
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below, like any other out-of-range value
        }
        throw ProblemException.badRequest(
                "limit must be a whole number from 1 to " + MAX_LIMIT + ".");
    }
}
