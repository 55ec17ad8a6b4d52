package org.corridorsim.experiment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corridorsim.model.MetricNames;
import org.corridorsim.model.Outcome;
import org.corridorsim.stats.Summary;

/**
 * What an experiment produced: every replication's metric values in replication order, their
 * summaries across replications, and the throughput per time bin with confidence intervals.
 *
 * <p>A result from a failed or interrupted run ({@link ExperimentFailure#partial()}) holds only
 * the replications that completed; it may hold none, and then has no summaries.
 */
public final class ExperimentResult {

    /** Why the experiment stopped adding replications. */
    public enum Stop {
        /** The fixed number of replications ran. */
        REPLICATIONS,
        /** The {@link Precision} target was met. */
        PRECISION_MET,
        /** The {@link Precision} target was not met within its maximum replications. */
        MAX_REPLICATIONS,
        /** A replication failed or the run was interrupted; see {@link ExperimentFailure}. */
        INCOMPLETE
    }

    private final String scenarioId;
    private final String title;
    private final long seed;
    private final double confidence;
    private final Optional<Precision> precision;
    private final Stop stop;
    private final List<String> metrics;
    private final int[] indices;
    private final double[][] values;
    private final long events;
    private final double binWidth;
    private final Map<String, Summary> summaries;
    private final List<ThroughputSummary> throughput;
    private final List<ThroughputSummary> cumulative;
    private final MetricNames names;
    private final double horizon;
    private final double[][][] throughputByRow;

    /** Summarises {@code outcomes}, which must be in ascending replication order. */
    ExperimentResult(Experiment experiment, MetricNames names, List<Outcome> outcomes, Stop stop) {
        this.scenarioId = experiment.scenarioId;
        this.title = experiment.title;
        this.seed = experiment.seed;
        this.confidence = experiment.confidence;
        this.precision = experiment.precision;
        this.stop = stop;
        this.metrics = names.names();
        this.binWidth = experiment.model.evacuation().binWidth();
        this.names = names;
        this.horizon = experiment.model.evacuation().horizon();
        this.throughputByRow = outcomes.stream().map(Outcome::throughput).toArray(double[][][]::new);
        int n = outcomes.size();
        indices = new int[n];
        values = new double[n][];
        long eventCount = 0;
        for (int row = 0; row < n; row++) {
            Outcome outcome = outcomes.get(row);
            indices[row] = outcome.replication();
            values[row] = outcome.values().clone();
            eventCount += outcome.events();
        }
        events = eventCount;
        summaries = summarise();
        throughput = summariseThroughput(names, outcomes, false);
        cumulative = summariseThroughput(names, outcomes, true);
    }

    private Map<String, Summary> summarise() {
        Map<String, Summary> byMetric = new LinkedHashMap<>();
        if (indices.length > 0) {
            for (int m = 0; m < metrics.size(); m++) {
                byMetric.put(metrics.get(m), Summary.of(column(m), confidence));
            }
        }
        return Collections.unmodifiableMap(byMetric);
    }

    /** Per bin, or (when {@code running}) up to the end of each bin, summarised across replications. */
    private List<ThroughputSummary> summariseThroughput(MetricNames names, List<Outcome> outcomes, boolean running) {
        if (outcomes.isEmpty()) {
            return List.of();
        }
        List<ThroughputSummary> series = new ArrayList<>(names.seriesCount());
        double[] perReplication = new double[outcomes.size()];
        double[] sums = new double[outcomes.size()];
        for (int s = 0; s < names.seriesCount(); s++) {
            java.util.Arrays.fill(sums, 0);
            int bins = outcomes.get(0).throughput()[s].length;
            double[] mean = new double[bins];
            double[] lower = new double[bins];
            double[] upper = new double[bins];
            for (int bin = 0; bin < bins; bin++) {
                for (int row = 0; row < perReplication.length; row++) {
                    double value = outcomes.get(row).throughput()[s][bin];
                    sums[row] += value;
                    perReplication[row] = running ? sums[row] : value;
                }
                Summary summary = Summary.of(perReplication, confidence);
                mean[bin] = summary.mean();
                // persons per bin cannot be negative: the interval is clipped at 0 (docs/model.md)
                lower[bin] = summary.lower(0);
                upper[bin] = summary.upper();
            }
            series.add(new ThroughputSummary(names.seriesCorridor(s), names.seriesKind(s), binWidth, mean, lower, upper));
        }
        return List.copyOf(series);
    }

    public String scenarioId() {
        return scenarioId;
    }

    public String title() {
        return title;
    }

    public long seed() {
        return seed;
    }

    public double confidence() {
        return confidence;
    }

    public Optional<Precision> precision() {
        return precision;
    }

    public Stop stop() {
        return stop;
    }

    /**
     * Under a {@link Precision} target, the relative half-width reached on its metric:
     * half-width / |mean|; NaN without a target or when there is no interval.
     */
    public double achievedPrecision() {
        if (precision.isEmpty()) {
            return Double.NaN;
        }
        Summary s = summaries.get(precision.get().metric());
        return s == null ? Double.NaN : s.halfWidth() / Math.abs(s.mean());
    }

    /** The metric names, in the model's order; the columns of {@link #values()}. */
    public List<String> metrics() {
        return metrics;
    }

    /** How many replications the result holds. */
    public int replications() {
        return indices.length;
    }

    /** The replication index of row {@code row}; equal to {@code row} unless the run was incomplete. */
    public int replicationIndex(int row) {
        return indices[row];
    }

    /** A copy of the values, one row per replication in index order, one column per metric. */
    public double[][] values() {
        double[][] copy = new double[values.length][];
        for (int row = 0; row < values.length; row++) {
            copy[row] = values[row].clone();
        }
        return copy;
    }

    /** {@code metric}'s value in every replication, in index order. */
    public double[] values(String metric) {
        return column(metricIndex(metric));
    }

    /** Events executed by the simulator, summed over replications. */
    public long events() {
        return events;
    }

    /** The width of the throughput bins, in seconds. */
    public double binWidth() {
        return binWidth;
    }

    /** Every metric's summary, in metric order; empty when no replication completed. */
    public Map<String, Summary> summaries() {
        return summaries;
    }

    public Summary summary(String metric) {
        Summary summary = summaries.get(metric);
        if (summary == null) {
            metricIndex(metric);
            throw new IllegalStateException("no replication completed, so '" + metric + "' has no summary");
        }
        return summary;
    }

    /**
     * Per replication (in row order), the value of {@code metric} at {@code seconds}: for a
     * cumulative count ({@code evacuated}, {@code evacuated.<kind>}, {@code corridor.<id>.evacuated})
     * before the horizon, the persons evacuated up to then, counting the share of the time bin it
     * falls in as if that bin's evacuations were spread evenly; otherwise the metric's value.
     */
    public double[] valuesAt(String metric, double seconds) {
        java.util.OptionalInt series = org.corridorsim.scenario.Observation.series(metric, names);
        if (series.isEmpty() || seconds >= horizon) {
            return values(metric);
        }
        double[] counts = new double[throughputByRow.length];
        int whole = (int) Math.floor(seconds / binWidth);
        double binEnd = Math.min(horizon, (whole + 1) * binWidth);
        double share = (seconds - whole * binWidth) / (binEnd - whole * binWidth);
        for (int row = 0; row < counts.length; row++) {
            double[] bins = throughputByRow[row][series.getAsInt()];
            double sum = 0;
            for (int bin = 0; bin < whole && bin < bins.length; bin++) {
                sum += bins[bin];
            }
            counts[row] = whole < bins.length ? sum + share * bins[whole] : sum;
        }
        return counts;
    }

    /** One entry per throughput series, in the model's series order; empty when no replication completed. */
    public List<ThroughputSummary> throughput() {
        return throughput;
    }

    /**
     * Like {@link #throughput()}, but each bin holds the persons evacuated from the start up to the
     * end of that bin, with its own confidence interval across replications.
     */
    public List<ThroughputSummary> cumulative() {
        return cumulative;
    }

    private int metricIndex(String metric) {
        int m = metrics.indexOf(metric);
        if (m < 0) {
            throw new IllegalArgumentException("unknown metric '" + metric + "'; known metrics are " + metrics);
        }
        return m;
    }

    private double[] column(int metric) {
        double[] column = new double[values.length];
        for (int row = 0; row < values.length; row++) {
            column[row] = values[row][metric];
        }
        return column;
    }

    @Override
    public String toString() {
        return "ExperimentResult[" + scenarioId + ", " + indices.length + " replications, seed " + seed + ", " + stop + "]";
    }
}
