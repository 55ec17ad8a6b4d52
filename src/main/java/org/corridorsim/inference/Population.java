package org.corridorsim.inference;

/**
 * The particles accepted in one generation. Parameters are on the priors' working scales;
 * weights sum to 1. {@code proposals} counts every proposal simulated to fill this generation,
 * {@code withinTolerance} those of them within the tolerance (the last batch may hold more than
 * were needed). {@code temperature} is the likelihood's temperature of a fit with count
 * observations (1 at the end), NaN for a fit of ranges only.
 */
record Population(
        int generation,
        double tolerance,
        int[] hypotheses,
        double[][] parameters,
        double[] weights,
        double[] distances,
        long[] seeds,
        double[][] simulated,
        long proposals,
        long withinTolerance,
        double temperature) {

    Population(int generation, double tolerance, int[] hypotheses, double[][] parameters, double[] weights,
            double[] distances, long[] seeds, double[][] simulated, long proposals, long withinTolerance) {
        this(generation, tolerance, hypotheses, parameters, weights, distances, seeds, simulated, proposals,
                withinTolerance, Double.NaN);
    }

    int size() {
        return hypotheses.length;
    }

    double acceptanceRate() {
        return proposals == 0 ? Double.NaN : withinTolerance / (double) proposals;
    }

    /** {@return Kish's effective sample size of the weights} */
    double effectiveSize() {
        return Weighted.effectiveSize(weights);
    }

    /** Kish's effective sample size of each hypothesis's particles (0 for one with none). */
    double[] hypothesisEffectiveSizes(int count) {
        double[] sums = new double[count];
        double[] squares = new double[count];
        for (int i = 0; i < hypotheses.length; i++) {
            sums[hypotheses[i]] += weights[i];
            squares[hypotheses[i]] += weights[i] * weights[i];
        }
        double[] ess = new double[count];
        for (int m = 0; m < count; m++) {
            ess[m] = squares[m] > 0 ? sums[m] * sums[m] / squares[m] : 0;
        }
        return ess;
    }

    /** The total weight of each hypothesis. */
    double[] hypothesisWeights(int count) {
        double[] totals = new double[count];
        for (int i = 0; i < hypotheses.length; i++) {
            totals[hypotheses[i]] += weights[i];
        }
        return totals;
    }
}
