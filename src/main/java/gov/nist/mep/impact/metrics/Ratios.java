package gov.nist.mep.impact.metrics;

import java.math.BigDecimal;
import java.math.MathContext;

/** Ratios of exact decimals: computed in 34-digit decimal arithmetic, given as a double, null over zero. */
final class Ratios {

    private Ratios() {
    }

    static Double ratio(BigDecimal numerator, BigDecimal denominator) {
        if (numerator == null || denominator == null || denominator.signum() == 0) {
            return null;
        }
        return numerator.divide(denominator, MathContext.DECIMAL128).doubleValue();
    }

    static Double ratio(long numerator, long denominator) {
        return ratio(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
    }
}
