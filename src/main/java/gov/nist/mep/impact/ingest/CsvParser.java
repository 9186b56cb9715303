package gov.nist.mep.impact.ingest;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming RFC 4180 parser: comma separated, double-quote quoting (quoted fields may hold commas, doubled quotes and
 * line breaks), LF or CRLF line ends, an optional byte-order mark. It counts physical lines so that every row knows
 * the line where it starts. Completely empty lines are skipped. The one CSV reader of the project: the extract's files
 * and the economy-wide model's tables ({@code gov.nist.mep.impact.economy}) are read with it.
 */
public final class CsvParser {

    private final Reader in;
    private long line = 1;
    private long rowStartLine;
    private int pushedBack = -2;
    private boolean started;
    private final char[] buffer = new char[8192];
    private int position;
    private int limit;

    public CsvParser(Reader in) {
        this.in = in;
    }

    /** The 1-based physical line where the last returned row started. */
    public long rowStartLine() {
        return rowStartLine;
    }

    /** The physical line being read (for error messages). */
    long currentLine() {
        return line;
    }

    /**
     * Reads the next row, or returns {@code null} at the end of the input.
     *
     * @throws UnterminatedQuoteException when the input ends inside a quoted field
     */
    public List<String> next() throws IOException {
        int c = read();
        if (!started) {
            started = true;
            if (c == '\uFEFF') {
                c = read();
            }
        }
        while (c == '\n' || c == '\r') {
            if (c == '\r' && peek() == '\n') {
                read();
            }
            line++;
            c = read();
        }
        if (c == -1) {
            return null;
        }
        rowStartLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean inQuotes = false;
        boolean fieldWasQuoted = false;
        while (true) {
            if (inQuotes) {
                if (c == -1) {
                    throw new UnterminatedQuoteException(rowStartLine);
                }
                if (c == '"') {
                    if (peek() == '"') {
                        read();
                        field.append('"');
                    } else {
                        inQuotes = false;
                    }
                } else {
                    if (c == '\n' || (c == '\r' && peek() != '\n')) {
                        line++;
                    }
                    field.append((char) c);
                }
            } else if (c == '"' && field.length() == 0 && !fieldWasQuoted) {
                inQuotes = true;
                fieldWasQuoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                fieldWasQuoted = false;
            } else if (c == '\n' || c == '\r' || c == -1) {
                if (c == '\r' && peek() == '\n') {
                    read();
                }
                if (c != -1) {
                    line++;
                }
                fields.add(field.toString());
                return fields;
            } else {
                field.append((char) c);
            }
            c = read();
        }
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        return nextChar();
    }

    private int peek() throws IOException {
        if (pushedBack == -2) {
            pushedBack = nextChar();
        }
        return pushedBack;
    }

    /** The next character of the input through a buffer of its own (one call to the reader per 8 K characters). */
    private int nextChar() throws IOException {
        if (position == limit) {
            limit = in.read(buffer, 0, buffer.length);
            position = 0;
            if (limit <= 0) {
                limit = 0;
                return -1;
            }
        }
        return buffer[position++];
    }

    /** The input ended inside a quoted field that started on {@link #startLine()}. */
    static final class UnterminatedQuoteException extends IOException {

        private static final long serialVersionUID = 1L;
        private final long startLine;

        UnterminatedQuoteException(long startLine) {
            super("a quoted field that starts on line " + startLine + " is never closed");
            this.startLine = startLine;
        }

        long startLine() {
            return startLine;
        }
    }
}
