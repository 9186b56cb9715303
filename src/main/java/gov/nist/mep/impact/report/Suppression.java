package gov.nist.mep.impact.report;

import gov.nist.mep.impact.metrics.ProgramRules;
import gov.nist.mep.impact.report.render.DisplayFormat;

/**
 * Disclosure control as every report words it: the impact cells of a withheld group print
 * {@value DisplayFormat#SUPPRESSED}, explained by one footnote. Which groups are withheld is decided once, in the
 * metrics model ({@code metrics.Disclosure}: fewer responding clients than the suppression threshold, or withheld as a
 * complement so that no withheld group can be worked out by subtraction); renderers only ask {@code suppressed()}.
 */
public final class Suppression {

    /** The template footnote (PDF) that explains the marker. */
    public static final String FOOTNOTE = "suppressed";

    private Suppression() {
    }

    /** The workbook footnote under a table with suppressed rows: the same rule, in the same words, in every report. */
    public static String xlsxFootnote(ProgramRules rules) {
        return DisplayFormat.SUPPRESSED + ": withheld to avoid disclosing what individual clients reported: fewer than "
                + rules.suppressionThreshold() + " clients of this group completed the survey, or its figures would let a"
                + " reader work out those of such a group by subtraction from a published total, so its impact cells "
                + "(sales, savings, investment, jobs and their ratios) are blank. National totals include them.";
    }
}
