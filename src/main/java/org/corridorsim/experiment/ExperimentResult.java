package org.corridorsim.experiment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.corridorsim.model.MetricNames;
import org.corridorsim.stats.Summary;

/**
 * What an experiment produced: each metric summarised across the replications that completed,
 * and the throughput per time bin with confidence intervals. Built by a {@link Fold}; the
 * per-replication values are not kept (they are streamed to {@code replications.csv}, or to a
 * listener given to {@link Experiment#onOutcome}).
 *
 * <p>A partial result ({@link #complete()} false) comes from a run that failed, timed out or was
 * interrupted; it holds the replications that completed, possibly none, and says why in
 * {@link #failure()}.
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
        /** A replication failed or the run was interrupted; see {@link #failure()}. */
        INCOMPLETE
    }

    /**
     * Why a run ended early.
     *
     * @param replication the failing replication, or -1 when the run was interrupted or stopped
     * @param message what happened, in the user's terms
     */
    public record Failure(int replication, String message) {

        /**
         * A failure of no particular replication, e.g. an interrupt.
         *
         * @param message what happened, in the user's terms
         * @return the failure
         */
        public static Failure of(String message) {
            return new Failure(-1, message);
        }

        /** {@return the failing replication's index; empty for a failure of no particular replication} */
        public OptionalInt failedReplication() {
            return replication < 0 ? OptionalInt.empty() : OptionalInt.of(replication);
        }
    }

    private final String scenarioId;
    private final String title;
    private final long seed;
    private final double confidence;
    private final Optional<Precision> precision;
    private final Stop stop;
    private final List<String> metrics;
    private final int completed;
    private final int requested;
    private final long events;
    private final double binWidth;
    private final Map<String, Summary> summaries;
    private final List<ThroughputSummary> throughput;
    private final List<ThroughputSummary> cumulative;
    private final Optional<Failure> failure;

    ExperimentResult(Experiment experiment, MetricNames names, Map<String, Summary> summaries,
            List<ThroughputSummary> throughput, List<ThroughputSummary> cumulative, int completed, int requested,
            long events, Stop stop, Optional<Failure> failure) {
        this.scenarioId = experiment.scenarioId;
        this.title = experiment.title;
        this.seed = experiment.seed;
        this.confidence = experiment.confidence;
        this.precision = experiment.precision;
        this.stop = stop;
        this.metrics = names.names();
        this.binWidth = experiment.model.evacuation().binWidth();
        this.completed = completed;
        this.requested = requested;
        this.events = events;
        this.summaries = completed == 0 ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(summaries));
        this.throughput = List.copyOf(throughput);
        this.cumulative = List.copyOf(cumulative);
        this.failure = failure;
    }

    /** {@return the scenario id carried into the result's files} */
    public String scenarioId() {
        return scenarioId;
    }

    /** {@return the scenario title} */
    public String title() {
        return title;
    }

    /** {@return the experiment seed} */
    public long seed() {
        return seed;
    }

    /** {@return the confidence level of the intervals} */
    public double confidence() {
        return confidence;
    }

    /** {@return the precision target, if one was set} */
    public Optional<Precision> precision() {
        return precision;
    }

    /** {@return why the run stopped} */
    public Stop stop() {
        return stop;
    }

    /** {@return whether every requested replication completed (false after a failure, timeout or interrupt)} */
    public boolean complete() {
        return stop != Stop.INCOMPLETE;
    }

    /**
     * Whether a {@link Precision} target was set and not met: the run is complete but the
     * interval is wider than asked for.
     *
     * @return true if the target was missed
     */
    public boolean precisionMissed() {
        return stop == Stop.MAX_REPLICATIONS;
    }

    /** {@return why the run ended early; empty for a complete result} */
    public Optional<Failure> failure() {
        return failure;
    }

    /**
     * Under a {@link Precision} target, the relative half-width reached on its metric:
     * half-width / |mean|; NaN without a target or when there is no interval.
     *
     * @return the relative half-width reached
     */
    public double achievedPrecision() {
        if (precision.isEmpty()) {
            return Double.NaN;
        }
        Summary s = summaries.get(precision.get().metric());
        return s == null ? Double.NaN : s.halfWidth() / Math.abs(s.mean());
    }

    /** {@return the metric names, in the model's order} */
    public List<String> metrics() {
        return metrics;
    }

    /** {@return how many replications completed and are summarised} */
    public int replications() {
        return completed;
    }

    /** {@return how many replications were asked for: the fixed count, or under a precision target the count planned so far} */
    public int requested() {
        return requested;
    }

    /** {@return events executed by the simulator, summed over replications} */
    public long events() {
        return events;
    }

    /** {@return the width of the throughput bins, in seconds} */
    public double binWidth() {
        return binWidth;
    }

    /** {@return every metric's summary, in metric order; empty when no replication completed} */
    public Map<String, Summary> summaries() {
        return summaries;
    }

    /**
     * One metric's summary across replications.
     *
     * @param metric a metric name
     * @return its summary
     * @throws IllegalArgumentException if there is no such metric
     * @throws IllegalStateException if no replication completed
     */
    public Summary summary(String metric) {
        Summary summary = summaries.get(metric);
        if (summary == null) {
            if (!metrics.contains(metric)) {
                throw new IllegalArgumentException("unknown metric '" + metric + "'; known metrics are " + metrics);
            }
            throw new IllegalStateException("no replication completed, so '" + metric + "' has no summary");
        }
        return summary;
    }

    /** {@return one entry per throughput series, in the model's series order; empty when no replication completed} */
    public List<ThroughputSummary> throughput() {
        return throughput;
    }

    /**
     * Like {@link #throughput()}, but each bin holds the persons evacuated from the start up to the
     * end of that bin, with its own confidence interval across replications.
     *
     * @return one entry per throughput series, in the model's series order
     */
    public List<ThroughputSummary> cumulative() {
        return cumulative;
    }

    @Override
    public String toString() {
        return "ExperimentResult[" + scenarioId + ", " + completed + " of " + requested + " replications, seed " + seed
                + ", " + stop + "]";
    }
}
