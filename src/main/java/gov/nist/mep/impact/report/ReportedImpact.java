package gov.nist.mep.impact.report;

import gov.nist.mep.impact.metrics.GroupFigures;
import gov.nist.mep.impact.report.render.XlsxFormat;
import gov.nist.mep.impact.report.render.XlsxTable;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The six impacts clients report in the survey, in the order every table prints them, each with the one label the
 * PDF and the XLSX of every report use (the wording of the definitions). The key is the metrics JSON's name.
 */
public enum ReportedImpact {

    NEW_SALES("newSales", "New sales", GroupFigures::newSales, XlsxFormat.MONEY, 16),
    RETAINED_SALES("retainedSales", "Retained sales", GroupFigures::retainedSales, XlsxFormat.MONEY, 16),
    COST_SAVINGS("costSavings", "Cost savings", GroupFigures::costSavings, XlsxFormat.MONEY, 15),
    INVESTMENT("investment", "New client investment", GroupFigures::investment, XlsxFormat.MONEY, 15),
    JOBS_CREATED("jobsCreated", "Jobs created", GroupFigures::jobsCreated, XlsxFormat.COUNT, 9),
    JOBS_RETAINED("jobsRetained", "Jobs retained", GroupFigures::jobsRetained, XlsxFormat.COUNT, 9);

    private final String key;
    private final String label;
    private final Function<GroupFigures, Object> value;
    private final XlsxFormat xlsxFormat;
    private final int xlsxWidth;

    ReportedImpact(String key, String label, Function<GroupFigures, Object> value, XlsxFormat xlsxFormat,
            int xlsxWidth) {
        this.key = key;
        this.label = label;
        this.value = value;
        this.xlsxFormat = xlsxFormat;
        this.xlsxWidth = xlsxWidth;
    }

    /** The name in the metrics JSON and in the estimates' map of impacts: {@code newSales}. */
    public String key() {
        return key;
    }

    /** The printed name: "New client investment". */
    public String label() {
        return label;
    }

    /** Jobs are counted (estimates of them are printed as whole numbers); the others are money. */
    public boolean isJobs() {
        return xlsxFormat == XlsxFormat.COUNT;
    }

    public Object valueOf(GroupFigures figures) {
        return value.apply(figures);
    }

    public static Optional<ReportedImpact> ofKey(String key) {
        return Arrays.stream(values()).filter(i -> i.key.equals(key)).findFirst();
    }

    /** The label of the impact with this key, or the key itself when no impact has it. */
    public static String labelOf(String key) {
        return ofKey(key).map(ReportedImpact::label).orElse(key);
    }

    /**
     * The six impacts of each row's group as impact columns of a workbook table (blank in suppressed rows), in the
     * order every impact table uses: {@code table.columns(ReportedImpact.xlsxColumns(s -> s.figures()))}.
     */
    public static <T> UnaryOperator<XlsxTable<T>> xlsxColumns(Function<? super T, GroupFigures> figures) {
        return table -> {
            for (ReportedImpact impact : values()) {
                table.impact(impact.label, impact.xlsxWidth, impact.xlsxFormat, t -> impact.valueOf(figures.apply(t)));
            }
            return table;
        };
    }
}
