package gov.nist.mep.impact.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The fiscal years an extract's records cover, read before any run (to turn {@code latest} or {@code all} into
 * years) with ingestion's own readers and record rules: the same CSV parsing (quoted fields, byte-order mark,
 * columns by name) and only the records ingestion would accept.
 */
public final class ExtractYears {

    private static final String FISCAL_YEAR = "fiscal_year";

    private ExtractYears() {
    }

    /** The {@code fiscal_year} values of the accepted records of one kind of file (center financials, appropriations). */
    public static SortedSet<Integer> accepted(Path extract, FileKind kind) {
        TreeSet<Integer> years = new TreeSet<>();
        for (ExtractFile file : ExtractLayout.scan(extract).files()) {
            if (file.kind() != kind) {
                continue;
            }
            try (RecordFile records = RecordFile.open(file)) {
                for (SourceRecord r = records.next(); r != null; r = records.next()) {
                    if (!RecordValidator.validate(r).isRejected() && r.get(FISCAL_YEAR) != null) {
                        years.add(Integer.valueOf(r.get(FISCAL_YEAR).strip()));
                    }
                }
            } catch (IOException e) {
                throw StructuralException.at(file.relativePath(), 0, 0, "cannot be read (" + e.getMessage() + ")");
            }
        }
        return years;
    }
}
