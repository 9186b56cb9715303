package gov.nist.mep.impact.report.center;

import gov.nist.mep.impact.metrics.CenterFigure;
import gov.nist.mep.impact.report.ReportedImpact;

/**
 * How the center reports name a figure: the six reported impacts by the labels every report uses
 * ({@link ReportedImpact}), the other figures by their own label.
 */
final class CenterFigureLabels {

    private CenterFigureLabels() {
    }

    static String label(CenterFigure figure) {
        for (ReportedImpact impact : ReportedImpact.values()) {
            if (impact.name().equals(figure.name())) {
                return impact.label();
            }
        }
        return figure.label();
    }
}
