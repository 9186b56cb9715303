package gov.nist.mep.impact.report.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.nist.mep.impact.metrics.DistrictFigures;
import gov.nist.mep.impact.metrics.DistrictSuppression;
import gov.nist.mep.impact.metrics.ImpactMetrics;
import gov.nist.mep.impact.metrics.MetricsCalculator;
import gov.nist.mep.impact.report.annual.PdfUaValidation;
import gov.nist.mep.impact.report.render.TemplateException;
import gov.nist.mep.impact.support.BatchTestSupport;
import gov.nist.mep.impact.support.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The district fact sheets of the district worked example (figures computed by hand in its README): one page and one
 * bookmark per district named as staff say it, headline figures first, the district beside its state and the nation,
 * "(D)" and the right footnote where withheld, the centers and services, PDF/UA-1, same bytes, no personal data.
 */
class DistrictFactSheetsTest extends BatchTestSupport {

    static final Path TEMPLATES = Path.of("report-templates");
    private static final String PRIMARY_NOTE = "Withheld to avoid disclosing what individual clients reported: fewer"
            + " than 3 clients of this group completed the survey.";
    private static final String COMPLEMENTARY_NOTE = "Withheld so that the figures of another district of the state,"
            + " where fewer than 3 clients completed the survey, cannot be worked out";

    private static ImpactMetrics cached;

    @Autowired
    private MetricsCalculator calculator;

    @TempDir
    Path dir;

    private synchronized ImpactMetrics metrics() throws Exception {
        if (cached == null) {
            JobExecution e = run("annual-report", Fixtures.DISTRICT_EXAMPLE.resolve("extract").toAbsolutePath(), dir,
                    2014);
            assertThat(e.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            cached = calculator.compute(e.getJobInstance().getInstanceId(), 2014);
        }
        return cached;
    }

    static byte[] all(ImpactMetrics m) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DistrictFactSheets(TEMPLATES).writeAll(m, out);
        return out.toByteArray();
    }

    static byte[] one(ImpactMetrics m, String district) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DistrictFactSheets(TEMPLATES).writeDistrict(m, district, out);
        return out.toByteArray();
    }

    private static String flat(byte[] pdf) {
        return ImpactPdfWorkedExample.text(pdf).replaceAll("\\s+", " ");
    }

    @Test
    void everyDistrictOfTheCrosswalkHasOnePageAndABookmarkNamedAsStaffSayIt() throws Exception {
        byte[] pdf = all(metrics());
        List<ImpactPdfWorkedExample.Bookmark> marks = ImpactPdfWorkedExample.bookmarks(pdf);

        assertThat(marks).extracting(ImpactPdfWorkedExample.Bookmark::title).containsExactly(
                "Kansas's 1st Congressional District", "Kansas's 2nd Congressional District",
                "Kansas's 3rd Congressional District", "Michigan's 3rd Congressional District",
                "Michigan's 13th Congressional District", "Missouri's 5th Congressional District",
                "Rhode Island's 1st Congressional District", "Rhode Island's 2nd Congressional District",
                "Vermont (at large)", "Washington's 6th Congressional District",
                "Washington's 7th Congressional District", "Washington's 10th Congressional District");
        assertThat(marks).extracting(ImpactPdfWorkedExample.Bookmark::page)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        assertThat(ImpactPdfWorkedExample.pageCount(pdf)).isEqualTo(12);
        Path target = Path.of("target", "district-fact-sheets-worked-example-FY2014.pdf");
        Files.createDirectories(target.getParent());
        Files.write(target, pdf);
    }

    @Test
    void aPublishedDistrictPrintsItsHandComputedFiguresBesideItsStateAndTheNation() throws Exception {
        // KS-01 (hand computed, fixtures/district-example/README.md): 1 client served, 1 project, new sales
        // $1,099,010.52, 4 + 3 jobs; Kansas: 9 clients, $31.0 million; nation 33 clients, $32.6 million
        String text = flat(one(metrics(), "KS-01"));

        assertThat(text).contains("Kansas's 1st Congressional District", "118th Congress, district KS-01.",
                "Clients served Projects completed New sales reported by clients Jobs created or retained 1 1 $1.1"
                        + " million 7",
                "1 MEP center completed 1 project with 1 manufacturer in Kansas's 1st Congressional District.",
                "reported $1.1 million in new sales and 7 jobs created or retained",
                "Clients served 1 9 33", "Clients responding to the survey 4 8 21",
                "New sales $1.1 million $31.0 million $32.6 million", "Retained sales $3.0 million $34.5 million",
                "Cost savings $154,350 $396,397", "New client investment $427,572 $535,814", "Jobs created 4 5",
                "Jobs retained 3 17", "KS Manufacturing Extension Center 2 Nonprofit Kansas",
                "most frequent services this year: Cybersecurity (1 project).");
        assertThat(text).doesNotContain("(D)", PRIMARY_NOTE, COMPLEMENTARY_NOTE);
    }

    @Test
    void aComplementaryDistrictIsWithheldWithItsOwnFootnoteAndItsSummaryNamesNoImpact() throws Exception {
        ImpactMetrics m = metrics();
        DistrictFigures ks02 = district(m, "KS-02");
        assertThat(ks02.suppression()).isEqualTo(DistrictSuppression.COMPLEMENTARY);
        String text = flat(one(m, "KS-02"));

        assertThat(text).contains("3 5 (D) (D)", "Clients responding to the survey (D) 8 21",
                "New sales (D) $31.0 million", "Jobs retained (D) 17", COMPLEMENTARY_NOTE,
                "completed 5 projects with 3 manufacturers", "What these clients reported in the program's survey is"
                        + " withheld");
        // KS-02's hand-computed new sales, $26,241,131.33, and its 3 responding clients appear nowhere
        assertThat(text).doesNotContain("$26.2 million", "26,241,131", PRIMARY_NOTE, "Clients responding to the"
                + " survey 3");
    }

    @Test
    void aPrimaryDistrictAndAnEmptyAtLargeSeatAreWithheldWithTheSuppressionFootnote() throws Exception {
        ImpactMetrics m = metrics();
        String ks03 = flat(one(m, "KS-03"));
        String vt = flat(one(m, "VT-AL"));

        assertThat(ks03).contains("New sales (D)", PRIMARY_NOTE).doesNotContain("$3.6 million", COMPLEMENTARY_NOTE);
        assertThat(vt).contains("Vermont (at large)", "0 0 (D) (D)", PRIMARY_NOTE,
                "completed 0 projects with 0 manufacturers in Vermont's at-large district.",
                "No center completed a project with a client in this district in fiscal year 2014.",
                "most frequent services this year: none.");
    }

    @Test
    void theSheetsArePdfUaDeterministicAndFreeOfPersonalData() throws Exception {
        ImpactMetrics m = metrics();
        byte[] first = all(m);
        assertThat(all(m)).isEqualTo(first);
        assertThat(flat(first)).doesNotContain("Pat Doe", "@example.com", "555-0100");
        assertThat(new String(first, StandardCharsets.ISO_8859_1)).doesNotContain("Pat Doe", "@example.com");

        PdfUaValidation.Outcome combined = PdfUaValidation.validate(first);
        assertThat(combined.failures()).isEmpty();
        assertThat(combined.compliant()).isTrue();
        for (String d : List.of("KS-02", "VT-AL")) {
            PdfUaValidation.Outcome single = PdfUaValidation.validate(one(m, d));
            assertThat(single.failures()).as(d).isEmpty();
            assertThat(single.compliant()).as(d).isTrue();
        }
        assertThatThrownBy(() -> one(m, "ZZ-01")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSuppressedSummaryThatNamesAnImpactStopsTheRunNamingTheLine() throws Exception {
        Path templates = dir.resolve("templates");
        Path folder = Files.createDirectories(templates.resolve(DistrictFactSheets.TEMPLATES));
        Files.copy(TEMPLATES.resolve(DistrictFactSheets.TEMPLATES).resolve("10-district.md"),
                folder.resolve("10-district.md"));
        Files.writeString(folder.resolve("summary.md"), "## published\n\n{district.name} reported {district.newSales}."
                + "\n\n## suppressed\n\n{district.name}: withheld,\nbut {district.newSales} in new sales.\n");
        ImpactMetrics m = metrics();

        assertThatThrownBy(() -> new DistrictFactSheets(templates).writeAll(m, new ByteArrayOutputStream()))
                .isInstanceOf(TemplateException.class).hasMessageContaining("summary.md")
                .hasMessageContaining("line 8").hasMessageContaining("district.newSales");
    }

    @Test
    void aSingleSheetIsStillCheckedAgainstItsTemplateOnEveryWrite() throws Exception {
        // the sheets are checked once per model against every district (not once per sheet): a footnote that a
        // withheld district needs and the template no longer defines stops that district's sheet on every write
        Path templates = dir.resolve("templates");
        Path folder = Files.createDirectories(templates.resolve(DistrictFactSheets.TEMPLATES));
        Files.copy(TEMPLATES.resolve(DistrictFactSheets.TEMPLATES).resolve("summary.md"), folder.resolve("summary.md"));
        String district = Files.readString(TEMPLATES.resolve(DistrictFactSheets.TEMPLATES).resolve("10-district.md"));
        Files.writeString(folder.resolve("10-district.md"), district.substring(0, district.indexOf("[^complementary]:")));
        ImpactMetrics m = metrics();
        DistrictFactSheets sheets = new DistrictFactSheets(templates);

        for (int attempt = 0; attempt < 2; attempt++) {
            assertThatThrownBy(() -> sheets.writeDistrict(m, "KS-02", new ByteArrayOutputStream()))
                    .isInstanceOf(TemplateException.class).hasMessageContaining("needs footnote [^complementary]");
        }
    }

    @Test
    void aSheetWrittenAfterTheOthersSharedTheirLineBreaksHasTheBytesOfASheetWrittenAlone() throws Exception {
        ImpactMetrics m = metrics();
        DistrictFactSheets shared = new DistrictFactSheets(TEMPLATES);
        shared.writeAll(m, new ByteArrayOutputStream());
        for (DistrictFigures d : m.districts().crosswalkDistricts()) {
            ByteArrayOutputStream after = new ByteArrayOutputStream();
            shared.writeDistrict(m, d.district(), after);

            assertThat(after.toByteArray()).as(d.district()).isEqualTo(one(m, d.district()));
        }
    }

    private static DistrictFigures district(ImpactMetrics m, String code) {
        return m.districts().districts().stream().filter(d -> d.district().equals(code)).findFirst().orElseThrow();
    }
}
