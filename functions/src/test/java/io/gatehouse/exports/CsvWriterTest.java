package io.gatehouse.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** CSV as a spreadsheet will read it: formulas neutralised (OWASP), fields quoted per RFC 4180. */
class CsvWriterTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "=HYPERLINK(\"http://x.example\")",
                "+1 555 0100",
                "-2+3",
                "@SUM(A1:A2)",
                "\tcmd",
                "\rcmd"
            })
    void aCellThatASpreadsheetWouldEvaluateIsPrefixedWithAQuote(String value) {
        assertThat(CsvWriter.neutralise(value)).isEqualTo("'" + value);
    }

    @Test
    void ordinaryCellsAreLeftAlone() {
        assertThat(CsvWriter.neutralise("Ada Lovelace")).isEqualTo("Ada Lovelace");
        assertThat(CsvWriter.neutralise("a=b"))
                .as("only the first character matters")
                .isEqualTo("a=b");
        assertThat(CsvWriter.neutralise("'quoted")).isEqualTo("'quoted");
        assertThat(CsvWriter.field(null)).isEmpty();
    }

    @Test
    void fieldsWithSeparatorsQuotesOrLineBreaksAreQuotedWithQuotesDoubled() throws Exception {
        StringWriter out = new StringWriter();
        CsvWriter csv = new CsvWriter(out);
        csv.row(List.of("plain", "a,b", "say \"hi\"", "line1\nline2"));
        csv.row(Arrays.asList(null, "=1+1", "-1,5", "\r\n"));
        assertThat(out.toString())
                .isEqualTo(
                        "plain,\"a,b\",\"say \"\"hi\"\"\",\"line1\nline2\"\r\n"
                                + ",'=1+1,\"'-1,5\",\"'\r\n\"\r\n");
    }
}
