package gov.nist.mep.impact.report.annual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfString;
import gov.nist.mep.impact.metrics.CategoryFigures;
import gov.nist.mep.impact.metrics.CenterFigures;
import gov.nist.mep.impact.metrics.ImpactMetrics;
import gov.nist.mep.impact.metrics.NationalFigures;
import gov.nist.mep.impact.report.render.DisplayFormat;
import gov.nist.mep.impact.report.render.TemplateException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The annual report of the worked example: figures equal the model, no contact data, same bytes, templates at run time. */
class AnnualReportPdfTest extends PdfWorkedExample {

    @TempDir
    Path dir;

    @Test
    void keyFiguresPrintedEqualTheModelAfterDisplayRounding() throws Exception {
        ImpactMetrics m = metrics();
        String text = text(render(m, TEMPLATES));
        NationalFigures n = m.national();

        assertThat(text).contains(DisplayFormat.count(n.figures().clientsServed()) + " clients",
                DisplayFormat.count(n.figures().projectsCompleted()) + " projects",
                DisplayFormat.money(n.figures().newSales()) + " in new sales",
                DisplayFormat.count(n.figures().jobsCreated()) + " jobs created",
                DisplayFormat.count(n.figures().jobsRetained()) + " jobs retained",
                // both ratios, each with its denominator
                DisplayFormat.perDollar(n.newSalesPerAppropriationDollar()) + " per dollar appropriated",
                DisplayFormat.perDollar(n.funding().newSalesPerFederalDollar())
                        + " per federal dollar awarded to centers",
                DisplayFormat.perJob(n.appropriationCostPerJob()) + " per job",
                DisplayFormat.perJob(n.funding().federalCostPerJob()) + " per job",
                DisplayFormat.money(n.appropriation()));
        for (CenterFigures c : m.centers()) {
            assertThat(text).as("federal funds of %s", c.centerId())
                    .contains(DisplayFormat.dollars(c.funding().federalFunds()));
        }
        List<CenterFigures> nonCompliant = m.centers().stream()
                .filter(c -> Boolean.FALSE.equals(c.costShareCompliant())).toList();
        assertThat(nonCompliant).isNotEmpty();
        String costShare = text.substring(text.indexOf("Cost-share compliance", text.indexOf("Cost-share compliance") + 1));
        for (CenterFigures c : nonCompliant) {
            assertThat(costShare).as("non-compliant center named").contains(c.centerName());
        }
        assertThat(costShare).contains(nonCompliant.size() + " exceeded it");
    }

    @Test
    void theWorkedExampleReportIsWrittenForLookingAtAndItsPagesPrintTheExpectedFigures() throws Exception {
        byte[] pdf = render(metrics(), TEMPLATES);
        Path target = Path.of("target", "annual-report-worked-example-FY2014.pdf");
        Files.createDirectories(target.getParent());
        Files.write(target, pdf);

        PdfReader reader = new PdfReader(pdf);
        assertThat(reader.getNumberOfPages()).isEqualTo(13);
        String[] pages = text(pdf).replaceAll("[ \\t\\r\\n]+", " ").split("\f");
        // expected: the contract's expected FY2014 metrics (fixtures/contract-example/expected-metrics-FY2014.json) in
        // the display formats of report-templates/README.md, worked out by hand: 179,058,305.16 -> $179.1 million,
        // 32,577,034.72 / 179,058,305.16 = 0.182 -> $0.18, 24,747,309.28 / (20 + 142) = 152,761.17 -> $152,761
        assertThat(pages[1]).contains("Contents The Year at a Glance", "The Network", "Funding", "Services",
                "Center Operations", "Success Stories", "Appendix");
        assertThat(pages[2]).contains("The Year at a Glance", "the program's 7 centers worked from 33 regional offices",
                "They served 33 clients and completed 45 projects.", "Congress appropriated $179.1 million",
                "awarded $24.7 million of federal funds", "with $21.9 million of non-federal funds",
                "reported $32.6 million in new sales, $38.7 million in retained sales, $762,584 in cost savings and"
                        + " $1.5 million in new investment, with 20 jobs created and 142 jobs retained",
                "$0.18 per dollar appropriated and to $1.32 per federal dollar awarded to centers",
                "$1,105,298 per job", "$152,761 per job", "23 of 32 surveys fielded", "a response rate of 71.9%");
        assertThat(pages[3]).contains("The Network", "Government 2 10", "Nonprofit 3 17", "University 2 6",
                "All centers 7 33", "KS 2 9 12 $8,330,016 $8,000,220", "MI 1 7 10 $4,528,652 $6,094,915");
        assertThat(pages[12]).contains("Data quality", "395", "309", "73");
        reader.close();
    }

    @Test
    void suppressedGroupsAreBlankedWithTheFootnoteAndNationalFiguresAreNot() throws Exception {
        ImpactMetrics m = metrics();
        String text = text(render(m, TEMPLATES));
        List<CategoryFigures> suppressed = m.serviceCategories().stream().filter(CategoryFigures::suppressed).toList();
        assertThat(suppressed).as("the worked example has a category with fewer than 3 responding clients")
                .isNotEmpty();
        for (CategoryFigures c : suppressed) {
            assertThat(text).as("row of %s", c.serviceCategory()).contains(DisplayFormat.label(c.serviceCategory())
                    + " " + DisplayFormat.count(c.figures().respondingClients()) + " (D) (D) (D) (D) (D)");
        }
        assertThat(text).contains("(D) Withheld to avoid disclosing")
                .contains("All services " + DisplayFormat.count(m.national().figures().respondingClients()) + " "
                        + DisplayFormat.moneyShort(m.national().figures().newSales()));
    }

    @Test
    void noContactDataOfTheExtractAppears() throws Exception {
        String text = text(render(metrics(), TEMPLATES));
        assertThat(text).doesNotContain("Pat Doe", "@example.com", "555-0100", "Pat Private");
        // the company names of success stories are printed (they are companies, not people)
        assertThat(text).contains("Acme Tool & Die");
    }

    @Test
    void theSameModelAndTemplatesGiveTheSameBytes() throws Exception {
        byte[] first = render(metrics(), TEMPLATES);
        byte[] second = render(metrics(), TEMPLATES);
        assertThat(second).isEqualTo(first);
        String raw = new String(first, StandardCharsets.ISO_8859_1);
        assertThat(raw).contains("/CreationDate(D:20140930000000Z)", "/ModDate(D:20140930000000Z)")
                .contains("<xmp:CreateDate>2014-09-30T00:00:00Z</xmp:CreateDate>");
    }

    @Test
    void aChangedSentenceInACopiedTemplatesFolderAppearsInThePdf() throws Exception {
        Path templates = copyTemplates();
        Path services = templates.resolve("annual-report/40-services.md");
        Files.writeString(services, Files.readString(services).replace("Impacts are attributed to",
                "Reported impacts, new wording for {fiscalYear}, are attributed to"));

        String text = text(render(metrics(), templates));

        assertThat(text).contains("Reported impacts, new wording for 2014, are attributed to")
                .doesNotContain("Impacts are attributed to");
    }

    @Test
    void anUnknownPlaceholderFailsNamingTheTemplateLineAndPlaceholder() throws Exception {
        Path templates = copyTemplates();
        Path funding = templates.resolve("annual-report/30-funding.md");
        List<String> lines = new ArrayList<>(Files.readAllLines(funding));
        lines.add(4, "Spent {national.federalFundz} last year.");
        Files.write(funding, lines);

        assertThatThrownBy(() -> render(metrics(), templates)).isInstanceOf(TemplateException.class)
                .hasMessageContaining("annual-report/30-funding.md line 5")
                .hasMessageContaining("{national.federalFundz}");
    }

    @Test
    void anUnknownTableFailsNamingTheTemplateAndLine() throws Exception {
        Path templates = copyTemplates();
        Path network = templates.resolve("annual-report/20-network.md");
        Files.writeString(network, Files.readString(network) + "\n[table: centres-by-colour]\n");
        long line = Files.readAllLines(network).size();

        assertThatThrownBy(() -> render(metrics(), templates)).isInstanceOf(TemplateException.class)
                .hasMessageContaining("annual-report/20-network.md line " + line)
                .hasMessageContaining("[table: centres-by-colour]");
    }

    @Test
    void theStructureTreeLanguageTitleAndBookmarksAreThere() throws Exception {
        PdfReader reader = new PdfReader(render(metrics(), TEMPLATES));
        PdfDictionary catalog = reader.getCatalog();
        assertThat(catalog.getAsString(PdfName.LANG).toString()).isEqualTo("en-US");
        assertThat(catalog.getAsDict(PdfName.MARKINFO).get(PdfName.MARKED).toString()).isEqualTo("true");
        assertThat(catalog.getAsDict(PdfName.VIEWERPREFERENCES).get(PdfName.DISPLAYDOCTITLE).toString())
                .isEqualTo("true");
        assertThat(catalog.getAsDict(PdfName.OUTLINES)).isNotNull();
        PdfDictionary root = catalog.getAsDict(PdfName.STRUCTTREEROOT);
        assertThat(root).isNotNull();
        List<String> tags = new ArrayList<>();
        List<String> alts = new ArrayList<>();
        walk(root, tags, alts);
        assertThat(tags).contains("Document", "Sect", "H1", "H2", "P", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH",
                "TD", "Figure", "TOC", "TOCI");
        assertThat(alts).hasSize((int) tags.stream().filter("Figure"::equals).count())
                .allSatisfy(a -> assertThat(a).isNotBlank());
        assertThat(reader.getInfo().get("Title")).startsWith("Manufacturing Extension Partnership Annual Report");
        reader.close();
    }

    @Test
    void theTemplatesReadmeDocumentsEveryFigureTableAndChart() throws Exception {
        String readme = Files.readString(TEMPLATES.resolve("README.md"));
        AnnualReportPdfContent content = new AnnualReportPdfContent(metrics());
        List<String> names = new ArrayList<>(content.figures().names());
        names.addAll(content.collection("stories").orElseThrow().prototype().names());
        for (String name : names) {
            for (String part : name.split("\\.")) {
                assertThat(readme).as("README documents %s", name).containsAnyOf("`" + part + "`", "`" + part + ".",
                        "." + part + "`");
            }
        }
        for (String block : new AnnualReportPdfTables(metrics()).parts().names()) {
            assertThat(readme).as("README documents %s", block).contains("`" + block + "`");
        }
    }

    private static void walk(PdfDictionary element, List<String> tags, List<String> alts) {
        PdfName s = element.getAsName(PdfName.S);
        if (s != null) {
            tags.add(PdfName.decodeName(s.toString()));
            PdfString alt = element.getAsString(PdfName.ALT);
            if (alt != null) {
                alts.add(alt.toUnicodeString());
            }
        }
        PdfObject kids = PdfReader.getPdfObject(element.get(PdfName.K));
        if (kids instanceof PdfDictionary kid && kid.get(PdfName.S) != null) {
            walk(kid, tags, alts);
        } else if (kids instanceof PdfArray array) {
            for (int i = 0; i < array.size(); i++) {
                PdfObject k = PdfReader.getPdfObject(array.getPdfObject(i));
                if (k instanceof PdfDictionary d && d.get(PdfName.S) != null) {
                    walk(d, tags, alts);
                }
            }
        }
    }

    private Path copyTemplates() throws Exception {
        Path target = dir.resolve("report-templates");
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path p : files.toList()) {
                Path to = target.resolve(TEMPLATES.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        return target;
    }
}
