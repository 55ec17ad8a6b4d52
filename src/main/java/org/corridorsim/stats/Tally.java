package org.corridorsim.stats;

/**
 * Count, mean, variance, minimum, maximum and sum of observations such as waiting times.
 *
 * <p>The mean and variance use Welford's update, which stays accurate when the mean is large
 * compared to the spread; merging uses the parallel form of Chan, Golub and LeVeque, so a merge of
 * parts agrees with one pass over all observations up to rounding.
 */
public final class Tally {

    private long count;
    private double mean;
    private double sumSquaredDeviations;
    private double min;
    private double max;
    private double sum;

    /** An empty tally. */
    public Tally() {
        reset();
    }

    /**
     * Adds one observation.
     *
     * @param x finite, because one NaN or infinity would spoil every statistic
     * @throws IllegalArgumentException if {@code x} is not finite
     */
    public void add(double x) {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException("Tally observation must be finite, got " + x);
        }
        count++;
        double delta = x - mean;
        mean += delta / count;
        sumSquaredDeviations += delta * (x - mean);
        sum += x;
        if (x < min) {
            min = x;
        }
        if (x > max) {
            max = x;
        }
    }

    /**
     * Adds all of {@code other}'s observations to this tally, as if they had been added here.
     *
     * @param other another tally; unchanged
     */
    public void merge(Tally other) {
        long otherCount = other.count;
        if (otherCount == 0) {
            return;
        }
        // Read everything first so that merging a tally into itself also works.
        double otherMean = other.mean;
        double otherSquares = other.sumSquaredDeviations;
        double otherMin = other.min;
        double otherMax = other.max;
        double otherSum = other.sum;
        if (count == 0) {
            mean = otherMean;
            sumSquaredDeviations = otherSquares;
        } else {
            long total = count + otherCount;
            double delta = otherMean - mean;
            double otherWeight = (double) otherCount / total;
            mean += delta * otherWeight;
            sumSquaredDeviations += otherSquares + delta * delta * count * otherWeight;
        }
        count += otherCount;
        sum += otherSum;
        min = Math.min(min, otherMin);
        max = Math.max(max, otherMax);
    }

    /** Forgets all observations. */
    public void reset() {
        count = 0;
        mean = 0;
        sumSquaredDeviations = 0;
        min = Double.POSITIVE_INFINITY;
        max = Double.NEGATIVE_INFINITY;
        sum = 0;
    }

    /** {@return the number of observations} */
    public long count() {
        return count;
    }

    /** {@return the sample mean, or NaN when there are no observations} */
    public double mean() {
        return count == 0 ? Double.NaN : mean;
    }

    /** {@return the unbiased sample variance (divisor n - 1), or NaN with fewer than two observations} */
    public double variance() {
        return count < 2 ? Double.NaN : sumSquaredDeviations / (count - 1);
    }

    /** {@return the sample standard deviation, or NaN with fewer than two observations} */
    public double stdDev() {
        return Math.sqrt(variance());
    }

    /** {@return the smallest observation, or NaN when there are none} */
    public double min() {
        return count == 0 ? Double.NaN : min;
    }

    /** {@return the largest observation, or NaN when there are none} */
    public double max() {
        return count == 0 ? Double.NaN : max;
    }

    /** {@return the sum of observations; 0 when there are none} */
    public double sum() {
        return sum;
    }

    @Override
    public String toString() {
        return "Tally[count=" + count + ", mean=" + mean() + ", stdDev=" + stdDev()
                + ", min=" + min() + ", max=" + max() + "]";
    }
}
