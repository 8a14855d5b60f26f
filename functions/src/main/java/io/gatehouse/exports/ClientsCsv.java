package io.gatehouse.exports;

import static io.gatehouse.db.Tables.CLIENTS;

import io.gatehouse.db.tables.records.ClientsRecord;
import io.gatehouse.platform.Sha256;
import java.io.IOException;
import java.io.Writer;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;

/**
 * The clients export: which columns, in which order, and how the rows are read. Rows come through a
 * server-side cursor ({@code fetchLazy} with a fetch size, inside the caller's transaction), so at
 * most {@link #FETCH_SIZE} rows are in memory at once whatever the tenant's size, and each row is
 * written out as CSV before the next is read.
 */
final class ClientsCsv {

    static final String RESOURCE = "clients";
    static final int FETCH_SIZE = 500;

    private static final List<Field<?>> COLUMNS =
            List.of(
                    CLIENTS.CLIENT_ID,
                    CLIENTS.FULL_NAME,
                    CLIENTS.EMAIL,
                    CLIENTS.PHONE,
                    CLIENTS.DATE_OF_BIRTH,
                    CLIENTS.NOTES,
                    CLIENTS.CREATED_AT,
                    CLIENTS.UPDATED_AT);
    private static final List<String> HEADER =
            List.of(
                    "id",
                    "fullName",
                    "email",
                    "phone",
                    "dateOfBirth",
                    "notes",
                    "createdAt",
                    "updatedAt");

    /**
     * What a confirmation token is bound to: the query's definition (resource, columns, order), not
     * the tenant's data. A token confirms exactly the query the user was shown the count of; if the
     * definition changed in between (a new release), the token no longer matches.
     */
    static final String QUERY_DEFINITION =
            "clients/v1 select "
                    + String.join(",", COLUMNS.stream().map(Field::getName).toList())
                    + " from clients order by created_at, client_id";

    static final String QUERY_HASH = Sha256.hex(QUERY_DEFINITION);

    private ClientsCsv() {}

    static long count(DSLContext db) {
        return db.fetchCount(CLIENTS);
    }

    /** Writes the header and every row the transaction sees; returns the number of rows written. */
    static long write(DSLContext db, Writer out) throws IOException {
        CsvWriter csv = new CsvWriter(out);
        csv.row(HEADER);
        long rows = 0;
        try (Cursor<ClientsRecord> cursor =
                db.selectFrom(CLIENTS)
                        .orderBy(CLIENTS.CREATED_AT, CLIENTS.CLIENT_ID)
                        .fetchSize(FETCH_SIZE)
                        .fetchLazy()) {
            for (ClientsRecord row : cursor) {
                csv.row(cells(row));
                rows++;
            }
        }
        out.flush();
        return rows;
    }

    private static List<String> cells(ClientsRecord row) {
        List<String> cells = new ArrayList<>(COLUMNS.size());
        for (Field<?> column : COLUMNS) {
            Object value = row.get(column);
            cells.add(
                    value == null
                            ? null
                            : value instanceof TemporalAccessor
                                    ? value.toString()
                                    : String.valueOf(value));
        }
        return cells;
    }
}
