package org.corridorsim.experiment;

/**
 * Persons evacuated per time bin in one throughput series, across replications: the mean and
 * the confidence interval of each bin. Bin {@code i} starts at {@code i * binWidth} seconds.
 * The interval ends are NaN when there was a single replication.
 *
 * @param corridor a corridor id, or {@code "all"} for the total over corridors
 * @param kind a kind id such as {@code "civilian"}, or {@code "all"}
 */
public record ThroughputSummary(String corridor, String kind, double binWidth, double[] mean, double[] lower,
        double[] upper) {

    public ThroughputSummary {
        if (mean.length != lower.length || mean.length != upper.length) {
            throw new IllegalArgumentException("throughput of " + corridor + "/" + kind
                    + " needs as many bounds as means, got " + mean.length + ", " + lower.length + ", " + upper.length);
        }
        mean = mean.clone();
        lower = lower.clone();
        upper = upper.clone();
    }

    public int bins() {
        return mean.length;
    }

    public double binStart(int bin) {
        return bin * binWidth;
    }

    @Override
    public double[] mean() {
        return mean.clone();
    }

    @Override
    public double[] lower() {
        return lower.clone();
    }

    @Override
    public double[] upper() {
        return upper.clone();
    }

    public double mean(int bin) {
        return mean[bin];
    }

    public double lower(int bin) {
        return lower[bin];
    }

    public double upper(int bin) {
        return upper[bin];
    }
}
