package org.corridorsim.planning;

import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.TDistribution;

/** One-sided confidence bounds: exact binomial (Clopper-Pearson) for a share, Student-t for a mean. */
final class Bounds {

    private Bounds() {
    }

    /**
     * The lower Clopper-Pearson bound of a binomial probability: the value below which the
     * probability lies with chance at most {@code alpha}.
     */
    static double lowerShare(int successes, int n, double alpha) {
        if (successes == 0) {
            return 0;
        }
        return BetaDistribution.of(successes, n - successes + 1.0).inverseCumulativeProbability(alpha);
    }

    /** The upper Clopper-Pearson bound, the mirror of {@link #lowerShare}. */
    static double upperShare(int successes, int n, double alpha) {
        if (successes == n) {
            return 1;
        }
        return BetaDistribution.of(successes + 1.0, (double) n - successes).inverseCumulativeProbability(1 - alpha);
    }

    /** The one-sided Student-t half-width of a mean at level {@code 1 - alpha}; infinite below 2 values. */
    static double halfWidth(double sd, int n, double alpha) {
        if (n < 2) {
            return Double.POSITIVE_INFINITY;
        }
        return TDistribution.of(n - 1.0).inverseCumulativeProbability(1 - alpha) * sd / Math.sqrt(n);
    }
}
