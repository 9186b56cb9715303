package gov.nist.mep.impact.report;

import gov.nist.mep.impact.metrics.ProgramRules;
import gov.nist.mep.impact.report.render.DisplayFormat;

/**
 * Disclosure control as every report words it: the impact cells of a group with fewer responding clients than the
 * suppression threshold print {@value DisplayFormat#SUPPRESSED}, explained by one footnote.
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
