package org.corridorsim.stats;

import java.util.Arrays;

/**
 * Amounts per fixed-width time bin over [start, end), such as arrivals per hour at a corridor
 * entrance. Bin {@code i} covers [start + i * binWidth, start + (i + 1) * binWidth); a time that
 * lies within rounding error of a bin edge may land in either neighbouring bin.
 *
 * <p>Amounts added at times outside [start, end) are not dropped silently: their sum is kept in
 * {@link #outOfRange()}, so the bins plus that field always account for everything added.
 */
public final class BinnedSeries {

    private final double start;
    private final double binWidth;
    private final double end;
    private final double[] values;
    private double outOfRange;

    /**
     * Empty bins of equal width.
     *
     * @param start the start of the first bin, in seconds, finite
     * @param binWidth the width of each bin, in seconds, positive
     * @param bins the number of bins, at least 1
     * @throws IllegalArgumentException if a value is out of range or the end is not finite
     */
    public BinnedSeries(double start, double binWidth, int bins) {
        if (!Double.isFinite(start)) {
            throw new IllegalArgumentException("BinnedSeries start must be finite, got " + start);
        }
        if (!(binWidth > 0) || binWidth == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("BinnedSeries bin width must be positive and finite, got " + binWidth);
        }
        if (bins < 1) {
            throw new IllegalArgumentException("BinnedSeries must have at least 1 bin, got " + bins);
        }
        this.start = start;
        this.binWidth = binWidth;
        this.end = start + bins * binWidth;
        if (!Double.isFinite(end)) {
            throw new IllegalArgumentException("BinnedSeries end start + bins * binWidth must be finite, got " + end);
        }
        this.values = new double[bins];
    }

    /**
     * Adds {@code amount} to the bin that contains {@code time}, or to {@link #outOfRange()}.
     *
     * @param time in seconds, not NaN
     * @param amount finite; may be negative
     * @throws IllegalArgumentException if {@code time} is NaN or {@code amount} is not finite
     */
    public void add(double time, double amount) {
        if (Double.isNaN(time)) {
            throw new IllegalArgumentException("BinnedSeries time must not be NaN");
        }
        if (!Double.isFinite(amount)) {
            throw new IllegalArgumentException("BinnedSeries amount must be finite, got " + amount + " at time " + time);
        }
        if (time < start || time >= end) {
            outOfRange += amount;
            return;
        }
        // Division can round up to values.length for a time just below the end.
        int index = Math.min((int) ((time - start) / binWidth), values.length - 1);
        values[index] += amount;
    }

    /**
     * Adds 1 at {@code time}.
     *
     * @param time in seconds, not NaN
     */
    public void increment(double time) {
        add(time, 1);
    }

    /**
     * The amount in one bin.
     *
     * @param i the bin, in [0, {@link #bins()})
     * @return the sum of amounts added to it
     */
    public double bin(int i) {
        requireBin(i);
        return values[i];
    }

    /** {@return the number of bins} */
    public int bins() {
        return values.length;
    }

    /**
     * When one bin starts.
     *
     * @param i the bin, in [0, {@link #bins()})
     * @return its inclusive start, in seconds
     */
    public double binStart(int i) {
        requireBin(i);
        return start + i * binWidth;
    }

    /** {@return the inclusive start of the first bin, in seconds} */
    public double start() {
        return start;
    }

    /** {@return the width of every bin, in seconds} */
    public double binWidth() {
        return binWidth;
    }

    /** {@return the exclusive end of the last bin} */
    public double end() {
        return end;
    }

    /** {@return a copy of all bin amounts} */
    public double[] values() {
        return values.clone();
    }

    /** {@return the sum of amounts added at times outside [start, end)} */
    public double outOfRange() {
        return outOfRange;
    }

    /**
     * Adds {@code other}'s bins into this one.
     *
     * @param other a series with the same start, bin width and bin count; unchanged
     * @throws IllegalArgumentException if the layouts differ
     */
    public void merge(BinnedSeries other) {
        if (Double.compare(start, other.start) != 0 || Double.compare(binWidth, other.binWidth) != 0
                || values.length != other.values.length) {
            throw new IllegalArgumentException("BinnedSeries can only merge the same layout: this has "
                    + layout() + ", other has " + other.layout());
        }
        for (int i = 0; i < values.length; i++) {
            values[i] += other.values[i];
        }
        outOfRange += other.outOfRange;
    }

    /** Empties every bin and the out-of-range amount; the layout stays. */
    public void reset() {
        Arrays.fill(values, 0);
        outOfRange = 0;
    }

    private void requireBin(int i) {
        if (i < 0 || i >= values.length) {
            throw new IllegalArgumentException(
                    "BinnedSeries bin index must be in [0, " + values.length + "), got " + i);
        }
    }

    private String layout() {
        return "start " + start + ", bin width " + binWidth + ", " + values.length + " bins";
    }

    @Override
    public String toString() {
        return "BinnedSeries[" + layout() + ", outOfRange=" + outOfRange + "]";
    }
}
