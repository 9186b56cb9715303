package gov.nist.mep.impact.generate;

import java.util.SplittableRandom;

/** Outcome of one client survey: about 82% respond. */
enum SurveyDisposition {
    COMPLETE, REFUSED, NO_RESPONSE;

    static SurveyDisposition draw(SplittableRandom random) {
        double u = random.nextDouble();
        if (u < 0.82) {
            return COMPLETE;
        }
        return u < 0.88 ? REFUSED : NO_RESPONSE;
    }
}
