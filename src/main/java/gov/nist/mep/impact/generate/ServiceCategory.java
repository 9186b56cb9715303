package gov.nist.mep.impact.generate;

import java.util.SplittableRandom;

/**
 * The contract's service categories with their share of projects, and how much more (or less) often than average
 * a project of the category reports new sales or cost savings: growth services sell, lean services save.
 */
enum ServiceCategory {
    LEAN(0.18, 0.8, 1.4),
    QUALITY(0.14, 1.0, 1.1),
    PROCESS_IMPROVEMENT(0.12, 0.8, 1.35),
    WORKFORCE_TRAINING(0.13, 0.8, 0.9),
    TECHNOLOGY_DEVELOPMENT(0.05, 1.6, 0.6),
    TECHNOLOGY_TRANSFER(0.03, 1.4, 0.8),
    SUPPLY_CHAIN(0.06, 1.3, 1.0),
    BUSINESS_STRATEGY(0.10, 1.5, 0.7),
    EXPORT(0.04, 1.8, 0.4),
    SUSTAINABILITY(0.05, 0.6, 1.5),
    CYBERSECURITY(0.02, 0.9, 0.7),
    OTHER(0.08, 1.0, 1.0);

    private static final ServiceCategory[] ALL = values();

    private final double share;
    private final double salesFactor;
    private final double savingsFactor;

    ServiceCategory(double share, double salesFactor, double savingsFactor) {
        this.share = share;
        this.salesFactor = salesFactor;
        this.savingsFactor = savingsFactor;
    }

    double salesFactor() {
        return salesFactor;
    }

    double savingsFactor() {
        return savingsFactor;
    }

    static ServiceCategory draw(SplittableRandom random) {
        double u = random.nextDouble();
        for (ServiceCategory category : ALL) {
            u -= category.share;
            if (u < 0) {
                return category;
            }
        }
        return OTHER;
    }

    /** Another category than this one, for a correction that fixes a miscoded project. */
    ServiceCategory other(SplittableRandom random) {
        return ALL[(ordinal() + 1 + random.nextInt(ALL.length - 1)) % ALL.length];
    }
}
