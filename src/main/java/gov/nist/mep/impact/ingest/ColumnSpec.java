package gov.nist.mep.impact.ingest;

import java.util.List;

/**
 * One column of the extract contract: its name, type, whether a value is required, and the bounds or allowed values
 * of its rule. {@code min}/{@code max} are inclusive; {@code minExclusive} makes the lower bound strict ("> 0").
 */
record ColumnSpec(String name, ColumnType type, boolean required, Long min, boolean minExclusive, Long max,
        List<String> allowed) {

    static ColumnSpec required(String name, ColumnType type) {
        return new ColumnSpec(name, type, true, null, false, null, List.of());
    }

    static ColumnSpec optional(String name, ColumnType type) {
        return new ColumnSpec(name, type, false, null, false, null, List.of());
    }

    ColumnSpec atLeast(long bound) {
        return new ColumnSpec(name, type, required, bound, false, max, allowed);
    }

    ColumnSpec above(long bound) {
        return new ColumnSpec(name, type, required, bound, true, max, allowed);
    }

    /** An upper bound kept with the lower one already set ("0 < share <= 1"). */
    ColumnSpec atMost(long bound) {
        return new ColumnSpec(name, type, required, min, minExclusive, bound, allowed);
    }

    ColumnSpec between(long low, long high) {
        return new ColumnSpec(name, type, required, low, false, high, allowed);
    }

    ColumnSpec oneOf(List<String> values) {
        return new ColumnSpec(name, type, required, min, minExclusive, max, List.copyOf(values));
    }

    /** The column is needed in a CSV header: its values are required. */
    boolean requiredInHeader() {
        return required;
    }
}
