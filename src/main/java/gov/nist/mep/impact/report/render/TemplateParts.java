package gov.nist.mep.impact.report.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The tables and charts a report's templates can name ({@code [table: name]}, {@code [chart: name]}), each built only
 * when a template asks for it.
 */
public final class TemplateParts {

    private final Map<String, Supplier<PdfTable>> tables = new TreeMap<>();
    private final Map<String, Supplier<PdfChart>> charts = new TreeMap<>();

    public TemplateParts table(String name, Supplier<PdfTable> table) {
        if (tables.putIfAbsent(name, table) != null) {
            throw new IllegalArgumentException("two tables named '" + name + "'");
        }
        return this;
    }

    public TemplateParts chart(String name, Supplier<PdfChart> chart) {
        if (charts.putIfAbsent(name, chart) != null) {
            throw new IllegalArgumentException("two charts named '" + name + "'");
        }
        return this;
    }

    public Optional<PdfTable> table(String name) {
        return Optional.ofNullable(tables.get(name)).map(Supplier::get);
    }

    public Optional<PdfChart> chart(String name) {
        return Optional.ofNullable(charts.get(name)).map(Supplier::get);
    }

    /** The tables' names. */
    public Set<String> tableNames() {
        return Collections.unmodifiableSet(tables.keySet());
    }

    /** The charts' names. */
    public Set<String> chartNames() {
        return Collections.unmodifiableSet(charts.keySet());
    }

    /** Every name, as a directive writes it: "table: headline-ratios", then "chart: state-map". */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        tables.keySet().forEach(n -> names.add("table: " + n));
        charts.keySet().forEach(n -> names.add("chart: " + n));
        return names;
    }
}
