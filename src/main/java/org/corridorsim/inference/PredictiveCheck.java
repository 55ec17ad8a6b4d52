package org.corridorsim.inference;

/**
 * How one observation looks against the posterior predictive draws (new replications from the
 * posterior): the share of draws inside its range, and a two-sided posterior predictive p-value,
 * {@code min(1, 2 min(P(X >= low), P(X <= high)))} over the draws. A small p-value says the
 * fitted model rarely reproduces the observation; NaN when no draw was made.
 *
 * @param observation the observation's label, e.g. {@code evacuated in [0, 17]}
 * @param inside the share of draws inside the range
 * @param pValue the two-sided posterior predictive p-value
 * @param draws the number of draws it is based on
 */
public record PredictiveCheck(String observation, double inside, double pValue, int draws) {

    /** Below this p-value an observation counts as not reproduced. */
    public static final double LEVEL = 0.01;

    static PredictiveCheck of(String label, double low, double high, double[] values) {
        int n = 0;
        int in = 0;
        int atLeastLow = 0;
        int atMostHigh = 0;
        for (double v : values) {
            n++; // a value that does not exist (NaN) is outside every range
            in += v >= low && v <= high ? 1 : 0;
            atLeastLow += v >= low ? 1 : 0;
            atMostHigh += v <= high ? 1 : 0;
        }
        if (n == 0) {
            return new PredictiveCheck(label, Double.NaN, Double.NaN, 0);
        }
        double p = Math.min(1, 2 * Math.min(atLeastLow / (double) n, atMostHigh / (double) n));
        return new PredictiveCheck(label, in / (double) n, p, n);
    }

    /** {@return whether the draws rarely reproduce the observation (p-value below {@link #LEVEL})} */
    public boolean notReproduced() {
        return pValue < LEVEL;
    }
}
