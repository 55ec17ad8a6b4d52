package org.corridorsim.scenario;

/**
 * How a scenario is run: independent replications from a base seed, the confidence level of
 * reported intervals, and the width in seconds of the time bins of time series.
 */
public record ExperimentSettings(int replications, long seed, double confidence, double binWidth) {

    public static final ExperimentSettings DEFAULT = new ExperimentSettings(30, 1, 0.95, 3600);

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

    public ExperimentSettings withReplications(int count) {
        return new ExperimentSettings(count, seed, confidence, binWidth);
    }

    public ExperimentSettings withSeed(long newSeed) {
        return new ExperimentSettings(replications, newSeed, confidence, binWidth);
    }
}
