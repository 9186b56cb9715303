package gov.nist.mep.impact.generate;

import java.util.SplittableRandom;

/**
 * Random draws used by the generator. StrictMath keeps results bit-identical across JVMs and platforms, which
 * byte-identical output for a seed needs.
 */
final class Draws {

    private Draws() {
    }

    static double gaussian(SplittableRandom random) {
        double u1 = 1.0 - random.nextDouble();
        double u2 = random.nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * StrictMath.PI * u2);
    }

    /** A lognormal value with the given median; the normal deviate is clipped at +-4 to bound the tail. */
    static double lognormal(SplittableRandom random, double median, double sigma) {
        double z = Math.max(-4.0, Math.min(4.0, gaussian(random)));
        return median * StrictMath.exp(sigma * z);
    }

    static double uniform(SplittableRandom random, double low, double high) {
        return low + (high - low) * random.nextDouble();
    }

    static int between(SplittableRandom random, int low, int highInclusive) {
        return low + random.nextInt(highInclusive - low + 1);
    }

    static <T> T pick(SplittableRandom random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    static void shuffle(SplittableRandom random, int[] values) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
    }

    static <T> void shuffle(SplittableRandom random, T[] values) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
    }
}
