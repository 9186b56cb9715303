package gov.nist.mep.impact.generate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;

/**
 * center-financials.csv: one row per center per program year of the {@link Timeline}. Federal awards follow the
 * center's size (Texas about $7M, New Hampshire about $0.6M in FY2014 of the calibrated sample). Non-federal funds are
 * 1.0–2.6 times federal, enough to meet the cost-share cap with a margin, except for a handful of centers each year
 * that fall short.
 */
final class FundingPlan {

    static final List<String> HEADER = List.of("fiscal_year", "center_id", "federal_funds", "state_funds", "local_funds",
            "client_fees", "other_income");
    /** Deliberately invalid rows appended to the file: an unknown center, and negative federal funds. */
    static final int INVALID_ROWS = 2;

    private static final int NON_COMPLIANT_PER_YEAR = 4;

    private FundingPlan() {
    }

    static List<List<String>> rows(List<CenterProfile> centers, long seed, double scale, Timeline timeline) {
        SplittableRandom random = new SplittableRandom(SeedMix.mix(seed, 0x46554e44L));
        List<List<String>> rows = new ArrayList<>();
        for (int year = timeline.firstYear(); year <= timeline.lastYear(); year++) {
            BitSet nonCompliant = new BitSet();
            while (nonCompliant.cardinality() < NON_COMPLIANT_PER_YEAR) {
                nonCompliant.set(random.nextInt(centers.size()));
            }
            double yearFactor = yearFactor(year);
            for (int c = 0; c < centers.size(); c++) {
                CenterProfile center = centers.get(c);
                long federal = Math.round(center.baseFederalFunds() * yearFactor * Draws.uniform(random, 0.97, 1.03) * scale);
                double cap = center.federalShareCap(year);
                double needed = (1 - cap) / cap;
                double ratio = needed * (nonCompliant.get(c) ? Draws.uniform(random, 0.80, 0.95)
                        : Draws.uniform(random, 1.04, 1.30));
                long nonFederal = Math.round(federal * ratio);
                long state = Math.round(nonFederal * Draws.uniform(random, 0.25, 0.45));
                long local = random.nextInt(100) < 60 ? Math.round(nonFederal * Draws.uniform(random, 0.02, 0.12)) : 0;
                long other = random.nextInt(100) < 70 ? Math.round(nonFederal * Draws.uniform(random, 0.01, 0.08)) : 0;
                long fees = nonFederal - state - local - other;
                rows.add(List.of(Integer.toString(year), center.centerId(), dollars(federal), dollars(state),
                        local == 0 ? "" : dollars(local), dollars(fees), other == 0 ? "" : dollars(other)));
            }
        }
        List<String> sample = rows.get(random.nextInt(rows.size()));
        rows.add(List.of(Integer.toString(timeline.lastYear()), "ZZ99", sample.get(2), sample.get(3), "", sample.get(5), ""));
        // same key as a valid row, after it: would win if a rejected row could supersede
        rows.add(List.of(sample.get(0), sample.get(1), "-" + sample.get(2), sample.get(3), "", sample.get(5), ""));
        return rows;
    }

    /** Awards relative to FY2014's: FY2013 0.96, FY2012 0.94, each earlier year 2% below the year after it. */
    static double yearFactor(int year) {
        if (year >= 2014) {
            return 1.0;
        }
        if (year == 2013) {
            return 0.96;
        }
        return year == 2012 ? 0.94 : 0.94 * Math.pow(0.98, 2012 - year);
    }

    private static String dollars(long dollars) {
        return BigDecimal.valueOf(dollars).setScale(2).toPlainString();
    }
}
