package gov.nist.mep.impact.report.impact;

import static org.assertj.core.api.Assertions.assertThat;

import gov.nist.mep.impact.metrics.ImpactMetrics;
import gov.nist.mep.impact.metrics.ProgramRules;
import gov.nist.mep.impact.report.ReportedImpact;
import gov.nist.mep.impact.report.render.PdfTable;
import gov.nist.mep.impact.report.render.XlsxCellDump;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The PDF and the workbook of the impact report name each impact the same way (they once said "New investment"). */
class ImpactLabelsTest {

    @Test
    void thePdfAndTheWorkbookLabelTheImpactsAlike() throws Exception {
        ImpactMetrics model = ImpactReportXlsxModelTest.model();
        List<String> pdf = new ImpactReportPdfTables(model).parts().table("impacts-by-state").orElseThrow().columns()
                .stream().map(PdfTable.Column::header).toList();
        XSSFWorkbook book = XlsxCellDump.open(ImpactReportXlsxTest.write(new ImpactReportXlsx(
                Path.of("report-templates"), ProgramRules.defaults()), model));
        List<String> xlsx = new ArrayList<>();
        for (Cell cell : book.getSheet("States").getRow(0)) {
            xlsx.add(cell.getStringCellValue());
        }

        for (ReportedImpact impact : List.of(ReportedImpact.NEW_SALES, ReportedImpact.COST_SAVINGS,
                ReportedImpact.INVESTMENT, ReportedImpact.JOBS_CREATED, ReportedImpact.JOBS_RETAINED)) {
            assertThat(pdf).as("PDF").contains(impact.label());
            assertThat(xlsx).as("XLSX").contains(impact.label());
        }
        assertThat(ReportedImpact.INVESTMENT.label()).isEqualTo("New client investment");
        assertThat(pdf).doesNotContain("New investment");
    }
}
