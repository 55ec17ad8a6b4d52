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

    /**
     * Checks the components.
     *
     * @param n number of replications that observed the metric, not negative
     * @param mean the sample mean
     * @param stdDev the sample standard deviation (divisor n - 1); NaN when n is 1
     * @param halfWidth t(n - 1, (1 + confidence) / 2) * stdDev / sqrt(n); NaN when n is 1
     * @param min the smallest value
     * @param max the largest value
     * @param confidence the confidence level of the interval, in (0, 1)
     * @throws IllegalArgumentException if {@code n} is negative or {@code confidence} is outside (0, 1)
     */
    public Summary {
        if (n < 0) {
            throw new IllegalArgumentException("Summary needs a count of at least 0, got n = " + n);
        }
        requireConfidence(confidence);
    }

    /**
     * Summarises {@code values}, one per replication. A NaN is a replication that did not observe
     * the metric: it is skipped and not counted in {@code n}.
     *
     * @param values at least one, finite or NaN
     * @param confidence the interval's confidence level, in (0, 1)
     * @return the summary
     * @throws IllegalArgumentException if {@code values} is empty or holds an infinity
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
     * unclipped one does, so its coverage is unchanged.
     *
     * @param floor the smallest value the quantity can take
     * @return the clipped lower end; NaN when n is 0 or 1
     */
    public double lower(double floor) {
        double lower = lower();
        return Double.isNaN(lower) ? lower : Math.max(floor, lower);
    }

    /**
     * The upper end of the interval, not above {@code ceiling}; see {@link #lower(double)}.
     *
     * @param ceiling the largest value the quantity can take (a share: 1)
     * @return the clipped upper end; NaN when n is 0 or 1
     */
    public double upper(double ceiling) {
        double upper = upper();
        return Double.isNaN(upper) ? upper : Math.min(ceiling, upper);
    }

    /**
     * Whether a value lies inside the closed confidence interval.
     *
     * @param value for example an analytic result the simulation should reproduce
     * @return false also when n is 0 or 1
     */
    public boolean contains(double value) {
        return value >= lower() && value <= upper();
    }

    private static void requireConfidence(double confidence) {
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("Summary confidence must be in (0, 1), got " + confidence);
        }
    }
}
