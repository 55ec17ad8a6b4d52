package org.corridorsim.stats;

import org.apache.commons.statistics.distribution.TDistribution;

/**
 * A metric summarised across replications: mean, sample standard deviation and the half-width of a
 * Student-t confidence interval for the mean.
 *
 * <p>With a single replication there is no estimate of spread, so {@code stdDev} and
 * {@code halfWidth} are NaN rather than a misleading zero.
 *
 * @param n number of replications, at least 1
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
        if (n < 1) {
            throw new IllegalArgumentException("Summary needs at least 1 value, got n = " + n);
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
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double x = values[i];
            if (!Double.isFinite(x)) {
                throw new IllegalArgumentException("Summary values must be finite, got " + x + " at index " + i);
            }
            sum += x;
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        double mean = sum / n;
        if (n == 1) {
            return new Summary(1, mean, Double.NaN, Double.NaN, min, max, confidence);
        }
        // Two passes: the values are already in memory and this avoids cancellation.
        double squares = 0;
        for (double x : values) {
            squares += (x - mean) * (x - mean);
        }
        double stdDev = Math.sqrt(squares / (n - 1));
        double t = TDistribution.of(n - 1).inverseCumulativeProbability(0.5 + confidence / 2);
        return new Summary(n, mean, stdDev, t * stdDev / Math.sqrt(n), min, max, confidence);
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
