package org.corridorsim.stats;

import org.apache.commons.statistics.distribution.TDistribution;

/**
 * A metric summarised across replications as the values arrive, in constant memory. This is
 * how every summary in CorridorSim is computed, so a summary does not depend on whether the
 * values were held in an array or streamed, as long as they arrive in the same order.
 *
 * <p>A NaN is a replication that did not observe the metric (for example a mean wait when no
 * group waited): it is skipped, and {@link Summary#n()} counts only the values that were there.
 * The mean is {@code sum / n}; the spread uses Welford's update, which stays accurate when the
 * mean is large compared with the spread.
 */
public final class RunningSummary {

    private int n;
    private double sum;
    private double mean;
    private double squares;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;

    /**
     * Adds one replication's value.
     *
     * @param x finite, or NaN for a replication that did not observe the metric (skipped)
     * @throws IllegalArgumentException if {@code x} is infinite
     */
    public void add(double x) {
        if (Double.isNaN(x)) {
            return;
        }
        if (Double.isInfinite(x)) {
            throw new IllegalArgumentException("a value across replications must be finite or NaN, got " + x);
        }
        n++;
        sum += x;
        double delta = x - mean;
        mean += delta / n;
        squares += delta * (x - mean);
        if (x < min) {
            min = x;
        }
        if (x > max) {
            max = x;
        }
    }

    /** {@return the values added so far, NaN not counted} */
    public int n() {
        return n;
    }

    /**
     * The summary of the values so far.
     *
     * @param confidence the interval's confidence level, in (0, 1)
     * @return the summary; with no values every number is NaN and {@code n} is 0
     */
    public Summary summary(double confidence) {
        return summary(n, sum, squares, min, max, confidence, tQuantile(n, confidence));
    }

    /**
     * A summary from its running parts. Shared with the throughput bins, which keep the same
     * parts in arrays.
     *
     * @param n the number of values
     * @param sum their sum
     * @param squares the sum of squared deviations from the mean (Welford's M2)
     * @param min the smallest value
     * @param max the largest value
     * @param confidence the interval's confidence level, in (0, 1)
     * @param t the quantile from {@link #tQuantile(int, double)} for {@code n} and {@code confidence}
     * @return the summary; NaN spread and interval below two values
     */
    public static Summary summary(int n, double sum, double squares, double min, double max, double confidence,
            double t) {
        if (n == 0) {
            return new Summary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, confidence);
        }
        double mean = sum / n;
        if (n == 1) {
            return new Summary(1, mean, Double.NaN, Double.NaN, min, max, confidence);
        }
        double stdDev = Math.sqrt(Math.max(0, squares) / (n - 1));
        return new Summary(n, mean, stdDev, t * stdDev / Math.sqrt(n), min, max, confidence);
    }

    /**
     * The Student-t quantile for a two-sided interval from {@code n} values.
     *
     * @param n the number of values
     * @param confidence the confidence level, in (0, 1)
     * @return t(n - 1, (1 + confidence) / 2), or NaN when {@code n} is below 2
     */
    public static double tQuantile(int n, double confidence) {
        if (n < 2) {
            return Double.NaN;
        }
        return TDistribution.of(n - 1).inverseCumulativeProbability(0.5 + confidence / 2);
    }
}
