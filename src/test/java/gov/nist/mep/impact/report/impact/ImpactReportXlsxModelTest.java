package gov.nist.mep.impact.report.impact;

import static gov.nist.mep.impact.report.render.XlsxCellDump.column;
import static gov.nist.mep.impact.report.render.XlsxCellDump.isBlank;
import static org.assertj.core.api.Assertions.assertThat;

import gov.nist.mep.impact.metrics.CenterFigures;
import gov.nist.mep.impact.metrics.Funding;
import gov.nist.mep.impact.metrics.GroupFigures;
import gov.nist.mep.impact.metrics.ImpactMetrics;
import gov.nist.mep.impact.metrics.NationalFigures;
import gov.nist.mep.impact.metrics.ProgramRules;
import gov.nist.mep.impact.metrics.StateFigures;
import gov.nist.mep.impact.report.render.XlsxCellDump;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The impact workbook of a hand-built model: a state whose single center is suppressed, a center with contact details
 * typed into its name, no trend, no estimates.
 */
class ImpactReportXlsxModelTest {

    static GroupFigures figures(String newSales, long respondingClients) {
        return new GroupFigures(10, 8, respondingClients + 1, respondingClients, 0.5, new BigDecimal(newSales),
                new BigDecimal("2000.10"), new BigDecimal("300.01"), new BigDecimal("400.40"), 4, 7, 50.0,
                new BigDecimal("123.5"), respondingClients);
    }

    static Funding funding() {
        return new Funding(new BigDecimal("1000000.00"), new BigDecimal("2000000.00"), 1.2345678, 0.5, 0.25, 98765.4321);
    }

    static ImpactMetrics model() {
        NationalFigures national = new NationalFigures(2014, figures("1000000.55", 20), funding(), null, null, null,
                null, null, 2, 3);
        List<StateFigures> states = List.of(new StateFigures("AA", 1, figures("777777.77", 2), funding(), true),
                new StateFigures("BB", 1, figures("222222.78", 18), funding(), false));
        List<CenterFigures> centers = List.of(
                new CenterFigures("AA01", "Alpha Center", "AA", "NONPROFIT", 2, 6, false, 0.3, 1.0 / 3, true, 1,
                        figures("777777.77", 2), funding(), true),
                new CenterFigures("BB01", "Beta Center, call 555-0100", "BB", "UNIVERSITY", 1, 4, true, 0.4,
                        1.0 / 3, false, 2, figures("222222.78", 18), funding(), false));
        return new ImpactMetrics(2014, national, states, centers, List.of(), null, List.of(), null, null, Map.of(),
                List.of());
    }

    @Test
    void aSuppressedSingleCenterStateIsBlankAndMarkedOnItsSheet() throws IOException {
        XSSFWorkbook book = XlsxCellDump.open(ImpactReportXlsxTest.write(new ImpactReportXlsx(Path.of("report-templates"),
                ProgramRules.defaults()), model()));
        Sheet sheet = book.getSheet("State AA");
        int sales = column(sheet, "New sales");
        int ratio = column(sheet, "New sales per federal dollar");
        int note = column(sheet, "Note");
        for (int r = 1; r <= 2; r++) {
            Row row = sheet.getRow(r);
            assertThat(isBlank(row.getCell(sales)) && isBlank(row.getCell(ratio))).as("row " + r).isTrue();
            assertThat(row.getCell(note).getStringCellValue()).isEqualTo("(D)");
            assertThat(row.getCell(column(sheet, "Federal funds")).getNumericCellValue()).isEqualTo(1_000_000.0);
        }
        assertThat(sheet.getRow(2).getCell(column(sheet, "ID")).getStringCellValue()).isEqualTo("AA01");
        assertThat(sheet.getRow(3).getCell(sales).getNumericCellValue()).isEqualTo(1000000.55);
        assertThat(XlsxCellDump.allText(book)).noneMatch(t -> t.contains("777,778") || t.contains("777777")
                || t.contains("555-0100"));
        assertThat(book.getSheet("State BB").getRow(2).getCell(sales).getNumericCellValue()).isEqualTo(222222.78);
        assertThat(book.getSheet("Trend").getLastRowNum()).isGreaterThan(0);
    }

    @Test
    void stateSheetNamesFitExcelsLimit() {
        assertThat(ImpactReportXlsxTables.stateSheetName("OH")).isEqualTo("State OH");
        assertThat(ImpactReportXlsxTables.stateSheetName("A/B:" + "x".repeat(40))).hasSize(31).startsWith("State A_B_");
    }
}
