package io.gatehouse.exports;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes CSV per RFC 4180 (CRLF line ends; a field holding a comma, quote, CR or LF is quoted, with
 * quotes doubled), after neutralising every cell against CSV (formula) injection: a cell that a
 * spreadsheet would read as a formula — one starting with {@code = + - @}, TAB or CR — gets a
 * leading single quote (OWASP's advice), so it is shown as text and never evaluated. Writes
 * straight through to the given writer; it holds no rows.
 */
final class CsvWriter {

    private final Writer out;

    CsvWriter(Writer out) {
        this.out = out;
    }

    void row(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(cells.get(i)));
        }
        out.write("\r\n");
    }

    /**
     * One cell as it goes on the line: neutralised, then quoted if needed. Null is an empty field.
     */
    static String field(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = neutralise(value);
        boolean quote =
                safe.indexOf(',') >= 0
                        || safe.indexOf('"') >= 0
                        || safe.indexOf('\r') >= 0
                        || safe.indexOf('\n') >= 0;
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }

    static String neutralise(String value) {
        if (value.isEmpty()) {
            return value;
        }
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
            default -> value;
        };
    }
}
