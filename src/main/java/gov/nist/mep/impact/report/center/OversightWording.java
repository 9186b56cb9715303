package gov.nist.mep.impact.report.center;

import gov.nist.mep.impact.metrics.CenterFigure;
import gov.nist.mep.impact.metrics.CenterOversight.Flag;
import gov.nist.mep.impact.report.render.XlsxFormat;
import java.util.Locale;

/** The words and formats the center outputs share: one copy for the scorecard, the center reports and the notes. */
final class OversightWording {

    /** Marks a flagged figure in the PDF (explained by a note under the table; never colour alone). */
    static final String FLAG_MARK = "*";
    /** The template footnote that explains {@link #FLAG_MARK}. */
    static final String FLAG_NOTE = "outlier";

    private OversightWording() {
    }

    /** A flag in words, e.g. "Late share above 10.0%". */
    static String flag(Flag f) {
        String label = CenterFigureLabels.label(f.figure());
        return switch (f.rule()) {
            case ABOVE_THRESHOLD -> label + " above " + threshold(f);
            case BELOW_THRESHOLD -> label + " below " + threshold(f);
            case ABOVE_CAP -> label + " above its cap of " + percent(f.threshold()) + " (cost share not met)";
            case LOW_AMONG_PEERS -> label + " at or below the " + ordinal(f.threshold())
                    + " percentile of its host-type peers";
            case HIGH_AMONG_PEERS -> label + " at or above the " + ordinal(f.threshold())
                    + " percentile of its host-type peers";
            case FAR_BELOW_PEERS -> label + " below the median of its host-type peers by more than "
                    + iqrs(f.threshold());
            case FAR_ABOVE_PEERS -> label + " above the median of its host-type peers by more than "
                    + iqrs(f.threshold());
        };
    }

    private static String threshold(Flag f) {
        if (f.figure() == CenterFigure.RESPONSE_RATE_CHANGE) {
            return String.format(Locale.US, "%+.1f points", f.threshold() * 100);
        }
        return percent(f.threshold());
    }

    /** "1.5 interquartile ranges". */
    static String iqrs(double multiple) {
        return new java.text.DecimalFormat("0.##", java.text.DecimalFormatSymbols.getInstance(Locale.US))
                .format(multiple) + (multiple == 1 ? " interquartile range" : " interquartile ranges");
    }

    static String percent(double share) {
        return String.format(Locale.US, "%.1f%%", share * 100);
    }

    static String ordinal(double percentile) {
        long p = Math.round(percentile);
        String suffix = p % 100 >= 11 && p % 100 <= 13 ? "th"
                : switch ((int) (p % 10)) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return p + suffix;
    }

    /** The cell format of a figure's value. */
    static XlsxFormat format(CenterFigure figure) {
        return switch (figure.unit()) {
            case COUNT -> XlsxFormat.COUNT;
            case HOURS -> XlsxFormat.DECIMAL;
            case MONEY -> XlsxFormat.MONEY;
            case MONEY_RATIO -> XlsxFormat.MONEY_RATIO;
            case PERCENT -> XlsxFormat.PERCENT;
            case SCORE -> XlsxFormat.SCORE;
        };
    }
}
