package gov.nist.mep.impact.jobs;

import gov.nist.mep.impact.support.Setting;
import gov.nist.mep.impact.support.Setting.Syntax;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The reports' settings ({@code mep.reports.*}), with their valid values, checked when the command starts.
 *
 * @param templates the report templates folder (the command line's {@code --templates}); blank: report-templates/ in
 *     the working folder, else the built-in templates
 */
@ConfigurationProperties("mep.reports")
public record ReportSettings(
        @Setting(syntax = Syntax.EXISTING_FOLDER, whenEmpty = "report-templates/ here, else the built-in templates")
        String templates) {

    public ReportSettings {
        templates = templates == null ? "" : templates;
    }
}
