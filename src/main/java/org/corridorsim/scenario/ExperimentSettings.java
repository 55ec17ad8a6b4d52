package org.corridorsim.scenario;

/**
 * How a scenario is run: independent replications from a base seed, the confidence level of
 * reported intervals, and the width in seconds of the time bins of time series.
 *
 * @param replications how many, at least 1
 * @param seed the experiment seed; replication streams derive from it
 * @param confidence the confidence level of intervals, in (0, 1)
 * @param binWidth the width of the time bins, in seconds, positive and finite
 */
public record ExperimentSettings(int replications, long seed, double confidence, double binWidth) {

    /** 30 replications, seed 1, 95% intervals, hourly bins. */
    public static final ExperimentSettings DEFAULT = new ExperimentSettings(30, 1, 0.95, 3600);

    /**
     * Checks the components.
     *
     * @param replications how many, at least 1
     * @param seed the experiment seed; replication streams derive from it
     * @param confidence the confidence level of intervals, in (0, 1)
     * @param binWidth the width of the time bins, in seconds, positive and finite
     */
    public ExperimentSettings {
        if (replications < 1) {
            throw new IllegalArgumentException("replications must be at least 1, got " + replications);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be between 0 and 1 (exclusive), got " + confidence);
        }
        if (!(binWidth > 0) || Double.isInfinite(binWidth)) {
            throw new IllegalArgumentException("bin width must be positive and finite, got " + binWidth);
        }
    }

    /**
     * The same settings with another number of replications.
     *
     * @param count at least 1
     * @return a copy
     */
    public ExperimentSettings withReplications(int count) {
        return new ExperimentSettings(count, seed, confidence, binWidth);
    }

    /**
     * The same settings with another seed.
     *
     * @param newSeed the experiment seed
     * @return a copy
     */
    public ExperimentSettings withSeed(long newSeed) {
        return new ExperimentSettings(replications, newSeed, confidence, binWidth);
    }
}
