package gov.nist.mep.impact.metrics;

import gov.nist.mep.impact.ingest.FileCounts;
import java.util.List;
import java.util.Map;

/**
 * Counts of the whole extract (every file, all years) and the year's ineligible projects and late project reports.
 * {@code rejectsByRule} counts rejected records by the rule they broke.
 */
public record DataQuality(List<FileRecordCounts> files, long recordsRead, long recordsAccepted, long recordsSuperseded,
        long recordsRejected, long ineligibleProjects, long lateProjectReports, Map<String, Long> rejectsByRule) {

    static DataQuality of(List<FileCounts> files, long ineligibleProjects, long lateProjectReports,
            Map<String, Long> rejectsByRule) {
        List<FileRecordCounts> counts = files.stream().map(f -> new FileRecordCounts(f.file(), f.read(), f.accepted(),
                f.superseded(), f.rejected())).toList();
        return new DataQuality(counts, files.stream().mapToLong(FileCounts::read).sum(),
                files.stream().mapToLong(FileCounts::accepted).sum(),
                files.stream().mapToLong(FileCounts::superseded).sum(),
                files.stream().mapToLong(FileCounts::rejected).sum(), ineligibleProjects, lateProjectReports,
                rejectsByRule);
    }
}
