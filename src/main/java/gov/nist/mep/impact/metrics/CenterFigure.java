package gov.nist.mep.impact.metrics;

/**
 * The figures of the center scorecard, in its column order: the key in metrics JSON ({@code centerOversight}), the
 * label the reports print, the unit, whether centers are ranked on it, and whether it comes from survey responses
 * (then a center with fewer responding clients than the suppression threshold is neither shown nor ranked on it).
 * Definitions are in docs/metrics-json.md and the scorecard's Notes sheet.
 */
public enum CenterFigure {
    CLIENTS_SERVED("clientsServed", "Clients served", Unit.COUNT, true, false),
    NEW_CLIENTS("newClients", "New clients", Unit.COUNT, true, false),
    REPEAT_CLIENTS("repeatClients", "Repeat clients", Unit.COUNT, true, false),
    PROJECTS_COMPLETED("projectsCompleted", "Projects completed", Unit.COUNT, true, false),
    CENTER_STAFF_HOURS("centerStaffHours", "Center staff hours", Unit.HOURS, true, false),
    THIRD_PARTY_HOURS("thirdPartyHours", "Third-party hours", Unit.HOURS, true, false),
    CLIENT_FEES("clientFees", "Client fees", Unit.MONEY, true, false),
    FEDERAL_FUNDS("federalFunds", "Federal funds", Unit.MONEY, true, false),
    NON_FEDERAL_FUNDS("nonFederalFunds", "Non-federal funds", Unit.MONEY, true, false),
    AWARD_YEAR("awardYear", "Award year", Unit.COUNT, false, false),
    FEDERAL_SHARE("federalShare", "Federal share", Unit.PERCENT, true, false),
    FEDERAL_SHARE_CAP("federalShareCap", "Federal share cap", Unit.PERCENT, false, false),
    LATE_REPORTS("lateProjectReports", "Late project reports", Unit.COUNT, true, false),
    LATE_SHARE("lateShare", "Late share", Unit.PERCENT, true, false),
    RECORDS_SUBMITTED("recordsSubmitted", "Records submitted", Unit.COUNT, true, false),
    REJECTED_RECORDS("rejectedRecords", "Rejected records", Unit.COUNT, true, false),
    REJECTED_SHARE("rejectedShare", "Rejected share", Unit.PERCENT, true, false),
    SUPERSEDED_RECORDS("supersededRecords", "Superseded records", Unit.COUNT, true, false),
    SURVEYS_FIELDED("surveysFielded", "Surveys fielded", Unit.COUNT, true, false),
    SURVEYS_COMPLETED("surveysCompleted", "Surveys completed", Unit.COUNT, true, false),
    RESPONSE_RATE("responseRate", "Response rate", Unit.PERCENT, true, false),
    RESPONSE_RATE_CHANGE("responseRateChange", "Response rate change (points)", Unit.PERCENT, true, false),
    NET_PROMOTER_SCORE("netPromoterScore", "Net promoter score", Unit.SCORE, true, true),
    NEW_SALES("newSales", "New sales", Unit.MONEY, true, true),
    RETAINED_SALES("retainedSales", "Retained sales", Unit.MONEY, true, true),
    COST_SAVINGS("costSavings", "Cost savings", Unit.MONEY, true, true),
    INVESTMENT("investment", "Investment", Unit.MONEY, true, true),
    JOBS_CREATED("jobsCreated", "Jobs created", Unit.COUNT, true, true),
    JOBS_RETAINED("jobsRetained", "Jobs retained", Unit.COUNT, true, true),
    NEW_SALES_PER_FEDERAL_DOLLAR("newSalesPerFederalDollar", "New sales per federal dollar", Unit.MONEY_RATIO, true,
            true),
    FEDERAL_COST_PER_JOB("federalCostPerJob", "Federal cost per job", Unit.MONEY_RATIO, true, true),
    CLIENTS_SERVED_CHANGE("clientsServedChange", "Clients served, change", Unit.PERCENT, true, false),
    NEW_SALES_CHANGE("newSalesChange", "New sales, change", Unit.PERCENT, true, true),
    JOBS_CHANGE("jobsChange", "Jobs created or retained, change", Unit.PERCENT, true, true);

    /** How a figure's value reads. */
    public enum Unit {
        COUNT, HOURS, MONEY, MONEY_RATIO, PERCENT, SCORE
    }

    private final String key;
    private final String label;
    private final Unit unit;
    private final boolean ranked;
    private final boolean fromResponses;

    CenterFigure(String key, String label, Unit unit, boolean ranked, boolean fromResponses) {
        this.key = key;
        this.label = label;
        this.unit = unit;
        this.ranked = ranked;
        this.fromResponses = fromResponses;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public Unit unit() {
        return unit;
    }

    public boolean ranked() {
        return ranked;
    }

    /** From survey responses: withheld (and not ranked) for a center with too few responding clients. */
    public boolean fromResponses() {
        return fromResponses;
    }
}
