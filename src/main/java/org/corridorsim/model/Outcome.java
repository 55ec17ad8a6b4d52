package org.corridorsim.model;

import java.util.List;
import java.util.Objects;

/**
 * What one replication produced: one value per metric (named in {@link MetricNames}) and the
 * persons evacuated per time bin for each throughput series, and the counts recorded at observation
 * times ({@link CountRecording}; read them with {@link #recorded(int)} at a position from
 * {@link MetricNames#recorded}). An outcome is immutable: the arrays
 * are copied in, and {@link #values()} and {@link #throughput()} hand out copies; read single
 * numbers with {@link #value(int)} and {@link #throughput(int, int)}, which copy nothing.
 * It is serializable only so that a cluster can ship outcomes; the serial form is not API.
 *
 * @param replication 0-based replication index
 * @param values one per metric, in {@link MetricNames} order; NaN where nothing was observed
 * @param throughput persons evacuated per time bin, one row per throughput series
 * @param events events the simulator executed
 * @param recorded the counts recorded at observation times, time by time; NaN for a metric not recorded
 * @serial exclude
 */
public record Outcome(int replication, double[] values, double[][] throughput, long events, double[] recorded)
        implements java.io.Serializable {

    /**
     * Copies the arrays in.
     *
     * @param replication 0-based replication index
     * @param values one per metric, in {@link MetricNames} order; NaN where nothing was observed
     * @param throughput persons evacuated per time bin, one row per throughput series
     * @param events events the simulator executed
     * @param recorded the counts recorded at observation times, time by time; NaN for a metric not recorded
     */
    public Outcome {
        values = Objects.requireNonNull(values, "values").clone();
        throughput = deepCopy(Objects.requireNonNull(throughput, "throughput"));
        recorded = Objects.requireNonNull(recorded, "recorded").clone();
    }

    /**
     * An outcome with no counts recorded on the way.
     *
     * @param replication 0-based replication index
     * @param values one per metric, in {@link MetricNames} order; NaN where nothing was observed
     * @param throughput persons evacuated per time bin, one row per throughput series
     * @param events events the simulator executed
     */
    public Outcome(int replication, double[] values, double[][] throughput, long events) {
        this(replication, values, throughput, events, new double[0]);
    }

    /** {@return a copy of the counts recorded at observation times} */
    @Override
    public double[] recorded() {
        return recorded.clone();
    }

    /**
     * A count recorded at an observation time, without copying.
     *
     * @param slot a position from {@link MetricNames#recorded}
     * @return the count then
     */
    public double recorded(int slot) {
        return recorded[slot];
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

    /**
     * The value of one metric, without copying.
     *
     * @param metric its index in {@link MetricNames} order
     * @return the value; NaN where nothing was observed
     */
    public double value(int metric) {
        return values[metric];
    }

    /**
     * The value of a metric by name.
     *
     * @param names the names of the model that produced this outcome
     * @param metric a metric name
     * @return the value; NaN where nothing was observed
     * @throws IllegalArgumentException if there is no such metric
     */
    public double value(MetricNames names, String metric) {
        return values[names.index(metric)];
    }

    /** {@return number of metric values} */
    public int size() {
        return values.length;
    }

    /**
     * Persons evacuated in one time bin of one throughput series, without copying.
     *
     * @param series the series, in {@link MetricNames} order
     * @param bin the time bin, from 0
     * @return persons evacuated in it
     */
    public double throughput(int series, int bin) {
        return throughput[series][bin];
    }

    /** {@return number of throughput series} */
    public int seriesCount() {
        return throughput.length;
    }

    /**
     * Number of time bins of a throughput series.
     *
     * @param series the series, in {@link MetricNames} order
     * @return its number of bins
     */
    public int bins(int series) {
        return throughput[series].length;
    }

    /**
     * The metric names in order with their values, for tests and small tools.
     *
     * @param names the names of the model that produced this outcome
     * @return entries such as {@code evacuated=1234.0}
     */
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
