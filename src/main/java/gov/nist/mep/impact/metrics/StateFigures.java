package gov.nist.mep.impact.metrics;

/**
 * One state's figures: the sum over its centers. {@code disclosure} says whether its survey figures may be printed
 * (see {@link DisclosureControl}).
 */
public record StateFigures(String state, int centers, GroupFigures figures, Funding funding, Disclosure disclosure) {

    /** A state withheld when {@code suppressed} (primary), else published. */
    public StateFigures(String state, int centers, GroupFigures figures, Funding funding, boolean suppressed) {
        this(state, centers, figures, funding, Disclosure.of(suppressed));
    }

    /** Withheld from every printed output (fewer responding clients than the threshold, or as a complement). */
    public boolean suppressed() {
        return disclosure.withheld();
    }
}
