package org.corridorsim.experiment;

/**
 * Sequential stopping: keep adding batches of replications until the confidence interval of
 * {@code metric} is narrow enough relative to its mean, or {@code maxReplications} have run.
 *
 * <p>The decision is taken only between batches, from the results of replications 0..n-1 in
 * index order, so how many replications run never depends on the number of threads.
 *
 * @param metric the metric whose interval is watched, e.g. {@code "evacuated"}
 * @param relativeHalfWidth the target: half-width / |mean| at most this, e.g. 0.05
 * @param maxReplications the most replications to run if the target is not met
 * @param batch how many replications to add after each check
 */
public record Precision(String metric, double relativeHalfWidth, int maxReplications, int batch) {

    /** The metric a target is on by default. */
    public static final String DEFAULT_METRIC = "evacuated";
    /** Replications added after each check by default. */
    public static final int DEFAULT_BATCH = 10;

    /**
     * Checks the components.
     *
     * @param metric the metric whose interval is watched, e.g. {@code "evacuated"}
     * @param relativeHalfWidth the target: half-width / |mean| at most this, e.g. 0.05
     * @param maxReplications the most replications to run if the target is not met
     * @param batch how many replications to add after each check
     */
    public Precision {
        if (metric.isBlank()) {
            throw new IllegalArgumentException("precision metric must be a metric name, got \"" + metric + "\"");
        }
        if (!(relativeHalfWidth > 0) || Double.isInfinite(relativeHalfWidth)) {
            throw new IllegalArgumentException(
                    "relative half-width target must be positive and finite, got " + relativeHalfWidth);
        }
        if (maxReplications < 2) {
            throw new IllegalArgumentException("maximum replications must be at least 2, got " + maxReplications);
        }
        if (batch < 1) {
            throw new IllegalArgumentException("precision batch must be at least 1 replication, got " + batch);
        }
    }

    /**
     * A target on {@value #DEFAULT_METRIC} in batches of {@value #DEFAULT_BATCH}.
     *
     * @param relativeHalfWidth the half-width wanted as a share of the mean, positive, e.g. 0.01
     * @param maxReplications the most replications to run, at least 2
     * @return the target
     */
    public static Precision relative(double relativeHalfWidth, int maxReplications) {
        return new Precision(DEFAULT_METRIC, relativeHalfWidth, maxReplications, DEFAULT_BATCH);
    }

    /**
     * The same target on another metric.
     *
     * @param name a metric name
     * @return a copy
     */
    public Precision onMetric(String name) {
        return new Precision(name, relativeHalfWidth, maxReplications, batch);
    }

    /**
     * The same target checked after every {@code replications} more.
     *
     * @param replications at least 1
     * @return a copy
     */
    public Precision inBatchesOf(int replications) {
        return new Precision(metric, relativeHalfWidth, maxReplications, replications);
    }

    /**
     * Whether an interval meets the target. A zero half-width always does (every replication
     * gave the same value, possibly 0); a NaN one, from a single replication, never does.
     */
    boolean isMetBy(double halfWidth, double mean) {
        if (Double.isNaN(halfWidth)) {
            return false;
        }
        return halfWidth == 0 || halfWidth <= relativeHalfWidth * Math.abs(mean);
    }
}
