package gov.nist.mep.impact.report.impact;

import gov.nist.mep.impact.metrics.DistrictFigures;
import gov.nist.mep.impact.metrics.DistrictSuppression;
import gov.nist.mep.impact.metrics.Districts;
import gov.nist.mep.impact.metrics.FiscalYear;
import gov.nist.mep.impact.metrics.ImpactMetrics;
import gov.nist.mep.impact.metrics.ProgramRules;
import gov.nist.mep.impact.report.ReportWorkbook;
import gov.nist.mep.impact.report.ReportedImpact;
import gov.nist.mep.impact.report.Suppression;
import gov.nist.mep.impact.report.render.DisplayFormat;
import gov.nist.mep.impact.report.render.XlsxDocumentProperties;
import gov.nist.mep.impact.report.render.XlsxFormat;
import gov.nist.mep.impact.report.render.XlsxTable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The congressional districts workbook (XLSX) of one fiscal year, for staff who want the data: one row per district of
 * the crosswalk (then the clients without a district) with every figure of the metrics file and its suppression flag
 * (primary or complementary), the projects of each district by service category, the clients the crosswalk could not
 * place, then a Notes sheet whose text is {@code district-fact-sheet/xlsx-notes.md} in the templates folder. A withheld
 * district's survey and impact cells are blank and marked "(D)"; the metrics file keeps them. Same model, same bytes.
 */
public final class DistrictsXlsx {

    static final String DISTRICTS = "Districts";
    static final String SERVICES = "Services by district";
    static final String DATA_QUALITY = "Data quality";
    static final String SUPPRESSION = "Suppression";
    static final String UNKNOWN_NAME = "District unknown (blank, malformed or unknown ZIP code)";

    private final Path templatesFolder;
    private final ProgramRules rules;

    /** @param templatesFolder the {@code report-templates/} folder */
    public DistrictsXlsx(Path templatesFolder, ProgramRules rules) {
        this.templatesFolder = Objects.requireNonNull(templatesFolder, "templatesFolder");
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    public void write(ImpactMetrics metrics, OutputStream out) throws IOException {
        Map<String, String> placeholders = ReportWorkbook.placeholders(metrics.fiscalYear(), rules);
        placeholders.put("congress", DistrictNames.congress(metrics.districts().congress()));
        ReportWorkbook.write(templatesFolder, DistrictFactSheets.TEMPLATES, "districts workbook", placeholders,
                properties(metrics), () -> tables(metrics), out);
    }

    static XlsxDocumentProperties properties(ImpactMetrics metrics) {
        int year = metrics.fiscalYear();
        String fy = "FY" + year;
        String congress = DistrictNames.congress(metrics.districts().congress());
        return new XlsxDocumentProperties("MEP Congressional District Figures " + fy,
                "Manufacturing Extension Partnership: clients, projects and reported impacts by congressional district"
                        + " (" + congress + "), fiscal year " + year + " ("
                        + ReportWorkbook.longDate(FiscalYear.start(year)) + " to "
                        + ReportWorkbook.longDate(FiscalYear.end(year)) + ")",
                "MEP Impact",
                "MEP; Manufacturing Extension Partnership; congressional districts; " + congress + "; " + fy
                        + "; impact metrics",
                "Every district's figures of metrics-" + fy + ".json (section districts), with the suppression flags;"
                        + " the Notes sheet gives definitions, how clients are placed in districts and the suppression"
                        + " rule.",
                FiscalYear.end(year));
    }

    List<XlsxTable<?>> tables(ImpactMetrics metrics) {
        Districts districts = metrics.districts();
        List<XlsxTable<?>> tables = new ArrayList<>();
        tables.add(districts(districts));
        tables.add(services(districts));
        tables.add(dataQuality(districts));
        return tables;
    }

    static String name(DistrictFigures d) {
        return d.isUnknown() ? UNKNOWN_NAME : DistrictNames.name(d.district());
    }

    /** No / Primary / Complementary. */
    static String suppression(DistrictSuppression s) {
        return switch (s) {
            case NONE -> "No";
            case PRIMARY -> "Primary";
            case COMPLEMENTARY -> "Complementary";
        };
    }

    private XlsxTable<DistrictFigures> districts(Districts districts) {
        return XlsxTable.of(DISTRICTS, districts.districts())
                .column("District", 9, XlsxFormat.TEXT, DistrictFigures::district)
                .column("Name", 36, XlsxFormat.WRAPPED_TEXT, DistrictsXlsx::name)
                .column("State", 6, XlsxFormat.TEXT, DistrictFigures::state)
                .column("Congress", 9, XlsxFormat.YEAR, DistrictFigures::congress)
                .column("Centers that served it", 24, XlsxFormat.WRAPPED_TEXT, d -> String.join(", ", d.centers()))
                .column("Clients served", 9, XlsxFormat.COUNT, d -> d.figures().clientsServed())
                .column("Projects completed", 10, XlsxFormat.COUNT, d -> d.figures().projectsCompleted())
                .column("Staff hours", 11, XlsxFormat.DECIMAL, d -> d.figures().staffHours())
                .impact("Surveys fielded", 9, XlsxFormat.COUNT, d -> d.figures().surveysFielded())
                .impact("Surveys completed", 10, XlsxFormat.COUNT, d -> d.figures().surveysCompleted())
                .impact("Responding clients", 11, XlsxFormat.COUNT, d -> d.figures().respondingClients())
                .impact("Response rate", 9, XlsxFormat.PERCENT, d -> d.figures().responseRate())
                .columns(ReportedImpact.xlsxColumns(DistrictFigures::figures))
                .impact("Net promoter score", 9, XlsxFormat.SCORE, d -> d.figures().netPromoterScore())
                .column(SUPPRESSION, 14, XlsxFormat.FLAG, d -> suppression(d.suppression()))
                .suppressWhen(DistrictFigures::suppressed, Suppression.xlsxFootnote(rules)
                        + " Survey counts and the response rate are withheld with them: a count of zero would show"
                        + " that the impacts are zero.")
                .footnote("Suppression: Primary = fewer than " + rules.suppressionThreshold() + " responding clients;"
                        + " Complementary = withheld because it is the smallest other district (fewest responding"
                        + " clients, then lowest code) of a state with exactly one primary-suppressed district, so that"
                        + " district cannot be worked out by subtracting the published districts from the state's"
                        + " total.")
                .footnote("A client is in the crosswalk district of its ZIP code with the largest share of business"
                        + " addresses (ties: the lower district code); the last row holds the clients without one."
                        + " Impacts count for the district of the surveyed project's client.")
                .footnote("Blank response rate or net promoter score: no survey fielded, or no answer to the"
                        + " recommendation question.");
    }

    /** One row per district and service category with projects completed in the year. */
    record Service(String district, String name, String serviceCategory, long projects) {
    }

    private XlsxTable<Service> services(Districts districts) {
        List<Service> rows = new ArrayList<>();
        for (DistrictFigures d : districts.districts()) {
            d.projectsByServiceCategory().forEach((category, projects) -> rows.add(new Service(d.district(), name(d),
                    category, projects)));
        }
        return XlsxTable.of(SERVICES, rows)
                .column("District", 9, XlsxFormat.TEXT, Service::district)
                .column("Name", 36, XlsxFormat.WRAPPED_TEXT, Service::name)
                .column("Service category", 26, XlsxFormat.TEXT, s -> DisplayFormat.label(s.serviceCategory()))
                .column("Code", 24, XlsxFormat.TEXT, Service::serviceCategory)
                .column("Projects completed", 10, XlsxFormat.COUNT, Service::projects)
                .footnote("Projects of eligible clients completed in the fiscal year, by the district of the client;"
                        + " a district and category without a project has no row.");
    }

    /** One data-quality figure. */
    record Figure(String figure, Object value) {
    }

    private XlsxTable<Figure> dataQuality(Districts districts) {
        Districts.DistrictQuality q = districts.dataQuality();
        List<Figure> rows = List.of(
                new Figure("Congress of the crosswalk", districts.congress()),
                new Figure("Districts in the crosswalk", (long) districts.crosswalkDistricts().size()),
                new Figure("Clients without a district", q.clientsWithoutDistrict()),
                new Figure("  of which: blank ZIP code", q.blankZip()),
                new Figure("  of which: malformed ZIP code (not 5 digits)", q.malformedZip()),
                new Figure("  of which: ZIP code not in the crosswalk", q.zipNotInCrosswalk()),
                new Figure("Clients in a district of another state than their state column", q.stateMismatches()));
        return XlsxTable.of(DATA_QUALITY, rows)
                .column("Figure", 60, XlsxFormat.TEXT, Figure::figure)
                .column("Value", 12, XlsxFormat.COUNT, Figure::value)
                .footnote("Clients: the accepted client records of the whole extract (every year), as the record"
                        + " counts of the metrics file. A client in a district of another state is counted where the"
                        + " crosswalk puts it.");
    }
}
