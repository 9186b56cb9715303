package gov.nist.mep.impact.generate;

import java.time.LocalDate;

/** A quarter of a US federal fiscal year: FY N runs from N-1-10-01 to N-09-30; Q1 is Oct–Dec. */
record FiscalQuarter(int fiscalYear, int quarter) implements Comparable<FiscalQuarter> {

    FiscalQuarter {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1..4, was " + quarter);
        }
    }

    static FiscalQuarter of(LocalDate date) {
        int month = date.getMonthValue();
        if (month >= 10) {
            return new FiscalQuarter(date.getYear() + 1, 1);
        }
        return new FiscalQuarter(date.getYear(), (month - 1) / 3 + 2);
    }

    static int fiscalYearOf(LocalDate date) {
        return date.getMonthValue() >= 10 ? date.getYear() + 1 : date.getYear();
    }

    static FiscalQuarter ofIndex(int index) {
        return new FiscalQuarter(index / 4, index % 4 + 1);
    }

    /** Quarters in time order map to consecutive integers. */
    int index() {
        return fiscalYear * 4 + quarter - 1;
    }

    FiscalQuarter next() {
        return ofIndex(index() + 1);
    }

    LocalDate firstDay() {
        return quarter == 1 ? LocalDate.of(fiscalYear - 1, 10, 1) : LocalDate.of(fiscalYear, (quarter - 2) * 3 + 1, 1);
    }

    LocalDate lastDay() {
        return firstDay().plusMonths(3).minusDays(1);
    }

    FiscalQuarter clamp(FiscalQuarter first, FiscalQuarter last) {
        if (compareTo(first) < 0) {
            return first;
        }
        return compareTo(last) > 0 ? last : this;
    }

    /** As used in file names, e.g. {@code 2014Q2}. */
    String label() {
        return fiscalYear + "Q" + quarter;
    }

    @Override
    public int compareTo(FiscalQuarter other) {
        return Integer.compare(index(), other.index());
    }
}
