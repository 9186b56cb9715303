package gov.nist.mep.impact.report.impact;

import static org.assertj.core.api.Assertions.assertThat;

import gov.nist.mep.impact.metrics.EconomyWideImpacts;
import gov.nist.mep.impact.metrics.EconomyWideImpacts.Scenario;
import gov.nist.mep.impact.metrics.ImpactMetrics;
import gov.nist.mep.impact.metrics.StateFigures;
import gov.nist.mep.impact.report.render.DisplayFormat;
import gov.nist.mep.impact.report.render.DisplayFormat.Kind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The chapter "Economy-wide impacts", the fact sheets' line and the workbook sheets print the model's figures. */
class EconomyWideChapterTest extends ImpactPdfWorkedExample {

    @Test
    void theChapterPrintsTheModelsFiguresWithTheirLabelsAndBothDenominators() throws Exception {
        ImpactMetrics m = metrics();
        EconomyWideImpacts e = m.economyWide();
        assertThat(e).as("the worked example's model has economy-wide impacts").isNotNull();
        Scenario reported = e.scenarios().get(0);

        String text = text(report(m)).replaceAll("\\s+", " ");

        assertThat(text).contains("Economy-wide impacts", "model results, not reported figures",
                "Type I total (direct + indirect)", "Type II total (direct + indirect + induced)");
        assertThat(text).contains("supported " + DisplayFormat.format(Kind.WHOLE, reported.typeII().jobs())
                + " jobs across the economy (Type II), " + DisplayFormat.money(reported.typeII().valueAdded()));
        assertThat(text).contains(DisplayFormat.perDollar(reported.typeII().taxPerAppropriationDollar())
                + " per dollar appropriated", DisplayFormat.perDollar(reported.typeII().taxPerFederalDollar())
                + " per federal dollar awarded to centers");
        assertThat(text).contains("with the 2014 table, the fiscal year's own");
        for (EconomyWideImpacts.Assumption a : e.assumptions()) {
            // long setting names are hyphenated at line ends
            assertThat(text.replace("- ", "-")).as(a.setting()).contains(a.setting());
        }
        assertThat(text).contains("Personal income: the model gives labor income (compensation of employees)");
        // FY2014 has no published contractor figures: the table says so rather than printing a number
        assertThat(e.published()).isNull();
        assertThat(text).contains("Jobs supported not published");
        assertThat(text).doesNotContain("not available jobs");
    }

    @Test
    void eachPublishedFactSheetHasTheStatesLineAndSuppressedStatesWithholdIt() throws Exception {
        ImpactMetrics m = metrics();
        for (StateFigures s : m.states()) {
            String text = text(factSheet(m, s.state())).replaceAll("\\s+", " ");
            EconomyWideImpacts.StateLine line = m.economyWide().states().stream()
                    .filter(l -> l.state().equals(s.state())).findFirst().orElseThrow();
            assertThat(text).as(s.state()).contains("model estimate", "(national multipliers)");
            String nation = DisplayFormat.format(Kind.WHOLE, m.economyWide().scenarios().get(0).typeII().jobs());
            if (line.suppressed().withheld()) {
                assertThat(text).as(s.state()).contains("Jobs supported economy-wide (model estimate) (D) " + nation);
            } else {
                assertThat(text).as(s.state()).contains("Jobs supported economy-wide (model estimate) "
                        + DisplayFormat.format(Kind.WHOLE, line.jobs()) + " " + nation);
            }
            assertThat(pageCount(factSheet(m, s.state()))).as(s.state() + ": two pages, as every fact sheet").isEqualTo(2);
        }
    }

    @Test
    void theWorkbookHasTheResultsAndTheMultipliersUsedByIndustry() throws Exception {
        ImpactMetrics m = metrics();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ImpactReportXlsx(TEMPLATES, gov.nist.mep.impact.metrics.ProgramRules.defaults()).write(m, out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet multipliers = wb.getSheet("Multipliers");
            assertThat(multipliers).isNotNull();
            List<String> codes = new ArrayList<>();
            for (Row r : multipliers) {
                if (r.getRowNum() > 0 && r.getCell(0) != null && r.getCell(3) != null
                        && r.getCell(3).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                    codes.add(r.getCell(0).getStringCellValue());
                    EconomyWideImpacts.Multiplier x = m.economyWide().multipliers().get(codes.size() - 1);
                    assertThat(r.getCell(3).getNumericCellValue()).isEqualTo(x.outputTypeI());
                }
            }
            assertThat(codes).hasSize(71).contains("332", "3361MV");
            assertThat(wb.getSheet("Economy-wide")).isNotNull();
        }
    }
}
