package gov.nist.mep.impact.metrics;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/** US federal fiscal year: FY N runs from N-1-10-01 to N-09-30. Quarters: Q1 Oct–Dec … Q4 Jul–Sep. */
public final class FiscalYear {

    private FiscalYear() {
    }

    public static LocalDate start(int fiscalYear) {
        return LocalDate.of(fiscalYear - 1, 10, 1);
    }

    public static LocalDate end(int fiscalYear) {
        return LocalDate.of(fiscalYear, 9, 30);
    }

    /**
     * The fiscal years of an extract, the ones "all" reports on and whose last is "latest": the years with accepted
     * center financials or, when there are none, the years with an appropriation. In ascending order.
     */
    public static List<Integer> ofExtract(Collection<Integer> financialYears, Collection<Integer> appropriationYears) {
        return List.copyOf(new TreeSet<>(financialYears.isEmpty() ? appropriationYears : financialYears));
    }

    public static int of(LocalDate date) {
        return date.getMonthValue() >= 10 ? date.getYear() + 1 : date.getYear();
    }

    /** The last day of the calendar quarter that holds the date (fiscal quarters follow calendar quarters). */
    public static LocalDate quarterEnd(LocalDate date) {
        int lastMonth = ((date.getMonthValue() - 1) / 3 + 1) * 3;
        return LocalDate.of(date.getYear(), lastMonth, 1).plusMonths(1).minusDays(1);
    }
}
