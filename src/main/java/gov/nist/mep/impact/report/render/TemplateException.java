package gov.nist.mep.impact.report.render;

/**
 * A report template that cannot be used: a syntax error, an unknown figure, table, chart or collection, a missing
 * footnote. The message names the template file, the line and what is wrong, so the publications team can fix the
 * wording without reading Java.
 */
public class TemplateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TemplateException(String message) {
        super(message);
    }

    /** A problem at a line of a template file: {@code annual-report/30-funding.md line 12: ...}. */
    public static TemplateException at(String file, int line, String problem) {
        return new TemplateException(file + " line " + line + ": " + problem);
    }
}
