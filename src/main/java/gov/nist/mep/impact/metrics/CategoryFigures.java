package gov.nist.mep.impact.metrics;

/**
 * One service category's figures (no funding: funds are awarded to centers, not to services). {@code disclosure} says
 * whether its survey figures may be printed (see {@link DisclosureControl}).
 */
public record CategoryFigures(String serviceCategory, GroupFigures figures, Disclosure disclosure) {

    /** A category withheld when {@code suppressed} (primary), else published. */
    public CategoryFigures(String serviceCategory, GroupFigures figures, boolean suppressed) {
        this(serviceCategory, figures, Disclosure.of(suppressed));
    }

    /** Withheld from every printed output (fewer responding clients than the threshold, or as a complement). */
    public boolean suppressed() {
        return disclosure.withheld();
    }
}
