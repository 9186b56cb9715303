package gov.nist.mep.impact.generate;

/**
 * One registered center, as written to centers.csv, plus what the generator sizes it by.
 *
 * @param activityWeight   share of the program's projects and clients this center handles (the state's
 *                         manufacturing employment, split among the state's centers)
 * @param baseFederalFunds FY2014 federal award of the calibrated sample, in whole dollars
 */
record CenterProfile(String centerId, String centerName, String state, HostType hostType, int awardStartFy,
        boolean recompeted, Integer regionalOffices, double activityWeight, long baseFederalFunds) {

    /** Award year k of the contract's cost-share rule. */
    int awardYear(int fiscalYear) {
        return fiscalYear - awardStartFy + 1;
    }

    /** The contract's federal-share cap: 1/2 in award years 1–3, 2/5 in year 4, 1/3 after; 1/3 always if recompeted. */
    double federalShareCap(int fiscalYear) {
        int k = awardYear(fiscalYear);
        if (recompeted || k >= 5) {
            return 1.0 / 3.0;
        }
        return k == 4 ? 2.0 / 5.0 : 1.0 / 2.0;
    }
}
