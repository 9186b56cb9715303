package gov.nist.mep.impact.report.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import gov.nist.mep.impact.metrics.EconomyWideImpacts;
import gov.nist.mep.impact.metrics.EconomyWideImpacts.Scenario;
import gov.nist.mep.impact.metrics.EconomyWideImpacts.ShockGroup;
import gov.nist.mep.impact.metrics.EconomyWideImpacts.StateLine;
import gov.nist.mep.impact.metrics.ImpactMetrics;
import gov.nist.mep.impact.metrics.ProgramRules;
import gov.nist.mep.impact.support.EconomyWideExpected;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The worked example's FY2014 economy-wide figures, in the model, the chapter, the fact sheets and the workbook,
 * against figures computed without the project's code: {@code fixtures/economy-wide/economy_expected.py} (BEA's
 * original tables, the method as docs/economy-wide.md states it; the shock read from the extract by
 * {@code shock_of_the_worked_example.py}). The printed forms below are those numbers at display rounding.
 */
class EconomyWideChapterTest extends ImpactPdfWorkedExample {

    private static JsonNode expected() {
        return EconomyWideExpected.section("worked-example");
    }

    @Test
    void theModelsFiguresAreTheIndependentCalculations() throws Exception {
        JsonNode x = expected();
        EconomyWideImpacts e = metrics().economyWide();
        assertThat(e.tableYear()).isEqualTo(2014);

        // the shock: three groups printed, four pooled (6 clients, $6,174,700.01)
        for (ShockGroup g : e.shock().groups()) {
            if (g.kind().equals("other")) {
                assertThat(g.respondingClients()).isEqualTo(x.get("other").get("clients").asLong());
                assertThat(g.clientSales()).isEqualByComparingTo(x.get("other").get("clientSales").asText());
                assertThat(g.industries()).containsExactly("3361MV", "311FT", "313TT", "315AL", "325");
            } else if (g.suppressed().withheld()) {
                assertThat(g.clientSales()).isNull();
            } else {
                JsonNode group = x.get("groups").get(g.code());
                assertThat(group).as(g.code()).isNotNull();
                assertThat(g.respondingClients()).isEqualTo(group.get("clients").asLong());
                assertThat(g.clientSales()).isEqualByComparingTo(group.get("clientSales").asText());
            }
        }
        assertThat(e.shock().groups().stream().filter(g -> g.suppressed().withheld()).map(ShockGroup::code))
                .containsExactlyInAnyOrder("311FT", "325", "3361MV", "31");
        assertThat(e.shock().investmentDomestic()).isEqualByComparingTo(x.get("investmentDomestic").asText());

        Scenario s = e.scenarios().get(0);
        JsonNode r = x.get("reported");
        assertThat(s.finalDemand()).isEqualByComparingTo(r.get("finalDemand").asText());
        EconomyWideExpected.assertEffect(s.direct(), r.get("direct"));
        EconomyWideExpected.assertEffect(s.indirect(), r.get("indirect"));
        EconomyWideExpected.assertEffect(s.induced(), r.get("induced"));
        EconomyWideExpected.assertTotal(s.typeI(), r.get("typeI"));
        EconomyWideExpected.assertTotal(s.typeII(), r.get("typeII"));

        JsonNode sens = x.get("sensitivity");
        assertThat(e.sensitivity().get(0).jobs()).isEqualByComparingTo(
                sens.get("retained-sales-share=0.0").get("jobs").asText());
        assertThat(e.sensitivity().get(1).jobs()).isEqualByComparingTo(
                sens.get("retained-sales-share=0.5").get("jobs").asText());
        for (EconomyWideImpacts.Sensitivity row : e.sensitivity().subList(3, e.sensitivity().size())) {
            String key = row.assumption().substring("mep.economy.".length()).replace("-per-income-dollar", "") + "="
                    + (row.basis() != null ? row.basis() : row.value());
            if (sens.has(key)) {
                assertThat(row.jobs()).as(key).isEqualByComparingTo(sens.get(key).get("jobs").asText());
            } else {
                assertThat(row.used()).as(key + ": the reported result").isTrue();
                assertThat(row.jobs()).isEqualByComparingTo(r.get("typeII").get("jobs").asText());
            }
        }
        assertThat(e.sensitivity()).hasSize(11);

        for (StateLine line : e.states()) {
            JsonNode state = x.get("states").get(line.state());
            if (state == null) {
                assertThat(line.state()).isEqualTo("VT");
                assertThat(line.jobs()).isNull();
                continue;
            }
            assertThat(line.jobs()).as(line.state()).isEqualByComparingTo(state.get("jobs").asText());
            EconomyWideExpected.assertMoney(line.output(), state, "output");
            EconomyWideExpected.assertMoney(line.laborIncome(), state, "laborIncome");
        }
    }

    @Test
    void theChapterPrintsTheFiguresWithTheirLabelsAndBothDenominators() throws Exception {
        String text = EconomyWideDisclosureTest.chapter(text(report(metrics())));

        assertThat(text).contains("model results, not reported figures", "Type I total (direct + indirect)",
                "Type II total (direct + indirect + induced)");
        // Type II: 757.6 jobs, $88,196,493.69 of GDP, $48,431,472.25 of labor income; Type I: 503.4 jobs, $58.8M;
        // full-time equivalents 708.4, persons engaged 753.8
        assertThat(text).contains("supported 758 jobs across the economy (Type II), $88.2 million of GDP and"
                + " $48.4 million of labor income", "Counting suppliers only (Type I): 503 jobs and $58.8 million of GDP",
                "Counted as full-time equivalents, the Type II figure is 708 jobs; as persons engaged (the self-employed"
                        + " included), 754");
        // labor income per job: 48,431,472.25 / 757.6...
        assertThat(text).contains("Labor income per job is then a result: $63,926 (Type II)");
        // tax: 13.5% of the wages and salaries, 80.8% of the labor income ($39,142,838.49): $5,284,283.20, over
        // $179,058,305.16 appropriated and $24,747,309.28 to centers
        assertThat(text).contains("80.8% of compensation in 2014 (BEA): $39.1 million of the Type II labor income, which"
                + " yields an estimated $5.3 million of federal personal income tax: $0.03 per dollar appropriated, or"
                + " $0.21 per federal dollar awarded to centers");
        // sensitivity: as final demand 792.4 jobs; spending 0.924 -> 908.7, all of it -> 967.7
        assertThat(text).contains("final demand gives 792 jobs instead of 758",
                "at 0.682, U.S. consumption over GDP (the default), 758 jobs; at 0.924, households' consumption over"
                        + " their disposable income, 909; if they spent all of it, 968");
        assertThat(text).contains("with the 2014 table, the fiscal year's own");
        assertThat(text).contains("Total: client sales and investment goods $72.5 million",
                "Client sales: Fabricated metal products (332) 6 $23.3 million");
        for (String setting : EconomyWideText.SETTINGS) {
            // long setting names are hyphenated at line ends
            assertThat(text.replace("- ", "-")).as(setting).contains("mep.economy." + setting);
        }
        assertThat(text.replace("- ", "-")).contains(
                "Share of retained sales counted (mep.economy.retained-sales-share) 100%",
                "Jobs counted (mep.economy.jobs-measure) full-and part-time jobs",
                "How client sales enter the model (mep.economy.client-sales-as) output of the client's industry");
        assertThat(text).contains("Personal income: the model gives labor income (compensation of employees)");
        // FY2014 has no published contractor figures: the table says so rather than printing a number
        assertThat(text).contains("Jobs supported not published");
        assertThat(text).doesNotContain("not available jobs");
    }

    @Test
    void eachFactSheetHasTheStatesShareOfTheNationalResult() throws Exception {
        ImpactMetrics m = metrics();
        // KS 688.4, MI 17.4, RI 26.0, WA 25.8 jobs of the nation's 757.6; VT has no responding client
        Map<String, String> jobs = Map.of("KS", "688", "MI", "17", "RI", "26", "WA", "26", "VT", "(D)");
        for (Map.Entry<String, String> state : jobs.entrySet()) {
            String text = text(factSheet(m, state.getKey())).replaceAll("\\s+", " ");
            assertThat(text).as(state.getKey()).contains("Jobs supported economy-wide (model estimate) "
                    + state.getValue() + " 758");
            assertThat(pageCount(factSheet(m, state.getKey()))).as("two pages, as every fact sheet").isEqualTo(2);
        }
    }

    @Test
    void theWorkbookHasTheResultsTheShockAndTheMultipliers() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ImpactReportXlsx(TEMPLATES, ProgramRules.defaults()).write(metrics(), out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Row m332 = EconomyWideDisclosureTest.rowsByCode(wb.getSheet("Multipliers")).get("332");
            assertThat(Double.parseDouble(EconomyWideDisclosureTest.cell(m332, "Output, Type I")))
                    .isCloseTo(2.0221638, within(1e-6));
            assertThat(EconomyWideDisclosureTest.cell(m332, "Client sales counted")).isEqualTo("23274805.57");
            Row reported = wb.getSheet("Economy-wide").getRow(2);
            assertThat(EconomyWideDisclosureTest.cell(reported, "Model")).startsWith("Type II");
            assertThat(new BigDecimal(EconomyWideDisclosureTest.cell(reported, "Output"))
                    .subtract(new BigDecimal("183286342.37")).abs()).isLessThanOrEqualTo(new BigDecimal("0.01"));
            assertThat(EconomyWideDisclosureTest.cell(reported, "Jobs")).isEqualTo("757.6");
            assertThat(EconomyWideDisclosureTest.cell(reported, "Labor income per job")).isEqualTo("63926.0");
            Row other = EconomyWideDisclosureTest.rowsByCode(wb.getSheet("Economy-wide shock")).entrySet().stream()
                    .filter(en -> en.getKey().startsWith("Other industries")).findFirst().orElseThrow().getValue();
            assertThat(EconomyWideDisclosureTest.cell(other, "Client sales counted")).isEqualTo("6174700.01");
            assertThat(EconomyWideDisclosureTest.cell(other, "Responding clients")).isEqualTo("6.0");
        }
    }
}
