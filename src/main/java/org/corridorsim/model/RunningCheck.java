package org.corridorsim.model;

/**
 * A look at a replication while it runs, at the end of each throughput bin: it may end the
 * replication there, e.g. when a count that only grows has already passed what a fit accepts.
 * A replication that is never ended early gives the same outcome, to the bit, as one run
 * without a check.
 */
@FunctionalInterface
public interface RunningCheck {

    /**
     * Called at the end of each throughput bin before the horizon, once every event up to
     * {@code time} (inclusive) has run.
     *
     * @param time simulated seconds reached
     * @param counts the counts so far
     * @return true to go on, false to abandon the replication
     */
    boolean proceed(double time, RunningCounts counts);

    /** The counts of a running replication, read without copying. */
    interface RunningCounts {

        /**
         * The value so far of a metric that {@link MetricNames#isRunningCount} says is counted
         * as it happens (for other metrics the value is not yet meaningful).
         *
         * @param metric an index from {@link MetricNames#index}
         * @return the count so far
         */
        double count(int metric);

        /**
         * The persons evacuated so far in one bin of one throughput series.
         *
         * @param series from 0 to {@link MetricNames#seriesCount()} minus one
         * @param bin the bin index
         * @return the amount so far
         */
        double bin(int series, int bin);

        /**
         * A count recorded at an observation time ({@link CountRecording}), once the
         * replication has passed that time; 0 before.
         *
         * @param slot a position from {@link MetricNames#recorded}
         * @return the count at that time
         */
        double recorded(int slot);
    }
}
