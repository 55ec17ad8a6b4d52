package org.corridorsim.stats;

import org.HdrHistogram.Histogram;

/**
 * Percentiles of durations in seconds, such as time from registration to crossing.
 *
 * <p>Durations are stored in an HdrHistogram {@link Histogram} of whole ticks of
 * {@code resolutionSeconds}, with a fixed highest value. A fixed range is chosen over
 * {@code DoubleHistogram} because the latter resizes and re-ranges itself when values fall
 * outside what it has seen, which allocates inside {@link #record}; here every count array is
 * allocated by the constructor, so {@code record} allocates nothing and memory is bounded.
 *
 * <p>Precision: a percentile is within a relative {@code 10^-significantDigits} of the exact
 * value (HdrHistogram's guarantee), or one tick, whichever is larger. Durations above
 * {@code maxSeconds} are counted at {@code maxSeconds} in the histogram and reported by
 * {@link #aboveRange()}; {@link #mean()}, {@link #min()} and {@link #max()} are exact regardless.
 *
 * <p>The default layout (1 ms ticks, up to 30 days, 3 significant digits) uses about 190 KB.
 */
public final class DurationHistogram {

    /** The default tick: durations are recorded to the millisecond. */
    public static final double DEFAULT_RESOLUTION_SECONDS = 0.001;
    /** The default longest duration resolved: 30 days; longer ones are counted at it. */
    public static final double DEFAULT_MAX_SECONDS = 30 * 24 * 3600.0;
    /** The default precision of percentiles, in significant decimal digits. */
    public static final int DEFAULT_SIGNIFICANT_DIGITS = 3;

    private final double resolutionSeconds;
    private final double maxSeconds;
    private final int significantDigits;
    private final long maxTicks;
    private final Histogram histogram;
    private double sum;
    private double min;
    private double max;
    private long aboveRange;

    /** An empty histogram with the default layout (1 ms ticks, up to 30 days, 3 digits). */
    public DurationHistogram() {
        this(DEFAULT_RESOLUTION_SECONDS, DEFAULT_MAX_SECONDS, DEFAULT_SIGNIFICANT_DIGITS);
    }

    /**
     * An empty histogram. Memory grows with {@code maxSeconds / resolutionSeconds} and the digits.
     *
     * @param resolutionSeconds the tick, positive
     * @param maxSeconds the longest duration resolved, 2 to 1e15 ticks; longer ones are counted at it
     * @param significantDigits the precision of percentiles, 1 to 5
     * @throws IllegalArgumentException if a value is out of range
     */
    public DurationHistogram(double resolutionSeconds, double maxSeconds, int significantDigits) {
        if (!(resolutionSeconds > 0) || resolutionSeconds == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(
                    "DurationHistogram resolution must be positive and finite, got " + resolutionSeconds);
        }
        if (!(maxSeconds >= 2 * resolutionSeconds) || maxSeconds / resolutionSeconds > 1e15) {
            throw new IllegalArgumentException("DurationHistogram max must be between 2 and 1e15 resolutions ("
                    + resolutionSeconds + " s), got " + maxSeconds);
        }
        if (significantDigits < 1 || significantDigits > 5) {
            throw new IllegalArgumentException(
                    "DurationHistogram significant digits must be in [1, 5], got " + significantDigits);
        }
        this.resolutionSeconds = resolutionSeconds;
        this.maxSeconds = maxSeconds;
        this.significantDigits = significantDigits;
        this.maxTicks = (long) Math.ceil(maxSeconds / resolutionSeconds);
        this.histogram = new Histogram(1, maxTicks, significantDigits);
        this.min = Double.POSITIVE_INFINITY;
        this.max = Double.NEGATIVE_INFINITY;
    }

    /**
     * Records one duration.
     *
     * @param seconds finite and not negative
     * @throws IllegalArgumentException if {@code seconds} is negative, infinite or NaN
     */
    public void record(double seconds) {
        if (!(seconds >= 0) || seconds == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(
                    "DurationHistogram duration must be finite and not negative, got " + seconds);
        }
        long ticks;
        if (seconds > maxSeconds) {
            aboveRange++;
            ticks = maxTicks;
        } else {
            ticks = Math.min(Math.round(seconds / resolutionSeconds), maxTicks);
        }
        histogram.recordValue(ticks);
        sum += seconds;
        if (seconds < min) {
            min = seconds;
        }
        if (seconds > max) {
            max = seconds;
        }
    }

    /** {@return the number of durations recorded} */
    public long count() {
        return histogram.getTotalCount();
    }

    /**
     * The duration that {@code p} percent of recorded durations are at or below, within the
     * histogram's precision and clamped to [min(), max()].
     *
     * @param p the percentile, in [0, 100]
     * @return that duration in seconds, or NaN when nothing was recorded
     * @throws IllegalArgumentException if {@code p} is outside [0, 100]
     */
    public double percentile(double p) {
        if (!(p >= 0 && p <= 100)) {
            throw new IllegalArgumentException("DurationHistogram percentile must be in [0, 100], got " + p);
        }
        if (count() == 0) {
            return Double.NaN;
        }
        double seconds = histogram.getValueAtPercentile(p) * resolutionSeconds;
        return Math.max(min, Math.min(max, seconds));
    }

    /** {@return the exact mean of recorded durations, or NaN when nothing was recorded} */
    public double mean() {
        long count = count();
        return count == 0 ? Double.NaN : sum / count;
    }

    /** {@return the exact shortest recorded duration, or NaN when nothing was recorded} */
    public double min() {
        return count() == 0 ? Double.NaN : min;
    }

    /** {@return the exact longest recorded duration, or NaN when nothing was recorded} */
    public double max() {
        return count() == 0 ? Double.NaN : max;
    }

    /** {@return how many recorded durations exceeded {@code maxSeconds} and were counted at it} */
    public long aboveRange() {
        return aboveRange;
    }

    /** {@return the tick, in seconds} */
    public double resolutionSeconds() {
        return resolutionSeconds;
    }

    /** {@return the longest duration resolved, in seconds} */
    public double maxSeconds() {
        return maxSeconds;
    }

    /** {@return the precision of percentiles, in significant decimal digits} */
    public int significantDigits() {
        return significantDigits;
    }

    /**
     * Adds {@code other}'s durations into this one.
     *
     * @param other a histogram with the same layout; unchanged
     * @throws IllegalArgumentException if the layouts differ
     */
    public void merge(DurationHistogram other) {
        if (Double.compare(resolutionSeconds, other.resolutionSeconds) != 0
                || Double.compare(maxSeconds, other.maxSeconds) != 0
                || significantDigits != other.significantDigits) {
            throw new IllegalArgumentException("DurationHistogram can only merge the same layout: this has "
                    + layout() + ", other has " + other.layout());
        }
        if (other == this) {
            // HdrHistogram does not specify add() with itself as the argument, so do not rely on it.
            throw new IllegalArgumentException("DurationHistogram cannot merge with itself");
        }
        histogram.add(other.histogram);
        sum += other.sum;
        min = Math.min(min, other.min);
        max = Math.max(max, other.max);
        aboveRange += other.aboveRange;
    }

    /** Forgets every recorded duration; the layout stays. */
    public void reset() {
        histogram.reset();
        sum = 0;
        min = Double.POSITIVE_INFINITY;
        max = Double.NEGATIVE_INFINITY;
        aboveRange = 0;
    }

    private String layout() {
        return "resolution " + resolutionSeconds + " s, max " + maxSeconds + " s, "
                + significantDigits + " significant digits";
    }

    @Override
    public String toString() {
        return "DurationHistogram[" + layout() + ", count=" + count() + ", mean=" + mean() + "]";
    }
}
