package io.gatehouse.http;

import java.util.List;
import java.util.function.Function;

/** One page of a keyset-paginated list. {@code nextCursor} is null on the last page. */
public record Page<T>(List<T> items, String nextCursor) {

    /**
     * Builds a page from up to {@code limit + 1} rows fetched in key order: the extra row, when
     * present, only proves there is a next page and is not returned.
     */
    public static <T> Page<T> of(
            List<T> rows, int limit, Function<T, ? extends KeysetPosition> cursorOf) {
        if (rows.size() <= limit) {
            return new Page<>(List.copyOf(rows), null);
        }
        List<T> items = List.copyOf(rows.subList(0, limit));
        return new Page<>(items, cursorOf.apply(items.get(limit - 1)).encode());
    }
}
