package gov.nist.mep.impact.report.annual;

import static gov.nist.mep.impact.report.render.XlsxCellDump.column;
import static gov.nist.mep.impact.report.render.XlsxCellDump.isBlank;
import static gov.nist.mep.impact.report.render.XlsxCellDump.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.nist.mep.impact.metrics.ImpactMetrics;
import gov.nist.mep.impact.metrics.ProgramRules;
import gov.nist.mep.impact.report.render.TemplateException;
import gov.nist.mep.impact.report.render.XlsxCellDump;
import gov.nist.mep.impact.report.render.DisplayFormat;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Annual Report workbook of a hand-built model: the cases the worked example does not have. */
class AnnualReportXlsxModelTest {

    static final Path TEMPLATES = Path.of("report-templates");

    final ImpactMetrics model = XlsxTestModels.model();

    @TempDir
    Path dir;

    XSSFWorkbook written(AnnualReportXlsx report) throws IOException {
        return XlsxCellDump.open(AnnualReportXlsxTest.write(report, model));
    }

    @Test
    void aSuppressedStateShowsNoImpactsAndIsMarked() throws IOException {
        Sheet sheet = written(new AnnualReportXlsx(TEMPLATES)).getSheet("States");
        Row aa = row(sheet, 0, "AA");
        Row bb = row(sheet, 0, "BB");
        for (String impact : List.of("New sales", "Retained sales", "Cost savings", "New client investment",
                "Jobs created", "Jobs retained", "New sales per federal dollar", "New client investment per federal dollar",
                "Cost savings per federal dollar", "Federal funds per job created or retained")) {
            int c = column(sheet, impact);
            assertThat(isBlank(aa.getCell(c))).as(impact).isTrue();
            assertThat(isBlank(bb.getCell(c))).as(impact).isFalse();
        }
        assertThat(aa.getCell(column(sheet, "Note")).getStringCellValue()).isEqualTo(DisplayFormat.SUPPRESSED);
        assertThat(aa.getCell(column(sheet, "Federal funds")).getNumericCellValue()).isEqualTo(1_000_000.0);
        assertThat(aa.getCell(column(sheet, "Clients served")).getNumericCellValue()).isEqualTo(2.0);
        assertThat(bb.getCell(column(sheet, "New sales")).getNumericCellValue()).isEqualTo(222222.78);
        assertThat(XlsxCellDump.allText(written(new AnnualReportXlsx(TEMPLATES))))
                .noneMatch(t -> t.contains("777,778") || t.contains("777777"));
    }

    @Test
    void aSuppressedServiceCategoryShowsNoImpactsAndIsMarked() throws IOException {
        Sheet sheet = written(new AnnualReportXlsx(TEMPLATES)).getSheet("Impacts by service category");
        Row quality = row(sheet, column(sheet, "Code"), "QUALITY");
        Row lean = row(sheet, column(sheet, "Code"), "LEAN");
        for (String impact : List.of("New sales", "Retained sales", "Cost savings", "New client investment",
                "Jobs created", "Jobs retained", "Net promoter score")) {
            assertThat(isBlank(quality.getCell(column(sheet, impact)))).as(impact).isTrue();
            assertThat(isBlank(lean.getCell(column(sheet, impact)))).as(impact).isFalse();
        }
        assertThat(quality.getCell(column(sheet, "Responding clients")).getNumericCellValue()).isEqualTo(2);
        assertThat(quality.getCell(column(sheet, "Note")).getStringCellValue()).isEqualTo(DisplayFormat.SUPPRESSED);
        assertThat(lean.getCell(column(sheet, "New sales")).getNumericCellValue()).isEqualTo(900000.0);
    }

    @Test
    void theNonCompliantCentersAreNamed() throws IOException {
        Sheet sheet = written(new AnnualReportXlsx(TEMPLATES)).getSheet("Cost-share non-compliant");
        assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("BB02");
        assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Gamma Center");
        assertThat(sheet.getRow(2)).as("one center only").isNull();
    }

    @Test
    void complianceIsYesNoOrBlankWithoutFunds() throws IOException {
        Sheet sheet = written(new AnnualReportXlsx(TEMPLATES)).getSheet("Funding by center");
        int compliant = column(sheet, "Cost-share compliant");
        int share = column(sheet, "Federal share");
        assertThat(row(sheet, 0, "AA01").getCell(compliant).getStringCellValue()).isEqualTo("Yes");
        assertThat(row(sheet, 0, "BB02").getCell(compliant).getStringCellValue()).isEqualTo("No");
        assertThat(isBlank(row(sheet, 0, "BB01").getCell(compliant))).isTrue();
        assertThat(isBlank(row(sheet, 0, "BB01").getCell(share))).isTrue();
        assertThat(row(sheet, 0, "BB02").getCell(share).getNumericCellValue()).isEqualTo(0.4);
        assertThat(row(sheet, 0, "BB02").getCell(share).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
    }

    @Test
    void withoutAnAppropriationOrAPreviousYearThoseCellsAreBlank() throws IOException {
        Sheet sheet = written(new AnnualReportXlsx(TEMPLATES)).getSheet("At a glance");
        int value = column(sheet, "FY2014");
        assertThat(isBlank(row(sheet, 0, "Appropriation").getCell(value))).isTrue();
        assertThat(isBlank(row(sheet, 0, "New sales per dollar of appropriation").getCell(value))).isTrue();
        assertThat(row(sheet, 0, "New sales per dollar of federal funds awarded to centers").getCell(value)
                .getNumericCellValue()).isEqualTo(1.2345678);
        assertThat(sheet.getRow(0).getLastCellNum()).as("no previous-year columns").isEqualTo((short) 3);

        Sheet history = written(new AnnualReportXlsx(TEMPLATES)).getSheet("Appropriation history");
        assertThat(history.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(2012);
        assertThat(history.getRow(3).getCell(0).getNumericCellValue()).isEqualTo(2014);
        assertThat(isBlank(history.getRow(3).getCell(1))).isTrue();
        assertThat(history.getRow(3).getCell(2).getNumericCellValue()).isEqualTo(3_000_000.0);
    }

    @Test
    void centersByHostTypeAddUpTheCenterRows() throws IOException {
        Sheet sheet = written(new AnnualReportXlsx(TEMPLATES)).getSheet("Centers by host type");
        Row nonprofit = row(sheet, 0, "Nonprofit");
        assertThat(nonprofit.getCell(column(sheet, "Centers")).getNumericCellValue()).isEqualTo(2);
        assertThat(nonprofit.getCell(column(sheet, "Regional offices")).getNumericCellValue()).isEqualTo(5);
        assertThat(nonprofit.getCell(column(sheet, "Federal funds")).getNumericCellValue()).isEqualTo(3_000_000.0);
        assertThat(row(sheet, 0, "University").getCell(column(sheet, "Regional offices")).getNumericCellValue())
                .isZero();
    }

    @Test
    void storiesPublishNeitherTheClientNorContactDetails() throws IOException {
        XSSFWorkbook book = written(new AnnualReportXlsx(TEMPLATES));
        Sheet sheet = book.getSheet("Success stories");
        assertThat(sheet.getRow(1).getCell(column(sheet, "Title")).getStringCellValue()).isEqualTo("Faster changeovers");
        assertThat(sheet.getRow(1).getCell(column(sheet, "Center")).getStringCellValue()).isEqualTo("Alpha Center");
        assertThat(sheet.getRow(1).getCell(column(sheet, "Results")).getStringCellValue())
                .startsWith("Setup time halved. Contact ").doesNotContain("@", "555-0100");
        assertThat(XlsxCellDump.allText(book)).noneMatch(t -> t.contains(XlsxTestModels.STORY_CLIENT));
    }

    @Test
    void footnotesAndNotesStateTheRulesTheFiguresWereComputedWith() throws IOException {
        ProgramRules rules = new ProgramRules(null, null, 45, null, null, null, null, 5);
        XSSFWorkbook book = written(new AnnualReportXlsx(TEMPLATES, rules));
        List<String> text = XlsxCellDump.allText(book);
        assertThat(text).anyMatch(t -> t.startsWith("(D): withheld") && t.contains("fewer than 5 clients"));
        assertThat(text).anyMatch(t -> t.contains("more than 45 days after"));
        assertThat(AnnualReportXlsxTest.notes(book)).anyMatch(t -> t.contains("fewer than 5 responding clients"));
    }

    @Test
    void theNotesAreFoundInTheReportsFolderTooOrFailNamingWhereTheyWereLookedFor() throws IOException {
        assertThat(AnnualReportXlsxTest.write(new AnnualReportXlsx(TEMPLATES.resolve("annual-report")), model))
                .isEqualTo(AnnualReportXlsxTest.write(new AnnualReportXlsx(TEMPLATES), model));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> new AnnualReportXlsx(dir.resolve("nowhere")).write(model, out))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("nowhere" + File.separator + "annual-report" + File.separator
                        + AnnualReportXlsx.NOTES_FILE)
                .hasMessageContaining("nowhere" + File.separator + AnnualReportXlsx.NOTES_FILE);
        assertThat(out.size()).as("nothing written").isZero();
    }
}
