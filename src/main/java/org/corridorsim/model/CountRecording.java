package org.corridorsim.model;

import java.util.List;

/**
 * The counts a replication records while it runs, at the times something was observed: each of
 * {@code metrics} at each of {@code times}, whatever the width of the throughput bins. The count
 * at a time is what happened before it; an event at exactly that time counts after it, as in the
 * bins. Only counts that grow as the replication runs are recorded
 * ({@link MetricNames#isRunningCount}); other names, and names the model does not have, are
 * left out.
 *
 * @param metrics metric names, distinct
 * @param times simulation seconds, ascending, distinct, above 0 and finite
 */
public record CountRecording(List<String> metrics, List<Double> times) {

    /** Nothing recorded: a replication runs to its horizon in one go. */
    public static final CountRecording NONE = new CountRecording(List.of(), List.of());

    /**
     * Checks the components.
     *
     * @param metrics metric names, distinct
     * @param times simulation seconds, ascending, distinct, above 0 and finite
     */
    public CountRecording {
        metrics = List.copyOf(metrics);
        times = List.copyOf(times);
        if (metrics.stream().distinct().count() != metrics.size()) {
            throw new IllegalArgumentException("recorded metrics must be distinct, got " + metrics);
        }
        double last = 0;
        for (double t : times) {
            if (!(t > last) || Double.isInfinite(t)) {
                throw new IllegalArgumentException("recording times must be finite, above 0 and ascending, got "
                        + times);
            }
            last = t;
        }
    }

    /** {@return whether nothing is recorded} */
    public boolean isEmpty() {
        return metrics.isEmpty() || times.isEmpty();
    }
}
