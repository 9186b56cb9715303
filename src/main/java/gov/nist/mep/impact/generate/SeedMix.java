package gov.nist.mep.impact.generate;

/**
 * Derives independent, reproducible random streams from the run's seed (SplitMix64 finalizer), so that each
 * center, client and file draws from its own stream and the output does not depend on processing order.
 */
final class SeedMix {

    private SeedMix() {
    }

    static long mix(long seed, long... parts) {
        long h = scramble(seed ^ 0x9E3779B97F4A7C15L);
        for (long part : parts) {
            h = scramble(h * 31 + part);
        }
        return h;
    }

    private static long scramble(long value) {
        long z = value + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
