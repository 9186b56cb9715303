package gov.nist.mep.impact.generate;

import java.util.List;
import java.util.Set;

/**
 * The three record kinds that arrive as many files, with the contract's columns in canonical order. Rows are
 * {@code String[]} in this order; a file may write them in another order, without optional columns, or as JSON Lines.
 */
enum RecordKind {
    CLIENT("meis/clients",
            List.of("center_id", "client_id", "client_name", "state", "naics", "employees", "zip", "contact_name",
                    "contact_email", "contact_phone", "submitted_date"),
            Set.of("employees"),
            List.of("contact_name", "contact_email", "contact_phone")),
    PROJECT("meis/projects",
            List.of("center_id", "project_id", "client_id", "service_category", "start_date", "completion_date",
                    "staff_hours", "third_party_hours", "client_fee", "submitted_date"),
            Set.of("staff_hours", "third_party_hours"),
            List.of("third_party_hours")),
    SURVEY("survey",
            List.of("survey_id", "center_id", "project_id", "survey_date", "disposition", "new_sales", "retained_sales",
                    "cost_savings", "invest_plant_equipment", "invest_it", "invest_workforce", "invest_other",
                    "jobs_created", "jobs_retained", "recommend", "satisfaction"),
            Set.of("jobs_created", "jobs_retained", "recommend", "satisfaction"),
            List.of("invest_other"));

    private final String folder;
    private final List<String> columns;
    private final Set<String> numericColumns;
    private final List<String> droppableColumns;

    RecordKind(String folder, List<String> columns, Set<String> numericColumns, List<String> droppableColumns) {
        this.folder = folder;
        this.columns = columns;
        this.numericColumns = numericColumns;
        this.droppableColumns = droppableColumns;
    }

    /** The folder, relative to the extract, that holds this kind's files. */
    String folder() {
        return folder;
    }

    List<String> columns() {
        return columns;
    }

    /** Columns written as JSON numbers (when they hold one) in JSON Lines files. */
    boolean isNumeric(String column) {
        return numericColumns.contains(column);
    }

    /** Optional columns that some files leave out of their header entirely. */
    List<String> droppableColumns() {
        return droppableColumns;
    }

    int column(String name) {
        int index = columns.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException(name() + " has no column " + name);
        }
        return index;
    }
}
