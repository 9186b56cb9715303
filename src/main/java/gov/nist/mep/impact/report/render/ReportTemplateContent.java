package gov.nist.mep.impact.report.render;

import java.util.Optional;
import java.util.Set;

/**
 * What a report supplies to its template: the figures placeholders name, and the tables, charts and collections that
 * directives name. Everything is formatted from the metrics model as it stands; nothing is recomputed.
 */
public interface ReportTemplateContent {

    /** The figures of the whole report. */
    PlaceholderValues figures();

    /** The table a {@code [table: name]} directive names, if the report has it. */
    Optional<PdfTable> table(String name);

    /** The chart a {@code [chart: name]} directive names, if the report has it. */
    Optional<PdfChart> chart(String name);

    /**
     * The table a {@code [table: name]} directive names where it stands: inside an {@code [each]} block the figures
     * include the current item's, so a report can give each item its own table. By default the item is ignored.
     */
    default Optional<PdfTable> table(String name, PlaceholderValues figures) {
        return table(name);
    }

    /** The chart a {@code [chart: name]} directive names where it stands (see {@link #table(String, PlaceholderValues)}). */
    default Optional<PdfChart> chart(String name, PlaceholderValues figures) {
        return chart(name);
    }

    /** The items an {@code [each: name]} block repeats over, if the report has them. */
    Optional<PlaceholderCollection> collection(String name);

    /** The names of the tables a {@code [table: name]} directive can name: known without data, for the check. */
    Set<String> tables();

    /** The names of the charts a {@code [chart: name]} directive can name. */
    Set<String> charts();

    /** The names of the collections an {@code [each: name]} block can repeat over. */
    Set<String> collections();

    /** Footnotes the report's tables refer to (e.g. the suppression rule); the template must define them. */
    default Set<String> footnotesNeeded() {
        return Set.of();
    }
}
