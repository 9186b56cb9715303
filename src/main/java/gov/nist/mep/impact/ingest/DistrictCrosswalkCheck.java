package gov.nist.mep.impact.ingest;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The crosswalk's rules, checked in discovery before any record is staged: the crosswalk is reference data that every
 * district figure rests on, so a row that breaks a rule is a structural error (naming file, line and column), never a
 * rejected row that would leave the shares of its ZIP code short. Rows: the column rules of
 * {@link FileKind#CROSSWALK} (a 5-digit ZIP, a well-formed district code, 0 &lt; business_share &lt;= 1, a
 * congress). Whole file: one Congress on every row, and the shares of each ZIP code add up to 1 within
 * {@link #TOLERANCE}, counted over the rows that win their key (zip, district): the later in file order, as for every
 * key of the extract.
 */
final class DistrictCrosswalkCheck {

    /** The shares of one ZIP code add up to 1 within this. */
    static final BigDecimal TOLERANCE = new BigDecimal("0.01");

    private DistrictCrosswalkCheck() {
    }

    /** What was checked: the rows read and the Congress (null when the crosswalk has no row). */
    record Checked(long rows, Long congress) {
    }

    private record Row(long line, BigDecimal share) {
    }

    static Checked check(ExtractFile file) {
        String name = file.relativePath();
        try (RecordFile opened = RecordFile.open(file)) {
            CsvRecordFile csv = (CsvRecordFile) opened;
            int shareColumn = csv.columnNumber("business_share");
            int congressColumn = csv.columnNumber("congress");
            Map<String, Map<String, Row>> byZip = new TreeMap<>();
            Long congress = null;
            long congressLine = 0;
            long rows = 0;
            for (SourceRecord s = csv.next(); s != null; s = csv.next()) {
                rows++;
                ValidatedRecord r = RecordValidator.validate(s);
                if (r.isRejected()) {
                    Rejection j = r.rejection();
                    throw StructuralException.at(name, s.line(), csv.columnNumber(j.column()), j.message()
                            + (j.value().isEmpty() ? "" : " (value '" + j.value() + "')") + ", rule " + j.rule()
                            + ": correct the crosswalk; every district figure rests on it");
                }
                Object[] v = r.values();
                String zip = (String) v[0];
                String district = (String) v[1];
                BigDecimal share = (BigDecimal) v[2];
                long rowCongress = (Long) v[3];
                if (congress == null) {
                    congress = rowCongress;
                    congressLine = s.line();
                } else if (congress != rowCongress) {
                    throw StructuralException.at(name, s.line(), congressColumn, "congress " + rowCongress
                            + " differs from congress " + congress + " on line " + congressLine
                            + ": a crosswalk is for one Congress; use the crosswalk of the Congress the report is for");
                }
                byZip.computeIfAbsent(zip, z -> new LinkedHashMap<>()).put(district, new Row(s.line(), share));
            }
            for (Map.Entry<String, Map<String, Row>> zip : byZip.entrySet()) {
                BigDecimal sum = BigDecimal.ZERO;
                List<Long> lines = new ArrayList<>();
                for (Row row : zip.getValue().values()) {
                    sum = sum.add(row.share());
                    lines.add(row.line());
                }
                if (sum.subtract(BigDecimal.ONE).abs().compareTo(TOLERANCE) > 0) {
                    lines.sort(null);
                    throw StructuralException.at(name, lines.get(lines.size() - 1), shareColumn, "the business_share"
                            + " values of ZIP code " + zip.getKey() + " add up to " + sum.stripTrailingZeros()
                            .toPlainString() + " (line" + (lines.size() == 1 ? " " : "s ") + join(lines) + "), not 1 ± "
                            + TOLERANCE.toPlainString() + ": the shares of a ZIP code's districts must add up to 1");
                }
            }
            return new Checked(rows, congress);
        } catch (IOException e) {
            throw StructuralException.at(name, 0, 0, "cannot be read (" + e.getMessage() + ")");
        }
    }

    private static String join(List<Long> lines) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                s.append(i == lines.size() - 1 ? " and " : ", ");
            }
            s.append(lines.get(i));
        }
        return s.toString();
    }
}
