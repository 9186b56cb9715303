package gov.nist.mep.impact.report.center;

import gov.nist.mep.impact.metrics.CenterOversight;
import gov.nist.mep.impact.metrics.CenterOversight.CenterFeedback;
import gov.nist.mep.impact.metrics.CenterOversight.CenterScorecard;
import gov.nist.mep.impact.metrics.CenterOversight.LateReport;
import gov.nist.mep.impact.metrics.CenterOversight.RejectedRecord;
import gov.nist.mep.impact.metrics.CenterOversight.SupersededRecord;
import gov.nist.mep.impact.metrics.FiscalYear;
import gov.nist.mep.impact.metrics.OversightThresholds;
import gov.nist.mep.impact.metrics.ProgramRules;
import gov.nist.mep.impact.report.EmptyModels;
import gov.nist.mep.impact.report.render.TemplateException;
import gov.nist.mep.impact.report.render.XlsxDocumentProperties;
import gov.nist.mep.impact.report.render.XlsxFormat;
import gov.nist.mep.impact.report.render.XlsxNotes;
import gov.nist.mep.impact.report.render.XlsxTable;
import gov.nist.mep.impact.report.render.XlsxWorkbook;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A center's feedback workbook ({@code center-feedback/<CENTER_ID>-FYN.xlsx}): its rejected records (file, line,
 * column, rule, the rule in words, value, message), its late project reports of the year and its superseded records,
 * so that it can correct and resubmit; a Notes sheet from {@code center-report/feedback-notes.md}. Only what the
 * center itself submitted, and never a contact field (they are not in the oversight model at all).
 */
public final class CenterFeedbackXlsx {

    static final String REJECTED = "Rejected records";
    static final String LATE = "Late reports";
    static final String SUPERSEDED = "Superseded records";
    static final String NOTES_FILE = "feedback-notes.md";

    private final Path templatesFolder;
    private final ProgramRules rules;

    public CenterFeedbackXlsx(Path templatesFolder, ProgramRules rules) {
        this.templatesFolder = Objects.requireNonNull(templatesFolder, "templatesFolder");
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /**
     * The problems of the feedback workbooks' templates (the Notes text and the rules in words: missing, unreadable,
     * an unknown placeholder, a line that is not {@code rule-code: explanation}), one line each.
     */
    public List<String> check(OversightThresholds thresholds) {
        List<String> problems = new ArrayList<>();
        try {
            notes(EmptyModels.oversight(thresholds), "", "");
        } catch (TemplateException e) {
            problems.add(e.getMessage());
        }
        try {
            RuleExplanations.read(templatesFolder);
        } catch (TemplateException e) {
            problems.add(e.getMessage());
        }
        return problems;
    }

    private XlsxNotes notes(CenterOversight oversight, String centerId, String centerName) {
        Map<String, String> values = CenterScorecardXlsx.placeholders(oversight, rules);
        values.put("centerId", centerId);
        values.put("centerName", centerName);
        return XlsxNotes.read(XlsxNotes.locate(templatesFolder, CenterScorecardXlsx.FOLDER, NOTES_FILE,
                "center feedback"), values);
    }

    public void write(CenterOversight oversight, String centerId, OutputStream out) throws IOException {
        CenterScorecard center = oversight.center(centerId);
        CenterFeedback feedback = oversight.feedback().get(centerId);
        XlsxNotes notes = notes(oversight, centerId, center.centerName());
        RuleExplanations explanations = RuleExplanations.read(templatesFolder);
        int year = oversight.fiscalYear();
        try (XlsxWorkbook book = new XlsxWorkbook(properties(year, center))) {
            book.add(rejected(feedback.rejected(), explanations));
            book.add(late(feedback.late(), year));
            book.add(superseded(feedback.superseded()));
            book.addNotes("Notes", notes);
            book.write(out);
        }
    }

    static XlsxDocumentProperties properties(int year, CenterScorecard c) {
        String fy = "FY" + year;
        return new XlsxDocumentProperties("MEP data feedback " + c.centerId() + " " + fy,
                "Records of " + c.centerName() + " to correct and resubmit, fiscal year " + year,
                "MEP Impact", "MEP; data quality; rejected records; late reports; " + c.centerId() + "; " + fy,
                "Rejected, late and superseded records of center " + c.centerId() + ", with the rule explained.",
                FiscalYear.end(year));
    }

    private static XlsxTable<RejectedRecord> rejected(List<RejectedRecord> rows, RuleExplanations explanations) {
        return XlsxTable.of(REJECTED, rows)
                .column("File", 34, XlsxFormat.TEXT, RejectedRecord::file)
                .column("Line", 8, XlsxFormat.YEAR, RejectedRecord::line)
                .column("Column", 18, XlsxFormat.TEXT, RejectedRecord::column)
                .column("Rule", 22, XlsxFormat.TEXT, RejectedRecord::rule)
                .column("What the rule asks", 60, XlsxFormat.WRAPPED_TEXT, r -> explanations.explain(r.rule()))
                .column("Value", 20, XlsxFormat.WRAPPED_TEXT, RejectedRecord::value)
                .column("Message", 60, XlsxFormat.WRAPPED_TEXT, RejectedRecord::message)
                .footnote("Every record of the extract that names this center and was rejected, in file and line"
                        + " order (line 1 is the header). A rejected record is not counted anywhere: correct it and"
                        + " submit it again.");
    }

    private static XlsxTable<LateReport> late(List<LateReport> rows, int year) {
        return XlsxTable.of(LATE, rows)
                .column("File", 34, XlsxFormat.TEXT, LateReport::file)
                .column("Line", 8, XlsxFormat.YEAR, LateReport::line)
                .column("Project ID", 14, XlsxFormat.TEXT, LateReport::projectId)
                .column("Completion date", 12, XlsxFormat.TEXT, r -> date(r.completionDate()))
                .column("Due by", 12, XlsxFormat.TEXT, r -> date(r.dueDate()))
                .column("Submitted", 12, XlsxFormat.TEXT, r -> date(r.submittedDate()))
                .column("Days late", 9, XlsxFormat.COUNT, LateReport::daysLate)
                .footnote("Completed projects of FY" + year + " (eligible clients or not) whose accepted record was"
                        + " submitted after the due date. Late records are counted, not excluded.");
    }

    private static XlsxTable<SupersededRecord> superseded(List<SupersededRecord> rows) {
        return XlsxTable.of(SUPERSEDED, rows)
                .column("Kind", 16, XlsxFormat.TEXT, SupersededRecord::kind)
                .column("Key", 18, XlsxFormat.TEXT, SupersededRecord::key)
                .column("File", 34, XlsxFormat.TEXT, SupersededRecord::file)
                .column("Line", 8, XlsxFormat.YEAR, SupersededRecord::line)
                .column("Submitted", 12, XlsxFormat.TEXT, r -> date(r.submittedDate()))
                .column("Replaced by file", 34, XlsxFormat.TEXT, SupersededRecord::replacedByFile)
                .column("Replaced by line", 9, XlsxFormat.YEAR, SupersededRecord::replacedByLine)
                .footnote("Valid records that a later record of the same key replaced (for clients and projects: the"
                        + " latest submitted_date, ties to the later in file order). Not errors: check that the record"
                        + " that replaced it is the one you meant.");
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
