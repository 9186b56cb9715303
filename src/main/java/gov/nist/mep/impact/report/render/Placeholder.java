package gov.nist.mep.impact.report.render;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A named figure in a template, {@code {national.newSales}}, optionally with the kind to print it as,
 * {@code {national.newSales:money-short}}. Without a kind the figure's own kind applies.
 *
 * @param name the figure's name
 * @param kind the kind asked for, if any
 * @param file the template file (for error messages)
 * @param line the line in that file
 */
public record Placeholder(String name, Optional<DisplayFormat.Kind> kind, String file, int line) {

    private static final Pattern SYNTAX = Pattern.compile("([A-Za-z][A-Za-z0-9_.-]*)(?::([a-z-]+))?");

    /** Parses the text between the braces. */
    public static Placeholder parse(String inner, String file, int line) {
        Matcher m = SYNTAX.matcher(inner.strip());
        if (!m.matches()) {
            throw TemplateException.at(file, line, "placeholder {" + inner + "} is not of the form {name} or "
                    + "{name:kind}");
        }
        Optional<DisplayFormat.Kind> kind = Optional.empty();
        if (m.group(2) != null) {
            kind = DisplayFormat.Kind.ofTemplateName(m.group(2));
            if (kind.isEmpty()) {
                throw TemplateException.at(file, line, "placeholder {" + inner + "} asks for unknown kind '"
                        + m.group(2) + "'");
            }
        }
        return new Placeholder(m.group(1), kind, file, line);
    }

    /** The placeholder as written. */
    public String written() {
        return "{" + name + kind.map(k -> ":" + k.templateName()).orElse("") + "}";
    }
}
