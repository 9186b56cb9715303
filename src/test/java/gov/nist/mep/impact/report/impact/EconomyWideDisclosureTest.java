package gov.nist.mep.impact.report.impact;

import static org.assertj.core.api.Assertions.assertThat;

import gov.nist.mep.impact.economy.EconomyAssumptions;
import gov.nist.mep.impact.economy.EconomyWideModel;
import gov.nist.mep.impact.metrics.ImpactMetrics;
import gov.nist.mep.impact.metrics.MetricsJson;
import gov.nist.mep.impact.metrics.ProgramRules;
import gov.nist.mep.impact.metrics.StateFigures;
import gov.nist.mep.impact.report.render.DisplayFormat;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Disclosure control of the economy-wide outputs on the worked example. The client groups of its FY2014 shock were
 * read from the extract by {@code fixtures/economy-wide/shock_of_the_worked_example.py} (independent of this code,
 * checked against the contract's expected state totals): by BEA industry, the responding clients and the counted
 * sales (new + all retained):
 * <pre>
 *   332    Fabricated metal products     6 clients  23,274,805.57   published
 *   334    Computer and electronic       3 clients  12,458,857.84   published
 *   337    Furniture                     6 clients  29,345,964.12   published
 *   311FT  Food, beverage, tobacco       2 clients   4,700,991.84   withheld (fewer than 3)
 *   325    Chemical products             2 clients           0.00   withheld (investment only)
 *   3361MV Motor vehicles                1 client      175,270.06   withheld
 *   NAICS 31 (names three industries)    1 client    1,298,438.11   withheld
 *   other industries (the four withheld) 6 clients   6,174,700.01   published as one line
 * </pre>
 */
class EconomyWideDisclosureTest extends ImpactPdfWorkedExample {

    /** Counted sales of the groups with fewer than 3 responding clients (hand-derived, see above). */
    private static final List<BigDecimal> WITHHELD = List.of(new BigDecimal("4700991.84"),
            new BigDecimal("175270.06"), new BigDecimal("1298438.11"));

    @Test
    void theChapterPrintsNoSalesOfAnIndustryWithFewerThanThreeRespondingClients() throws Exception {
        String chapter = chapter(text(report(metrics())));

        for (BigDecimal v : WITHHELD) {
            assertThat(chapter).as("the chapter prints " + v).doesNotContain(DisplayFormat.dollars(v));
        }
        // (in millions, 1,298,438.11 prints as the $1.3 million of domestic investment goods: not checked that way)
        assertThat(chapter).doesNotContain(DisplayFormat.money(new BigDecimal("4700991.84")), "1 completed survey");
        assertThat(chapter).contains("Client sales: Food and beverage and tobacco products (311FT) 2 (D)",
                "Client sales: Motor vehicles, bodies and trailers, and parts (3361MV) 1 (D)",
                "Client sales: NAICS code 31, which names 3 industries (spread by their output) 1 (D)");
        // the four withheld groups are one line, of 6 responding clients; the three others are printed
        assertThat(chapter).contains("Other industries", DisplayFormat.money(new BigDecimal("6174700.01")),
                DisplayFormat.money(new BigDecimal("23274805.57")), DisplayFormat.money(new BigDecimal("12458857.84")),
                DisplayFormat.money(new BigDecimal("29345964.12")));
        assertThat(chapter).contains(DisplayFormat.SUPPRESSED);
    }

    @Test
    void theWorkbookPrintsNoSalesOfAWithheldIndustry() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ImpactReportXlsx(TEMPLATES, ProgramRules.defaults()).write(metrics(), out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<Double> numbers = new ArrayList<>();
            for (Sheet sheet : List.of(wb.getSheet("Economy-wide"), wb.getSheet("Economy-wide shock"),
                    wb.getSheet("Multipliers"))) {
                for (Row r : sheet) {
                    for (Cell c : r) {
                        if (c.getCellType() == CellType.NUMERIC) {
                            numbers.add(c.getNumericCellValue());
                        }
                    }
                }
            }
            for (BigDecimal v : WITHHELD) {
                assertThat(numbers).as("a cell holds " + v).noneMatch(n -> Math.abs(n - v.doubleValue()) < 0.005);
            }
            Map<String, Row> rows = rowsByCode(wb.getSheet("Multipliers"));
            for (String withheld : List.of("311FT", "3361MV", "325")) {
                assertThat(cell(rows.get(withheld), "Client sales counted")).as(withheld).isEmpty();
                assertThat(cell(rows.get(withheld), "Note")).as(withheld).isEqualTo(DisplayFormat.SUPPRESSED);
            }
            assertThat(cell(rows.get("332"), "Client sales counted")).isEqualTo("23274805.57");
            assertThat(cell(rows.get("332"), "Note")).isEmpty();
        }
    }

    @Test
    void theMetricsFileCarriesNoSalesOfAWithheldGroup() throws Exception {
        JsonNode economy = MetricsJson.toTree(metrics()).get("economyWide");
        List<BigDecimal> numbers = new ArrayList<>();
        collect(economy, numbers);
        for (BigDecimal v : WITHHELD) {
            assertThat(numbers).as("economyWide holds " + v).noneMatch(n -> n.compareTo(v) == 0);
        }
    }

    @Test
    void noFactSheetPrintsAnEconomyWideLineThatWouldRevealAWithheldState() throws Exception {
        // with a threshold of 4: WA (3 responding clients) is withheld; alone, its line would be the nation's less
        // the printed states', so the smallest printed state with respondents, MI (4), is withheld too
        ImpactMetrics m = metrics();
        ProgramRules four = new ProgramRules(null, null, null, null, null, null, null, 4);
        List<StateFigures> states = m.states().stream().map(s -> new StateFigures(s.state(), s.centers(), s.figures(),
                s.funding(), s.figures().respondingClients() < 4)).toList();
        ImpactMetrics atFour = new EconomyWideModel(EconomyAssumptions.defaults(), four).attach(new ImpactMetrics(
                m.fiscalYear(), m.national(), states, m.centers(), m.serviceCategories(), m.dataQuality(), m.trend(),
                m.yearOverYear(), m.estimates(), m.appropriationHistory(), m.successStories(),
                m.salesByClientIndustry(), null));

        String row = "Jobs supported economy-wide (model estimate) ";
        assertThat(text(factSheet(atFour, "WA")).replaceAll("\\s+", " ")).contains(row + DisplayFormat.SUPPRESSED);
        assertThat(text(factSheet(atFour, "MI")).replaceAll("\\s+", " ")).contains(row + DisplayFormat.SUPPRESSED);
        assertThat(text(factSheet(atFour, "KS")).replaceAll("\\s+", " ")).contains(row)
                .doesNotContain(row + DisplayFormat.SUPPRESSED);
    }

    /** The chapter "Economy-wide impacts", up to the next chapter. */
    static String chapter(String text) {
        String t = text.replaceAll("\\s+", " ");
        int from = t.lastIndexOf("Economy-wide impacts The rest of this report");
        assertThat(from).as("the chapter's first words").isNotNegative();
        int to = t.indexOf("Respondents and Non-respondents", from + 1);
        return t.substring(from, to < 0 ? t.length() : to);
    }

    /** The rows of a sheet by the text of their first cell. */
    static Map<String, Row> rowsByCode(Sheet sheet) {
        Map<String, Row> rows = new HashMap<>();
        for (Row r : sheet) {
            if (r.getCell(0) != null && r.getCell(0).getCellType() == CellType.STRING) {
                rows.put(r.getCell(0).getStringCellValue(), r);
            }
        }
        return rows;
    }

    /** The cell of a row under a header (the sheet's first row), as text: a number as its plain value, blank "". */
    static String cell(Row row, String header) {
        Row head = row.getSheet().getRow(0);
        for (Cell h : head) {
            if (h.getStringCellValue().equals(header)) {
                Cell c = row.getCell(h.getColumnIndex());
                if (c == null || c.getCellType() == CellType.BLANK) {
                    return "";
                }
                return c.getCellType() == CellType.NUMERIC
                        ? BigDecimal.valueOf(c.getNumericCellValue()).toPlainString() : c.getStringCellValue();
            }
        }
        throw new AssertionError(row.getSheet().getSheetName() + " has no column " + header);
    }

    private static void collect(JsonNode node, List<BigDecimal> numbers) {
        if (node == null) {
            return;
        }
        if (node.isNumber()) {
            numbers.add(node.decimalValue());
        }
        node.forEach(child -> collect(child, numbers));
    }
}
