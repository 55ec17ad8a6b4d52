package org.corridorsim.stats;

/**
 * A metric summarised across replications: mean, sample standard deviation and the half-width of a
 * Student-t confidence interval for the mean.
 *
 * <p>With a single replication there is no estimate of spread, so {@code stdDev} and
 * {@code halfWidth} are NaN rather than a misleading zero. With none ({@code n = 0}: no
 * replication observed the metric, e.g. a mean wait where nobody waited) every number is NaN.
 *
 * @param n number of replications that observed the metric
 * @param mean the sample mean
 * @param stdDev the sample standard deviation (divisor n - 1); NaN when n is 1
 * @param halfWidth t(n - 1, (1 + confidence) / 2) * stdDev / sqrt(n); NaN when n is 1
 * @param min the smallest value
 * @param max the largest value
 * @param confidence the confidence level of the interval, in (0, 1)
 */
public record Summary(int n, double mean, double stdDev, double halfWidth, double min, double max,
        double confidence) {

    public Summary {
        if (n < 0) {
            throw new IllegalArgumentException("Summary needs a count of at least 0, got n = " + n);
        }
        requireConfidence(confidence);
    }

    /**
     * Summarises {@code values}, one per replication. A NaN is a replication that did not observe
     * the metric: it is skipped and not counted in {@code n}. Infinities are refused.
     */
    public static Summary of(double[] values, double confidence) {
        requireConfidence(confidence);
        if (values.length == 0) {
            throw new IllegalArgumentException("Summary needs at least 1 value, got none");
        }
        RunningSummary running = new RunningSummary();
        for (int i = 0; i < values.length; i++) {
            double x = values[i];
            if (Double.isInfinite(x)) {
                throw new IllegalArgumentException("Summary values must be finite or NaN, got " + x + " at index " + i);
            }
            running.add(x);
        }
        return running.summary(confidence);
    }

    /** {@return the lower end of the confidence interval; NaN when n is 1} */
    public double lower() {
        return mean - halfWidth;
    }

    /** {@return the upper end of the confidence interval; NaN when n is 1} */
    public double upper() {
        return mean + halfWidth;
    }

    /**
     * The lower end of the interval, not below {@code floor}: for a quantity that cannot be below
     * {@code floor} (a count: 0), the clipped interval still holds the true mean whenever the
     * unclipped one does, so its coverage is unchanged. NaN when n is 0 or 1.
     */
    public double lower(double floor) {
        double lower = lower();
        return Double.isNaN(lower) ? lower : Math.max(floor, lower);
    }

    /** The upper end of the interval, not above {@code ceiling} (a share: 1); see {@link #lower(double)}. */
    public double upper(double ceiling) {
        double upper = upper();
        return Double.isNaN(upper) ? upper : Math.min(ceiling, upper);
    }

    /** Whether {@code value} lies inside the closed confidence interval; false when n is 1. */
    public boolean contains(double value) {
        return value >= lower() && value <= upper();
    }

    private static void requireConfidence(double confidence) {
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("Summary confidence must be in (0, 1), got " + confidence);
        }
    }
}
