package gov.nist.mep.impact.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvParserTest {

    private record Row(long line, List<String> fields) {
    }

    private static List<Row> parse(String text) throws IOException {
        CsvParser parser = new CsvParser(new StringReader(text));
        List<Row> rows = new ArrayList<>();
        for (List<String> r = parser.next(); r != null; r = parser.next()) {
            rows.add(new Row(parser.rowStartLine(), r));
        }
        return rows;
    }

    @Test
    void readsPlainRowsWithLineNumbers() throws IOException {
        assertThat(parse("a,b\n1,2\n3,4\n")).containsExactly(
                new Row(1, List.of("a", "b")), new Row(2, List.of("1", "2")), new Row(3, List.of("3", "4")));
    }

    @Test
    void stripsByteOrderMarkAndAcceptsCrlf() throws IOException {
        assertThat(parse("\uFEFFa,b\r\n1,2\r\n")).containsExactly(
                new Row(1, List.of("a", "b")), new Row(2, List.of("1", "2")));
    }

    @Test
    void quotedFieldsHoldCommasQuotesAndLineBreaks() throws IOException {
        List<Row> rows = parse("h1,h2\n\"a, b\",\"say \"\"hi\"\"\"\n\"line1\r\nline2\",x\nlast,row\n");
        assertThat(rows).containsExactly(
                new Row(1, List.of("h1", "h2")),
                new Row(2, List.of("a, b", "say \"hi\"")),
                new Row(3, List.of("line1\r\nline2", "x")),
                new Row(5, List.of("last", "row")));
    }

    @Test
    void lastRowWithoutLineEndAndEmptyFields() throws IOException {
        assertThat(parse("a,b,c\n,,\n1,,3")).containsExactly(
                new Row(1, List.of("a", "b", "c")), new Row(2, List.of("", "", "")), new Row(3, List.of("1", "", "3")));
    }

    @Test
    void skipsEmptyLinesButKeepsCountingThem() throws IOException {
        assertThat(parse("a\n\n1\n\r\n2\n")).containsExactly(
                new Row(1, List.of("a")), new Row(3, List.of("1")), new Row(5, List.of("2")));
    }

    @Test
    void unterminatedQuoteNamesTheLineWhereTheFieldStarts() {
        assertThatThrownBy(() -> parse("a,b\n1,\"open\nstill open\n"))
                .isInstanceOf(CsvParser.UnterminatedQuoteException.class)
                .hasMessageContaining("line 2");
    }
}
