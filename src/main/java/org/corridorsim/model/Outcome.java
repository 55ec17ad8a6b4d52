package org.corridorsim.model;

import java.util.List;
import java.util.Objects;

/**
 * What one replication produced: one value per metric (named in {@link MetricNames}) and the
 * persons evacuated per time bin for each throughput series. An outcome is immutable: the arrays
 * are copied in, and {@link #values()} and {@link #throughput()} hand out copies; read single
 * numbers with {@link #value(int)} and {@link #throughput(int, int)}, which copy nothing.
 */
public record Outcome(int replication, double[] values, double[][] throughput, long events)
        implements java.io.Serializable {

    public Outcome {
        values = Objects.requireNonNull(values, "values").clone();
        throughput = deepCopy(Objects.requireNonNull(throughput, "throughput"));
    }

    /** {@return a copy of the metric values, in {@link MetricNames} order} */
    @Override
    public double[] values() {
        return values.clone();
    }

    /** {@return a copy of the persons evacuated per bin, one row per throughput series} */
    @Override
    public double[][] throughput() {
        return deepCopy(throughput);
    }

    /** The value of metric number {@code metric} in {@link MetricNames} order. */
    public double value(int metric) {
        return values[metric];
    }

    public double value(MetricNames names, String metric) {
        return values[names.index(metric)];
    }

    /** {@return number of metric values} */
    public int size() {
        return values.length;
    }

    /** Persons evacuated in {@code bin} of throughput series {@code series}. */
    public double throughput(int series, int bin) {
        return throughput[series][bin];
    }

    /** {@return number of throughput series} */
    public int seriesCount() {
        return throughput.length;
    }

    /** Number of time bins of throughput series {@code series}. */
    public int bins(int series) {
        return throughput[series].length;
    }

    /** Convenience for tests and small tools: the metric names in order with their values. */
    public List<String> describe(MetricNames names) {
        return names.names().stream().map(n -> n + "=" + values[names.index(n)]).toList();
    }

    private static double[][] deepCopy(double[][] rows) {
        double[][] copy = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            copy[i] = rows[i].clone();
        }
        return copy;
    }
}
