package org.corridorsim.stats;

/**
 * A metric summarised across replications: mean, sample standard deviation and the half-width of a
 * Student-t confidence interval for the mean.
 *
 * <p>With a single replication there is no estimate of spread, so {@code stdDev} and
 * {@code halfWidth} are NaN rather than a misleading zero. With none ({@code n = 0}: no
 * replication observed the metric) every number is NaN.
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

    /** Summarises {@code values}, one per replication; they must be finite. */
    public static Summary of(double[] values, double confidence) {
        requireConfidence(confidence);
        int n = values.length;
        if (n == 0) {
            throw new IllegalArgumentException("Summary needs at least 1 value, got none");
        }
        RunningSummary running = new RunningSummary();
        for (int i = 0; i < n; i++) {
            double x = values[i];
            if (!Double.isFinite(x)) {
                throw new IllegalArgumentException("Summary values must be finite, got " + x + " at index " + i);
            }
            running.add(x);
        }
        return running.summary(confidence);
    }

    /** The lower end of the confidence interval; NaN when n is 1. */
    public double lower() {
        return mean - halfWidth;
    }

    /** The upper end of the confidence interval; NaN when n is 1. */
    public double upper() {
        return mean + halfWidth;
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
