package gov.nist.mep.impact.generate;

/**
 * What one {@link ExtractGenerator#generate} run wrote. Record counts follow the extract contract's reconciliation:
 * {@code records = accepted + superseded + rejected}, where {@code accepted} is the number of distinct valid keys
 * and {@code rejected} the deliberately invalid records (including those rejected only because they reference one).
 *
 * @param files          every file written
 * @param centers        rows of centers.csv
 * @param clients        records under meis/clients
 * @param projects       records under meis/projects; {@code projects().accepted()} is the requested project count
 * @param surveys        records under survey
 * @param stories        files under success-stories (one of them deliberately invalid)
 * @param invalidRecords every deliberately invalid record, in any file
 */
public record GeneratorSummary(int files, int centers, RecordCounts clients, RecordCounts projects, RecordCounts surveys,
        int stories, long invalidRecords) {

    /** Counts of one record kind. */
    public record RecordCounts(long records, long accepted, long superseded, long rejected) {

        public RecordCounts {
            if (records != accepted + superseded + rejected) {
                throw new IllegalArgumentException("records " + records + " != accepted " + accepted + " + superseded "
                        + superseded + " + rejected " + rejected);
            }
        }

        @Override
        public String toString() {
            return records + " (accepted " + accepted + ", superseded " + superseded + ", rejected " + rejected + ")";
        }
    }

    @Override
    public String toString() {
        return "files=" + files + " centers=" + centers + " clients=" + clients + " projects=" + projects
                + " surveys=" + surveys + " stories=" + stories + " invalidRecords=" + invalidRecords;
    }
}
