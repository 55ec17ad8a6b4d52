package org.corridorsim.model;

import java.util.List;

/**
 * What one replication produced: one value per metric (named in {@link MetricNames}) and the
 * persons evacuated per time bin for each throughput series.
 */
public record Outcome(int replication, double[] values, double[][] throughput, long events)
        implements java.io.Serializable {

    public double value(MetricNames names, String metric) {
        return values[names.index(metric)];
    }

    /** Convenience for tests and small tools: the metric names in order with their values. */
    public List<String> describe(MetricNames names) {
        return names.names().stream().map(n -> n + "=" + values[names.index(n)]).toList();
    }
}
