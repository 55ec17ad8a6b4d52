package org.corridorsim.experiment;

/**
 * Persons evacuated per time bin in one throughput series, across replications: the mean and
 * the confidence interval of each bin. Bin {@code i} starts at {@code i * binWidth} seconds.
 * The interval ends are NaN when there was a single replication.
 *
 * @param corridor a corridor id, or {@code "all"} for the total over corridors
 * @param kind a kind id such as {@code "civilian"}, or {@code "all"}
 * @param binWidth the width of each bin, in seconds
 * @param mean the mean persons evacuated in each bin
 * @param lower the lower end of each bin's interval
 * @param upper the upper end of each bin's interval
 */
public record ThroughputSummary(String corridor, String kind, double binWidth, double[] mean, double[] lower,
        double[] upper) {

    /**
     * Checks the components.
     *
     * @param corridor a corridor id, or {@code "all"} for the total over corridors
     * @param kind a kind id such as {@code "civilian"}, or {@code "all"}
     * @param binWidth the width of each bin, in seconds
     * @param mean the mean persons evacuated in each bin
     * @param lower the lower end of each bin's interval
     * @param upper the upper end of each bin's interval
     */
    public ThroughputSummary {
        if (mean.length != lower.length || mean.length != upper.length) {
            throw new IllegalArgumentException("throughput of " + corridor + "/" + kind
                    + " needs as many bounds as means, got " + mean.length + ", " + lower.length + ", " + upper.length);
        }
        mean = mean.clone();
        lower = lower.clone();
        upper = upper.clone();
    }

    /** {@return the number of time bins} */
    public int bins() {
        return mean.length;
    }

    /**
     * When a bin starts.
     *
     * @param bin from 0 to {@link #bins()} minus one
     * @return its start, in seconds from the scenario start
     */
    public double binStart(int bin) {
        return bin * binWidth;
    }

    /** {@return a copy of the mean persons evacuated in each bin} */
    @Override
    public double[] mean() {
        return mean.clone();
    }

    /** {@return a copy of the lower interval ends} */
    @Override
    public double[] lower() {
        return lower.clone();
    }

    /** {@return a copy of the upper interval ends} */
    @Override
    public double[] upper() {
        return upper.clone();
    }

    /**
     * The mean persons evacuated in one bin, without copying.
     *
     * @param bin from 0 to {@link #bins()} minus one
     * @return the mean
     */
    public double mean(int bin) {
        return mean[bin];
    }

    /**
     * The lower end of one bin's interval.
     *
     * @param bin from 0 to {@link #bins()} minus one
     * @return the lower end; NaN with a single replication
     */
    public double lower(int bin) {
        return lower[bin];
    }

    /**
     * The upper end of one bin's interval.
     *
     * @param bin from 0 to {@link #bins()} minus one
     * @return the upper end; NaN with a single replication
     */
    public double upper(int bin) {
        return upper[bin];
    }
}
