package gov.nist.mep.impact.report.impact;

import gov.nist.mep.impact.metrics.EconomyWideImpacts;
import gov.nist.mep.impact.metrics.EconomyWideImpacts.Multiplier;
import gov.nist.mep.impact.metrics.EconomyWideImpacts.Scenario;
import gov.nist.mep.impact.metrics.EconomyWideImpacts.ShockGroup;
import gov.nist.mep.impact.metrics.EconomyWideImpacts.Total;
import gov.nist.mep.impact.metrics.ImpactMetrics;
import gov.nist.mep.impact.metrics.ProgramRules;
import gov.nist.mep.impact.report.Suppression;
import gov.nist.mep.impact.report.render.DisplayFormat;
import gov.nist.mep.impact.report.render.XlsxFormat;
import gov.nist.mep.impact.report.render.XlsxTable;
import java.util.ArrayList;
import java.util.List;

/**
 * The workbook's economy-wide sheets, from the model's {@code economyWide} section as it stands: the results by
 * reading of the shock and model type, the shock by client group, and the multipliers used by industry. None when the
 * section is absent. Figures the model withholds are blank and marked, as in every sheet.
 */
final class EconomyWideXlsxTables {

    static final String RESULTS = "Economy-wide";
    static final String SHOCK = "Economy-wide shock";
    static final String MULTIPLIERS = "Multipliers";

    private EconomyWideXlsxTables() {
    }

    static List<XlsxTable<?>> of(ImpactMetrics metrics, ProgramRules rules, EconomyWideText text) {
        EconomyWideImpacts e = metrics.economyWide();
        if (e == null) {
            return List.of();
        }
        EconomyWideContent words = new EconomyWideContent(metrics, text);
        return List.of(results(e, words), shock(e, words, rules), multipliers(e, rules));
    }

    /** One reading of the shock through one model type. */
    record Result(Scenario scenario, String model, Total total) {
    }

    static XlsxTable<Result> results(EconomyWideImpacts e, EconomyWideContent words) {
        List<Result> rows = new ArrayList<>();
        for (Scenario s : e.scenarios()) {
            rows.add(new Result(s, "Type I (direct + indirect)", s.typeI()));
            rows.add(new Result(s, "Type II (direct + indirect + induced)", s.typeII()));
        }
        return XlsxTable.of(RESULTS, rows)
                .column("Shock", 40, XlsxFormat.TEXT, r -> words.scenarioLabel(r.scenario().name()))
                .column("Model", 32, XlsxFormat.TEXT, Result::model)
                .column("Final demand", 16, XlsxFormat.MONEY, r -> r.scenario().finalDemand())
                .column("Output", 16, XlsxFormat.MONEY, r -> r.total().output())
                .column("Value added (GDP)", 16, XlsxFormat.MONEY, r -> r.total().valueAdded())
                .column("Labor income", 16, XlsxFormat.MONEY, r -> r.total().laborIncome())
                .column("Jobs", 10, XlsxFormat.COUNT, r -> r.total().jobs())
                .column("Labor income per job", 12, XlsxFormat.MONEY, r -> r.total().compensationPerJob())
                .column("Wages and salaries (tax base)", 16, XlsxFormat.MONEY, r -> r.total().wagesAndSalaries())
                .column("Federal personal income tax", 16, XlsxFormat.MONEY, r -> r.total().federalIncomeTax())
                .column("Tax per dollar appropriated", 14, XlsxFormat.MONEY_RATIO,
                        r -> r.total().taxPerAppropriationDollar())
                .column("Tax per federal dollar to centers", 14, XlsxFormat.MONEY_RATIO,
                        r -> r.total().taxPerFederalDollar())
                .footnote("Model results, not reported figures: the clients' reported sales and investment run through"
                        + " BEA's summary input-output tables (" + words.figures().value("economyWide.tableYearNote")
                        + ").")
                .footnote("Estimated rows are estimates: each component scaled by its nonresponse-adjusted estimate or"
                        + " 95% interval end.")
                .footnote("Jobs: " + words.value("mep.economy.jobs-measure", e.assumptions().stream()
                        .filter(a -> a.setting().equals("mep.economy.jobs-measure")).findFirst().orElseThrow().value())
                        + ", each industry's employment per dollar of output times its output; labor income per job is"
                        + " derived. Client sales counted as " + words.value("mep.economy.client-sales-as",
                                e.assumptions().stream().filter(a -> a.setting().equals("mep.economy.client-sales-as"))
                                        .findFirst().orElseThrow().value()) + ".")
                .footnote("Tax = wages and salaries (" + DisplayFormat.percent(e.wagesShareOfCompensation())
                        + " of labor income, BEA " + e.tableYear() + ") x the effective federal personal income tax"
                        + " rate (measured on personal income). Assumptions and sources: the Notes sheet and the"
                        + " metrics file.");
    }

    /** The shock's client groups, as the chapter's table: withheld groups blank and marked, and their pool. */
    static XlsxTable<ShockGroup> shock(EconomyWideImpacts e, EconomyWideContent words, ProgramRules rules) {
        return XlsxTable.of(SHOCK, e.shock().groups())
                .column("Client group", 60, XlsxFormat.TEXT, words::groupLabel)
                .column("BEA industries", 30, XlsxFormat.TEXT, g -> String.join(", ", g.industries()))
                .column("Responding clients", 12, XlsxFormat.COUNT, ShockGroup::respondingClients)
                .impact("Client sales counted", 16, XlsxFormat.MONEY, ShockGroup::clientSales)
                .suppressWhen(g -> g.suppressed().withheld(), Suppression.xlsxFootnote(rules))
                .footnote("Client sales counted: new sales and the counted share of retained sales of completed"
                        + " surveys, by what the client's NAICS code names. Groups marked (D) are counted together in"
                        + " the line of other industries, which goes into the model spread over their industries by"
                        + " output, so that neither the line nor the model's totals reveal one of them.")
                .footnote("New investment: " + e.shock().investmentGoods().size() + " industries of investment goods,"
                        + " domestic share, in all " + DisplayFormat.money(e.shock().investmentDomestic())
                        + " (the metrics file lists them).");
    }

    static XlsxTable<Multiplier> multipliers(EconomyWideImpacts e, ProgramRules rules) {
        return XlsxTable.of(MULTIPLIERS, e.multipliers())
                .column("BEA code", 9, XlsxFormat.TEXT, Multiplier::code)
                .column("Industry", 44, XlsxFormat.TEXT, Multiplier::name)
                .column("Manufacturing", 9, XlsxFormat.FLAG, m -> m.manufacturing() ? "Yes" : "No")
                .column("Own requirement", 13, XlsxFormat.DECIMAL_RATIO, Multiplier::ownRequirement)
                .column("Output, Type I", 11, XlsxFormat.DECIMAL_RATIO, Multiplier::outputTypeI)
                .column("Output, Type II", 11, XlsxFormat.DECIMAL_RATIO, Multiplier::outputTypeII)
                .column("Value added, Type I", 11, XlsxFormat.DECIMAL_RATIO, Multiplier::valueAddedTypeI)
                .column("Value added, Type II", 11, XlsxFormat.DECIMAL_RATIO, Multiplier::valueAddedTypeII)
                .column("Labor income, Type I", 11, XlsxFormat.DECIMAL_RATIO, Multiplier::laborIncomeTypeI)
                .column("Labor income, Type II", 11, XlsxFormat.DECIMAL_RATIO, Multiplier::laborIncomeTypeII)
                .column("Jobs per $1M, Type I", 11, XlsxFormat.DECIMAL, Multiplier::jobsPerMillionTypeI)
                .column("Jobs per $1M, Type II", 11, XlsxFormat.DECIMAL, Multiplier::jobsPerMillionTypeII)
                .column("Output per $ of sales, Type I", 12, XlsxFormat.DECIMAL_RATIO, Multiplier::salesOutputTypeI)
                .column("Output per $ of sales, Type II", 12, XlsxFormat.DECIMAL_RATIO, Multiplier::salesOutputTypeII)
                .column("Jobs per $1M of sales, Type I", 12, XlsxFormat.DECIMAL, Multiplier::salesJobsPerMillionTypeI)
                .column("Jobs per $1M of sales, Type II", 12, XlsxFormat.DECIMAL,
                        Multiplier::salesJobsPerMillionTypeII)
                .impact("Client sales counted", 16, XlsxFormat.MONEY, Multiplier::clientSales)
                .suppressWhen(m -> m.suppressed().withheld(), Suppression.xlsxFootnote(rules))
                .footnote("Per dollar of final demand for the industry's commodity, BEA " + e.tableYear()
                        + " summary tables: output from the domestic total requirements (Type I = the column total),"
                        + " value added and labor income per dollar of output from the use table, jobs from NIPA"
                        + " employment per dollar of output; Type II closes the model to households. National"
                        + " multipliers.")
                .footnote("Per $ of sales: per dollar of the clients' sales as the model counts them; as output of"
                        + " the industry (direct-effect multipliers), the final-demand multipliers divided by the own"
                        + " requirement (the industry's output per dollar of final demand for its own commodity).")
                .footnote("Client sales counted: of the clients whose NAICS code names this industry (the sheet "
                        + SHOCK + " has every group).");
    }
}
