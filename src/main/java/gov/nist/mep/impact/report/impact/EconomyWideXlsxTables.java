package gov.nist.mep.impact.report.impact;

import gov.nist.mep.impact.metrics.EconomyWideImpacts;
import gov.nist.mep.impact.metrics.EconomyWideImpacts.Multiplier;
import gov.nist.mep.impact.metrics.EconomyWideImpacts.Scenario;
import gov.nist.mep.impact.metrics.EconomyWideImpacts.Total;
import gov.nist.mep.impact.metrics.ImpactMetrics;
import gov.nist.mep.impact.report.render.XlsxFormat;
import gov.nist.mep.impact.report.render.XlsxTable;
import java.util.ArrayList;
import java.util.List;

/**
 * The workbook's economy-wide sheets, from the model's {@code economyWide} section as it stands: the results by
 * reading of the shock and model type, and the multipliers used by industry. None when the section is absent.
 */
final class EconomyWideXlsxTables {

    private EconomyWideXlsxTables() {
    }

    static List<XlsxTable<?>> of(ImpactMetrics metrics) {
        EconomyWideImpacts e = metrics.economyWide();
        if (e == null) {
            return List.of();
        }
        return List.of(results(e), multipliers(e));
    }

    /** One reading of the shock through one model type. */
    record Result(Scenario scenario, String model, Total total) {
    }

    static XlsxTable<Result> results(EconomyWideImpacts e) {
        List<Result> rows = new ArrayList<>();
        for (Scenario s : e.scenarios()) {
            rows.add(new Result(s, "Type I (direct + indirect)", s.typeI()));
            rows.add(new Result(s, "Type II (direct + indirect + induced)", s.typeII()));
        }
        return XlsxTable.of("Economy-wide", rows)
                .column("Shock", 40, XlsxFormat.TEXT, r -> r.scenario().basis())
                .column("Model", 32, XlsxFormat.TEXT, Result::model)
                .column("Final demand", 16, XlsxFormat.MONEY, r -> r.scenario().finalDemand())
                .column("Output", 16, XlsxFormat.MONEY, r -> r.total().output())
                .column("Value added (GDP)", 16, XlsxFormat.MONEY, r -> r.total().valueAdded())
                .column("Labor income", 16, XlsxFormat.MONEY, r -> r.total().laborIncome())
                .column("Jobs", 10, XlsxFormat.COUNT, r -> r.total().jobs())
                .column("Federal personal income tax", 16, XlsxFormat.MONEY, r -> r.total().federalIncomeTax())
                .column("Tax per dollar appropriated", 14, XlsxFormat.MONEY_RATIO,
                        r -> r.total().taxPerAppropriationDollar())
                .column("Tax per federal dollar to centers", 14, XlsxFormat.MONEY_RATIO,
                        r -> r.total().taxPerFederalDollar())
                .footnote("Model results, not reported figures: the clients' reported sales and investment run through"
                        + " BEA's " + e.tableYear() + " summary input-output tables (" + e.tableYearNote() + ").")
                .footnote("Estimated rows are estimates: each component scaled by its nonresponse-adjusted estimate or"
                        + " 95% interval end.")
                .footnote("Jobs = labor income / assumed compensation per job; tax = labor income x effective federal"
                        + " personal income tax rate. Assumptions and sources: the Notes sheet and the metrics file.");
    }

    static XlsxTable<Multiplier> multipliers(EconomyWideImpacts e) {
        return XlsxTable.of("Multipliers", e.multipliers())
                .column("BEA code", 9, XlsxFormat.TEXT, Multiplier::code)
                .column("Industry", 44, XlsxFormat.TEXT, Multiplier::name)
                .column("Manufacturing", 9, XlsxFormat.FLAG, m -> m.manufacturing() ? "Yes" : "No")
                .column("Output, Type I", 11, XlsxFormat.DECIMAL_RATIO, Multiplier::outputTypeI)
                .column("Output, Type II", 11, XlsxFormat.DECIMAL_RATIO, Multiplier::outputTypeII)
                .column("Value added, Type I", 11, XlsxFormat.DECIMAL_RATIO, Multiplier::valueAddedTypeI)
                .column("Value added, Type II", 11, XlsxFormat.DECIMAL_RATIO, Multiplier::valueAddedTypeII)
                .column("Labor income, Type I", 11, XlsxFormat.DECIMAL_RATIO, Multiplier::laborIncomeTypeI)
                .column("Labor income, Type II", 11, XlsxFormat.DECIMAL_RATIO, Multiplier::laborIncomeTypeII)
                .column("Jobs per $1M, Type I", 11, XlsxFormat.DECIMAL, Multiplier::jobsPerMillionTypeI)
                .column("Jobs per $1M, Type II", 11, XlsxFormat.DECIMAL, Multiplier::jobsPerMillionTypeII)
                .column("Client sales counted", 16, XlsxFormat.MONEY, Multiplier::clientSales)
                .footnote("Per dollar of final demand for the industry's commodity, BEA " + e.tableYear()
                        + " summary tables: output from the domestic total requirements (Type I = the column total),"
                        + " value added and labor income per dollar of output from the use table; Type II closes the"
                        + " model to households. National multipliers.");
    }
}
