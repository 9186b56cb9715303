package gov.nist.mep.impact.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A CSV file of the extract: header matched by name, unknown columns ignored, required columns enforced. */
final class CsvRecordFile implements RecordFile {

    private final ExtractFile file;
    private final BufferedReader reader;
    private final CsvParser parser;
    private final List<String> header;

    CsvRecordFile(ExtractFile file, BufferedReader reader) {
        this.file = file;
        this.reader = reader;
        this.parser = new CsvParser(reader);
        this.header = readHeader();
    }

    private List<String> readHeader() {
        List<String> names = readRow();
        if (names == null) {
            throw StructuralException.at(file.relativePath(), 1, 0, "is empty: a CSV file needs a header line");
        }
        List<String> trimmed = names.stream().map(String::strip).toList();
        for (ColumnSpec column : file.kind().columns()) {
            int first = trimmed.indexOf(column.name());
            int last = trimmed.lastIndexOf(column.name());
            if (first != last) {
                throw StructuralException.at(file.relativePath(), 1, last + 1, "column '" + column.name()
                        + "' appears twice in the header (columns " + (first + 1) + " and " + (last + 1)
                        + "): which values to read is unclear; keep one");
            }
            if (column.requiredInHeader() && !trimmed.contains(column.name())) {
                throw StructuralException.at(file.relativePath(), 1, 0,
                        "required column '" + column.name() + "' is missing from the header");
            }
        }
        return trimmed;
    }

    /** The 1-based position of a column in the header, or 0 when the header does not name it. */
    int columnNumber(String name) {
        return header.indexOf(name) + 1;
    }

    @Override
    public SourceRecord next() {
        List<String> row = readRow();
        if (row == null) {
            return null;
        }
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < header.size() && i < row.size(); i++) {
            String value = row.get(i);
            if (!value.isBlank()) {
                values.put(header.get(i), value);
            }
        }
        return new SourceRecord(file.kind(), file.ordinal(), file.relativePath(), parser.rowStartLine(), values,
                row.size() != header.size());
    }

    private List<String> readRow() {
        try {
            return parser.next();
        } catch (CsvParser.UnterminatedQuoteException e) {
            throw StructuralException.at(file.relativePath(), e.startLine(), 0, e.getMessage());
        } catch (IOException e) {
            throw RecordFile.readFailure(file, parser.currentLine(), e);
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
