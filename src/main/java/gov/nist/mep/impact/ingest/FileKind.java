package gov.nist.mep.impact.ingest;

import static gov.nist.mep.impact.ingest.ColumnSpec.optional;
import static gov.nist.mep.impact.ingest.ColumnSpec.required;

import java.util.List;

/**
 * The kinds of file in an extract folder, in the order they are ingested (a kind only refers to kinds before it), with
 * their columns exactly as the extract contract lists them.
 */
public enum FileKind {
    CENTERS("centers", "centers.csv", false, "stg_center", List.of(
            required("center_id", ColumnType.KEY),
            required("center_name", ColumnType.TEXT),
            required("state", ColumnType.STATE),
            required("host_type", ColumnType.ENUM).oneOf(Contract.HOST_TYPES),
            required("award_start_fy", ColumnType.INTEGER).between(Contract.FIRST_YEAR, Contract.LAST_YEAR),
            required("recompeted", ColumnType.BOOLEAN),
            optional("regional_offices", ColumnType.INTEGER).atLeast(0))),
    APPROPRIATIONS("appropriations", "appropriations.csv", false, "stg_appropriation", List.of(
            required("fiscal_year", ColumnType.INTEGER).between(Contract.FIRST_YEAR, Contract.LAST_YEAR),
            required("appropriation", ColumnType.MONEY).above(0))),
    FINANCIALS("center financials", "center-financials.csv", false, "stg_financial", List.of(
            required("fiscal_year", ColumnType.INTEGER).between(Contract.FIRST_YEAR, Contract.LAST_YEAR),
            required("center_id", ColumnType.KEY),
            required("federal_funds", ColumnType.MONEY).atLeast(0),
            optional("state_funds", ColumnType.MONEY).atLeast(0),
            optional("local_funds", ColumnType.MONEY).atLeast(0),
            optional("client_fees", ColumnType.MONEY).atLeast(0),
            optional("other_income", ColumnType.MONEY).atLeast(0))),
    CLIENTS("MEIS clients", "meis/clients", true, "stg_client", List.of(
            required("center_id", ColumnType.KEY),
            required("client_id", ColumnType.KEY),
            required("client_name", ColumnType.TEXT),
            optional("state", ColumnType.STATE),
            required("naics", ColumnType.NAICS),
            required("employees", ColumnType.INTEGER).atLeast(0),
            optional("zip", ColumnType.ZIP_AS_WRITTEN),
            optional("contact_name", ColumnType.TEXT),
            optional("contact_email", ColumnType.TEXT),
            optional("contact_phone", ColumnType.TEXT),
            required("submitted_date", ColumnType.DATE))),
    PROJECTS("MEIS projects", "meis/projects", true, "stg_project", List.of(
            required("center_id", ColumnType.KEY),
            required("project_id", ColumnType.KEY),
            required("client_id", ColumnType.KEY),
            required("service_category", ColumnType.ENUM).oneOf(Contract.SERVICE_CATEGORIES),
            required("start_date", ColumnType.DATE),
            optional("completion_date", ColumnType.DATE),
            optional("staff_hours", ColumnType.DECIMAL).atLeast(0),
            optional("third_party_hours", ColumnType.DECIMAL).atLeast(0),
            optional("client_fee", ColumnType.MONEY).atLeast(0),
            required("submitted_date", ColumnType.DATE))),
    SURVEYS("survey records", "survey", true, "stg_survey", List.of(
            required("survey_id", ColumnType.KEY),
            required("center_id", ColumnType.KEY),
            required("project_id", ColumnType.KEY),
            required("survey_date", ColumnType.DATE),
            required("disposition", ColumnType.ENUM).oneOf(Contract.DISPOSITIONS),
            optional("new_sales", ColumnType.MONEY).atLeast(0),
            optional("retained_sales", ColumnType.MONEY).atLeast(0),
            optional("cost_savings", ColumnType.MONEY).atLeast(0),
            optional("invest_plant_equipment", ColumnType.MONEY).atLeast(0),
            optional("invest_it", ColumnType.MONEY).atLeast(0),
            optional("invest_workforce", ColumnType.MONEY).atLeast(0),
            optional("invest_other", ColumnType.MONEY).atLeast(0),
            optional("jobs_created", ColumnType.INTEGER).atLeast(0),
            optional("jobs_retained", ColumnType.INTEGER).atLeast(0),
            optional("recommend", ColumnType.INTEGER).between(0, 10),
            optional("satisfaction", ColumnType.INTEGER).between(1, 5))),
    STORIES("success stories", "success-stories", true, "stg_story", List.of(
            required("center_id", ColumnType.KEY),
            required("fiscal_year", ColumnType.INTEGER).between(Contract.FIRST_YEAR, Contract.LAST_YEAR),
            required("client_name", ColumnType.TEXT),
            required("title", ColumnType.TEXT),
            required("challenge", ColumnType.TEXT),
            required("solution", ColumnType.TEXT),
            required("results", ColumnType.TEXT),
            optional("impacts", ColumnType.IMPACTS))),
    /**
     * The optional ZIP-code-to-congressional-district crosswalk (one Congress). Every rule of it is structural: a row
     * that breaks one fails the job in discovery (see {@link DistrictCrosswalkCheck}), so a staged crosswalk is whole.
     */
    CROSSWALK("ZIP-to-district crosswalk", "reference/zip-congressional-districts.csv", false, "stg_crosswalk", List.of(
            required("zip", ColumnType.ZIP_CODE),
            required("district", ColumnType.DISTRICT),
            required("business_share", ColumnType.DECIMAL).above(0).atMost(1),
            required("congress", ColumnType.INTEGER).between(1, Contract.LAST_YEAR)));

    /** Survey columns that are read only for COMPLETE records: for other dispositions they are ignored. */
    static final List<String> SURVEY_RESPONSE_COLUMNS = List.of("new_sales", "retained_sales", "cost_savings",
            "invest_plant_equipment", "invest_it", "invest_workforce", "invest_other", "jobs_created", "jobs_retained",
            "recommend", "satisfaction");

    private final String label;
    private final String location;
    private final boolean folder;
    private final String table;
    private final List<ColumnSpec> columns;

    FileKind(String label, String location, boolean folder, String table, List<ColumnSpec> columns) {
        this.label = label;
        this.location = location;
        this.folder = folder;
        this.table = table;
        this.columns = columns;
    }

    public String label() {
        return label;
    }

    /** The file, or the folder of files, relative to the extract folder. */
    String location() {
        return location;
    }

    boolean isFolder() {
        return folder;
    }

    /** Only the success-stories folder and the district crosswalk may be missing. */
    boolean isOptional() {
        return this == STORIES || this == CROSSWALK;
    }

    String table() {
        return table;
    }

    List<ColumnSpec> columns() {
        return columns;
    }

    boolean accepts(String fileName) {
        if (this == STORIES) {
            return fileName.endsWith(".json");
        }
        return fileName.endsWith(".csv") || fileName.endsWith(".jsonl");
    }

    /** The file name patterns of the kind, for messages. */
    String patterns() {
        return this == STORIES ? "*.json" : "*.csv or *.jsonl";
    }
}
