package gov.nist.mep.impact.metrics;

import static gov.nist.mep.impact.support.TestExtract.CLIENT_HEADER;
import static gov.nist.mep.impact.support.TestExtract.PROJECT_HEADER;
import static gov.nist.mep.impact.support.TestExtract.SURVEY_HEADER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import gov.nist.mep.impact.support.BatchTestSupport;
import gov.nist.mep.impact.support.TestExtract;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each definition of the metrics contract on a purpose-built extract whose figures are worked out by hand in the
 * comments. FY2014 runs from 2013-10-01 to 2014-09-30.
 */
class MetricsDefinitionsTest extends BatchTestSupport {

    @Autowired
    MetricsCalculator calculator;

    @Autowired
    StagedRecords stagedRecords;

    @TempDir
    Path dir;

    ImpactMetrics m;
    long runId;

    @BeforeEach
    void computeFy2014() throws Exception {
        TestExtract x = TestExtract.minimal(dir.resolve("x"));
        x.write("centers.csv", TestExtract.CENTER_HEADER,
                "OH01,Ohio MEP,OH,NONPROFIT,2010,false,2", // k = 5: cap 1/3
                "OH02,Ohio West,OH,UNIVERSITY,2012,false,", // k = 3: cap 1/2
                "PA01,Penn MEP,PA,GOVERNMENT,2013,true,1", // re-competed: cap 1/3 in every year
                "VT01,Vermont MEP,VT,UNIVERSITY,2011,false,0"); // idle, no funds
        x.write("center-financials.csv", TestExtract.FINANCIALS_HEADER,
                "2013,OH01,500,,,,",
                "2014,OH01,1000000,1500000,,500000,", // share exactly 1/3: compliant
                "2014,OH02,600000,400000,,,", // share 0.6 > 1/2
                "2014,PA01,100,100,50,,50.00"); // share 1/3: compliant
        x.write("meis/clients/a.csv", CLIENT_HEADER,
                TestExtract.client("C1", "332710", 249, "2014-01-01"), // eligible: 249 < 250
                TestExtract.client("C2", "332710", 250, "2014-01-01"), // ineligible: size
                TestExtract.client("C3", "541330", 10, "2014-01-01"), // ineligible: not manufacturing
                TestExtract.client("C4", "31", 300, "2014-01-01")); // corrected below to 50 employees
        x.write("meis/clients/b.csv", CLIENT_HEADER, TestExtract.client("C4", "31", 50, "2014-05-01"));
        x.write("meis/projects/a.csv", PROJECT_HEADER,
                // last day of FY2014, submitted exactly 30 days after the quarter's end: on time
                "OH01,P1,C1,LEAN,2014-01-01,2014-09-30,10,2.5,,2014-10-30",
                // first day of FY2015
                "OH01,P2,C1,QUALITY,2014-01-01,2014-10-01,5,,,2014-10-02",
                // ineligible client, submitted 31 days after the quarter's end: late
                "OH01,P3,C2,LEAN,2014-01-01,2014-06-01,7,,,2014-07-31",
                // first day of FY2014, late (31 days after 2013-12-31)
                "OH01,P4,C4,LEAN,2013-06-01,2013-10-01,20,,,2014-01-31",
                // completed in FY2014 first, then corrected into FY2015 (the correction wins by submitted_date)
                "OH01,P5,C1,SUPPLY_CHAIN,2014-01-01,2014-09-15,9,,,2014-09-20",
                "OH01,P6,C3,EXPORT,2012-01-01,2012-12-01,1,,,2013-01-05",
                "OH01,P7,C1,EXPORT,2013-01-01,2013-05-01,1,,,2013-06-01");
        x.write("meis/projects/b.csv", PROJECT_HEADER, "OH01,P5,C1,SUPPLY_CHAIN,2014-01-01,2014-10-15,9,,,2014-10-20");
        x.write("survey/w.csv", SURVEY_HEADER,
                TestExtract.complete("S1", "P1", "2014-09-30", "1000.10", "0", "5", "100", "1", "2", "10"),
                TestExtract.complete("S2", "P7", "2014-03-01", "0.05", "200", "", "", "0", "3", "6"),
                TestExtract.unanswered("S3", "P4", "2014-08-01", "REFUSED"),
                TestExtract.complete("S4", "P6", "2014-05-01", "999", "0", "0", "0", "9", "9", "10"),
                TestExtract.complete("S5", "P1", "2014-10-01", "999", "0", "0", "0", "9", "9", "10"),
                TestExtract.complete("S6", "P4", "2014-09-01", "10", "0", "0", "0", "0", "0", ""));

        JobExecution e = run("validate", x.root(), dir.resolve("out"), null);
        runId = e.getJobInstance().getInstanceId();
        m = calculator.compute(runId, 2014);
    }

    @Test
    void aYearWithoutEstimatesIsSummedByTheStagingEngineToTheSameFigures() {
        // FY2014 as a trend year: its sums come from the staging engine, not from its records one by one
        MetricsCalculator.YearResult summed = calculator.yearFigures(runId, 2014);

        GroupFigures n = summed.national().figures();
        assertThat(n.projectsCompleted()).as("P1 and P4").isEqualTo(2);
        assertThat(n.clientsServed()).as("OH01/C1 and OH01/C4").isEqualTo(2);
        assertThat(n.surveysFielded()).as("S1, S2, S3, S6").isEqualTo(4);
        assertThat(n.respondingClients()).as("C1 (S1, S2) and C4 (S6)").isEqualTo(2);
        assertThat(n.newSales()).as("to the cent, at two decimals").isEqualTo(new BigDecimal("1010.15"));
        assertThat(n.investment()).isEqualTo(new BigDecimal("100.00"));
        assertThat(n.netPromoterScore()).isEqualTo(0.0);
        assertThat(n.staffHours()).isEqualTo(new BigDecimal("32.5"));
        assertThat(summed.lateProjectReports()).as("P3 (ineligible) and P4").isEqualTo(2);
        assertThat(summed.ineligibleProjects()).as("P3").isEqualTo(1);
        SummedYear.assertSameFigures(summed, m);
    }

    @Test
    void theStagingEnginesSumsFollowTheRulesAsConfigured() {
        // other settings than the defaults: only NAICS 33..., fewer than 100 employees, late after 31 days
        ProgramRules rules = new ProgramRules(List.of("33"), 100L, 31, null, null, null, null, null);
        MetricsCalculator configured = new MetricsCalculator(stagedRecords, rules, new EstimatesCalculator(50, 1));

        MetricsCalculator.YearResult summed = configured.yearFigures(runId, 2014);

        // P1 (C1: 332710, 249 employees) is now ineligible; P4 (C4: NAICS 31) too; P3 (C2) stays so
        assertThat(summed.national().figures().projectsCompleted()).isZero();
        assertThat(summed.ineligibleProjects()).isEqualTo(3);
        // P3 and P4 were submitted 31 days after their quarter's end: on time with 31 days allowed
        assertThat(summed.lateProjectReports()).isZero();
        SummedYear.assertSameFigures(summed, configured.compute(runId, 2014));
    }

    @Test
    void nationalFiguresCountOnlyEligibleProjectsAndSurveysOfTheYear() {
        GroupFigures n = m.national().figures();
        assertThat(n.projectsCompleted()).as("P1 and P4").isEqualTo(2);
        assertThat(n.clientsServed()).as("OH01/C1 and OH01/C4").isEqualTo(2);
        assertThat(n.surveysFielded()).as("S1, S2, S3, S6").isEqualTo(4);
        assertThat(n.surveysCompleted()).isEqualTo(3);
        assertThat(n.responseRate()).isEqualTo(0.75);
        assertThat(n.newSales()).isEqualByComparingTo("1010.15");
        assertThat(n.retainedSales()).isEqualByComparingTo("200");
        assertThat(n.costSavings()).isEqualByComparingTo("5");
        assertThat(n.investment()).isEqualByComparingTo("100");
        assertThat(n.jobsCreated()).isEqualTo(1);
        assertThat(n.jobsRetained()).isEqualTo(5);
        assertThat(n.netPromoterScore()).as("one promoter, one detractor, S6 has no answer").isEqualTo(0.0);
        assertThat(n.staffHours()).isEqualByComparingTo("32.5");
    }

    @Test
    void nationalRatiosStateBothDenominators() {
        Funding f = m.national().funding();
        assertThat(f.federalFunds()).isEqualByComparingTo("1600100");
        assertThat(f.nonFederalFunds()).isEqualByComparingTo("2400200");
        assertThat(f.newSalesPerFederalDollar()).isCloseTo(1010.15 / 1600100, within(1e-15));
        assertThat(f.federalCostPerJob()).isCloseTo(1600100.0 / 6, within(1e-9));
        assertThat(m.national().appropriation()).isEqualByComparingTo("128000000");
        assertThat(m.national().newSalesPerAppropriationDollar()).isCloseTo(1010.15 / 128e6, within(1e-15));
        assertThat(m.national().appropriationCostPerJob()).isCloseTo(128e6 / 6, within(1e-6));
    }

    @Test
    void centersCarryCostShareAndLateReports() {
        CenterFigures oh01 = center("OH01");
        assertThat(oh01.awardYear()).isEqualTo(5);
        assertThat(oh01.federalShareCap()).isEqualTo(1.0 / 3);
        assertThat(oh01.federalShare()).isEqualTo(1.0 / 3);
        assertThat(oh01.costShareCompliant()).isTrue();
        assertThat(oh01.lateProjectReports()).as("P3 (ineligible) and P4").isEqualTo(2);
        assertThat(oh01.suppressed()).as("only two responding clients").isTrue();

        CenterFigures oh02 = center("OH02");
        assertThat(oh02.awardYear()).isEqualTo(3);
        assertThat(oh02.federalShareCap()).isEqualTo(0.5);
        assertThat(oh02.costShareCompliant()).isFalse();

        CenterFigures pa01 = center("PA01");
        assertThat(pa01.federalShareCap()).isEqualTo(1.0 / 3);
        assertThat(pa01.costShareCompliant()).isTrue();

        CenterFigures vt01 = center("VT01");
        assertThat(vt01.federalShare()).isNull();
        assertThat(vt01.costShareCompliant()).isNull();
        assertThat(vt01.funding().federalFunds()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(vt01.funding().newSalesPerFederalDollar()).isNull();
        assertThat(vt01.figures().responseRate()).isNull();
        assertThat(vt01.figures().netPromoterScore()).isNull();
    }

    @Test
    void everyStateWithACenterAppearsAndCategoriesOnlyWithActivity() {
        assertThat(m.states()).extracting(StateFigures::state).containsExactly("OH", "PA", "VT");
        assertThat(m.states().get(0).funding().federalFunds()).isEqualByComparingTo("1600000");
        assertThat(m.serviceCategories()).extracting(CategoryFigures::serviceCategory)
                .containsExactly("EXPORT", "LEAN");
        CategoryFigures export = m.serviceCategories().get(0);
        assertThat(export.figures().projectsCompleted()).isZero();
        assertThat(export.figures().surveysFielded()).as("S2 surveys P7, completed in FY2013").isEqualTo(1);
        assertThat(export.figures().retainedSales()).isEqualByComparingTo("200");
    }

    @Test
    void hostTypesGroupTheCenters() {
        assertThat(m.hostTypes()).extracting(HostTypeFigures::hostType)
                .containsExactly("GOVERNMENT", "NONPROFIT", "UNIVERSITY");
        HostTypeFigures university = m.hostTypes().get(2);
        assertThat(university.centers()).as("OH02 and VT01").isEqualTo(2);
        assertThat(university.federalFunds()).isEqualByComparingTo("600000");
        assertThat(m.hostTypes().get(1).clientsServed()).as("OH01's two clients").isEqualTo(2);
    }

    @Test
    void dataQualityCountsIneligibleAndLateProjectsOfTheYear() {
        assertThat(m.dataQuality().ineligibleProjects()).isEqualTo(1);
        assertThat(m.dataQuality().lateProjectReports()).isEqualTo(2);
        assertThat(m.dataQuality().recordsSuperseded()).as("C4 and P5 corrections").isEqualTo(2);
    }

    @Test
    void trendCoversEveryYearWithFinancialsAndYearOverYearComparesToThePreviousYear() {
        assertThat(m.trend()).extracting(NationalFigures::fiscalYear).containsExactly(2013, 2014);
        assertThat(m.trend().get(0).funding().federalFunds()).isEqualByComparingTo("500");
        assertThat(m.yearOverYear().previousFiscalYear()).isEqualTo(2013);
        assertThat(m.yearOverYear().changes().get("federalFunds").change()).isEqualByComparingTo("1599600");
    }

    private CenterFigures center(String id) {
        return m.centers().stream().filter(c -> c.centerId().equals(id)).findFirst().orElseThrow();
    }
}
