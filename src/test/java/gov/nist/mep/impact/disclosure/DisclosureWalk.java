package gov.nist.mep.impact.disclosure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Walks every output of a run and checks the disclosure rule against an independent reading of the extract (see
 * {@link DisclosureCheck}). The rejected records come from a file of "file,line" lines (the worked example's expected
 * rejects) or from the run's rejects.csv.
 */
public final class DisclosureWalk {

    /** BEA's industry codes with their NAICS codes: data, read by the independent reader to group clients. */
    static final Path INDUSTRIES = Path.of("src", "main", "resources", "economy", "industry-codes-2007-naics.csv")
            .toAbsolutePath();
    /** The contract's default suppression threshold. */
    public static final int THRESHOLD = 3;

    private DisclosureWalk() {
    }

    /** The findings of every output of {@code outputs}, read against {@code extract}. */
    public static List<String> findings(Path extract, Set<String> rejected, Path outputs) {
        return check(extract, rejected, outputs).findings();
    }

    static DisclosureCheck check(Path extract, Set<String> rejected, Path outputs) {
        ExtractGroups groups = ExtractGroups.read(extract, rejected, INDUSTRIES);
        return new DisclosureCheck(groups, THRESHOLD).check(OutputWalk.of(outputs));
    }

    /** "file,line" of every rejected record listed in a rejects.csv (or a file of "file,line" lines). */
    public static Set<String> rejected(Path rejects) {
        Set<String> keys = new HashSet<>();
        try {
            List<ExtractGroups.Csv.Row> rows = ExtractGroups.Csv.parse(Files.readString(rejects,
                    StandardCharsets.UTF_8));
            boolean header = !rows.isEmpty() && rows.get(0).fields().get(0).equals("file");
            for (ExtractGroups.Csv.Row r : header ? rows.subList(1, rows.size()) : rows) {
                keys.add(r.fields().get(0) + "," + r.fields().get(1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }
}
