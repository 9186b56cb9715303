package gov.nist.mep.impact.report.render;

import gov.nist.mep.impact.support.Suggestions;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The figures a template can name, each with its kind: built by a report from the metrics model (values exactly as
 * the model holds them; formatting happens here, by kind). Insertion order is kept so the README listing is stable.
 */
public final class PlaceholderValues {

    /** One figure: its kind and its value (null when the model has none). */
    public record Value(DisplayFormat.Kind kind, Object value) {
    }

    private final Map<String, Value> values;

    public PlaceholderValues() {
        this.values = new LinkedHashMap<>();
    }

    private PlaceholderValues(Map<String, Value> values) {
        this.values = values;
    }

    public PlaceholderValues money(String name, BigDecimal value) {
        return put(name, DisplayFormat.Kind.MONEY, value);
    }

    public PlaceholderValues count(String name, long value) {
        return put(name, DisplayFormat.Kind.COUNT, value);
    }

    public PlaceholderValues text(String name, String value) {
        return put(name, DisplayFormat.Kind.TEXT, value);
    }

    public PlaceholderValues date(String name, LocalDate value) {
        return put(name, DisplayFormat.Kind.DATE, value);
    }

    public PlaceholderValues put(String name, DisplayFormat.Kind kind, Object value) {
        if (values.containsKey(name)) {
            throw new IllegalArgumentException("figure " + name + " is defined twice");
        }
        Object normal = value instanceof Integer i ? Long.valueOf(i) : value;
        values.put(name, new Value(kind, normal));
        return this;
    }

    /** These figures and the other's (the other's win): a loop item's figures over the report's. */
    public PlaceholderValues with(PlaceholderValues other) {
        Map<String, Value> merged = new LinkedHashMap<>(values);
        merged.putAll(other.values);
        return new PlaceholderValues(merged);
    }

    /** The value of a figure as the model holds it (null when unknown or empty): for a report to tell items apart. */
    public Object value(String name) {
        Value v = values.get(name);
        return v == null ? null : v.value();
    }

    public Set<String> names() {
        return Collections.unmodifiableSet(values.keySet());
    }

    /**
     * The placeholder's figure, formatted by the kind asked for or else its own kind.
     *
     * @throws TemplateException naming the template, line and placeholder when the figure is unknown or the kind does
     *     not fit it
     */
    public String format(Placeholder p) {
        Value v = values.get(p.name());
        if (v == null) {
            throw TemplateException.at(p.file(), p.line(), "unknown figure in placeholder " + p.written()
                    + nearest(p.name()));
        }
        DisplayFormat.Kind kind = p.kind().orElse(v.kind());
        if (!v.kind().accepts(kind)) {
            throw TemplateException.at(p.file(), p.line(), "placeholder " + p.written() + ": figure " + p.name()
                    + " is " + v.kind().templateName() + " and cannot be printed as " + kind.templateName()
                    + ". Fix: write {" + p.name() + "} or one of the kinds " + kindsFor(v.kind()));
        }
        return DisplayFormat.format(kind, v.value());
    }

    /** A known name near the unknown one, as a hint. */
    private String nearest(String name) {
        return Suggestions.didYouMean(name, values.keySet(), "{", "}");
    }

    /** The kinds a figure of this kind can be printed as, for the hint of a kind that does not fit. */
    private static String kindsFor(DisplayFormat.Kind kind) {
        List<String> kinds = new ArrayList<>();
        for (DisplayFormat.Kind k : DisplayFormat.Kind.values()) {
            if (kind.accepts(k)) {
                kinds.add(k.templateName());
            }
        }
        return String.join(", ", kinds);
    }
}
