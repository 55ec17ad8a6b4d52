package org.corridorsim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.corridorsim.model.EvacuationModel;
import org.corridorsim.model.MetricNames;
import org.corridorsim.model.Outcome;
import org.corridorsim.random.RandomStreams;
import org.corridorsim.scenario.ExperimentSettings;
import org.corridorsim.scenario.Scenario;
import org.corridorsim.stats.Summary;

/**
 * Independent replications of one model, run on one or more threads and summarised across
 * replications.
 *
 * <pre>{@code
 * ExperimentResult result = Experiment.of(model).replications(100).seed(42).threads(4).run();
 * double evacuated = result.summary("evacuated").mean();
 * }</pre>
 *
 * <p>Replication {@code i} draws only from {@code new RandomStreams(seed)} at index {@code i},
 * and results are collected by index before they are summarised, so every number in the result
 * is identical to the last bit whatever the thread count.
 *
 * <p>An {@code Experiment} is immutable: each setter returns a changed copy, so one can serve as
 * a template for a comparison or a sweep.
 */
public final class Experiment {

    public static final int DEFAULT_REPLICATIONS = 10;
    public static final long DEFAULT_SEED = 1;
    public static final double DEFAULT_CONFIDENCE = 0.95;

    final EvacuationModel model;
    final String scenarioId;
    final String title;
    final int replications;
    final long seed;
    final double confidence;
    final int threads;
    final Optional<Precision> precision;
    final Progress progress;

    private Experiment(EvacuationModel model, String scenarioId, String title, int replications, long seed,
            double confidence, int threads, Optional<Precision> precision, Progress progress) {
        this.model = model;
        this.scenarioId = scenarioId;
        this.title = title;
        this.replications = replications;
        this.seed = seed;
        this.confidence = confidence;
        this.threads = threads;
        this.precision = precision;
        this.progress = progress;
    }

    /**
     * An experiment of {@value #DEFAULT_REPLICATIONS} replications with seed {@value #DEFAULT_SEED}
     * and {@value #DEFAULT_CONFIDENCE} confidence on one thread.
     */
    public static Experiment of(EvacuationModel model) {
        Objects.requireNonNull(model, "model");
        return new Experiment(model, "model", "", DEFAULT_REPLICATIONS, DEFAULT_SEED, DEFAULT_CONFIDENCE, 1,
                Optional.empty(), Progress.NONE);
    }

    /**
     * An experiment of a loaded scenario as its {@code experiment:} block says: its replications,
     * seed and confidence, time bins of its {@code bin} width, and its id and title on the
     * results; one thread. Each setting can still be changed:
     * {@code Experiment.of(scenario).replications(1000).threads(8)}.
     */
    public static Experiment of(Scenario scenario) {
        Objects.requireNonNull(scenario, "scenario");
        ExperimentSettings settings = scenario.experiment();
        return of(new EvacuationModel(scenario.evacuation()))
                .scenario(scenario.id(), scenario.title())
                .replications(settings.replications())
                .seed(settings.seed())
                .confidence(settings.confidence());
    }

    /** The same settings for another model, e.g. a scenario variant. */
    public Experiment model(EvacuationModel other) {
        return new Experiment(other, scenarioId, title, replications, seed, confidence, threads, precision, progress);
    }

    /** The scenario id and title carried into the result and its files. */
    public Experiment scenario(String id, String scenarioTitle) {
        if (id.isBlank()) {
            throw new IllegalArgumentException("scenario id must not be blank, got \"" + id + "\"");
        }
        return new Experiment(model, id, scenarioTitle, replications, seed, confidence, threads, precision, progress);
    }

    /** The number of replications; under a {@link Precision} target, the first batch. */
    public Experiment replications(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("replications must be at least 1, got " + count);
        }
        return new Experiment(model, scenarioId, title, count, seed, confidence, threads, precision, progress);
    }

    public Experiment seed(long experimentSeed) {
        return new Experiment(model, scenarioId, title, replications, experimentSeed, confidence, threads, precision,
                progress);
    }

    public Experiment confidence(double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence must be between 0 and 1 exclusive, got " + level);
        }
        return new Experiment(model, scenarioId, title, replications, seed, level, threads, precision, progress);
    }

    /** Worker threads; the results do not depend on this number. */
    public Experiment threads(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + count);
        }
        return new Experiment(model, scenarioId, title, replications, seed, confidence, count, precision, progress);
    }

    /** Adds batches of replications until {@code target} is met; see {@link Precision}. */
    public Experiment precision(Precision target) {
        return new Experiment(model, scenarioId, title, replications, seed, confidence, threads, Optional.of(target),
                progress);
    }

    /** A fixed number of replications again, without a precision target. */
    public Experiment fixedReplications() {
        return new Experiment(model, scenarioId, title, replications, seed, confidence, threads, Optional.empty(),
                progress);
    }

    /** Told of every completed replication; see {@link Progress} for the threading rules. */
    public Experiment onProgress(Progress listener) {
        return new Experiment(model, scenarioId, title, replications, seed, confidence, threads, precision, listener);
    }

    /**
     * Runs the replications and summarises them.
     *
     * @throws ExperimentFailure if a replication throws or this thread is interrupted; it holds
     *         the replications that completed (the interrupt flag is set again before throwing)
     * @throws IllegalArgumentException if the precision metric is unknown or its maximum is
     *         below the first batch
     */
    public ExperimentResult run() {
        MetricNames names = model.metricNames();
        int limit = precision.map(Precision::maxReplications).orElse(replications);
        precision.ifPresent(target -> requireUsable(target, names));
        AtomicReferenceArray<Outcome> outcomes = new AtomicReferenceArray<>(limit);
        int done = 0;
        int planned = replications;
        try (ReplicationPool pool = new ReplicationPool(model, new RandomStreams(seed), threads, progress)) {
            while (true) {
                SortedMap<Integer, Throwable> failures = pool.run(done, planned, outcomes);
                if (!failures.isEmpty()) {
                    throw failure(failures, names, outcomes, planned);
                }
                done = planned;
                if (precision.isEmpty()) {
                    return result(names, outcomes, done, ExperimentResult.Stop.REPLICATIONS);
                }
                Precision target = precision.get();
                if (isMet(target, names, outcomes, done)) {
                    return result(names, outcomes, done, ExperimentResult.Stop.PRECISION_MET);
                }
                if (done == limit) {
                    return result(names, outcomes, done, ExperimentResult.Stop.MAX_REPLICATIONS);
                }
                planned = Math.min(limit, done + target.batch());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ExperimentFailure.interrupted(result(names, outcomes, planned, ExperimentResult.Stop.INCOMPLETE),
                    planned);
        }
    }

    private void requireUsable(Precision target, MetricNames names) {
        if (!names.contains(target.metric())) {
            throw new IllegalArgumentException("precision metric '" + target.metric() + "' is not a metric of "
                    + scenarioId + "; known metrics are " + names.names());
        }
        if (target.maxReplications() < replications) {
            throw new IllegalArgumentException("maximum replications " + target.maxReplications()
                    + " must be at least the first batch of " + replications);
        }
    }

    private boolean isMet(Precision target, MetricNames names, AtomicReferenceArray<Outcome> outcomes, int done) {
        int metric = names.index(target.metric());
        double[] values = new double[done];
        for (int r = 0; r < done; r++) {
            values[r] = outcomes.get(r).value(metric);
        }
        Summary summary = Summary.of(values, confidence);
        return target.isMetBy(summary.halfWidth(), summary.mean());
    }

    private ExperimentFailure failure(SortedMap<Integer, Throwable> failures, MetricNames names,
            AtomicReferenceArray<Outcome> outcomes, int planned) {
        int first = failures.firstKey();
        ExperimentResult partial = result(names, outcomes, planned, ExperimentResult.Stop.INCOMPLETE);
        Throwable cause = failures.get(first);
        ExperimentFailure failure = ExperimentFailure.replicationFailed(first, cause, partial);
        failures.tailMap(first + 1).values().stream().filter(other -> other != cause).forEach(failure::addSuppressed);
        return failure;
    }

    /** The completed replications below {@code end}, in index order; gaps are replications that did not finish. */
    private ExperimentResult result(MetricNames names, AtomicReferenceArray<Outcome> outcomes, int end,
            ExperimentResult.Stop stop) {
        List<Outcome> completed = new ArrayList<>(end);
        for (int r = 0; r < end; r++) {
            Outcome outcome = outcomes.get(r);
            if (outcome != null) {
                completed.add(outcome);
            }
        }
        return new ExperimentResult(this, names, completed, stop);
    }

    @Override
    public String toString() {
        return "Experiment[" + scenarioId + ", " + replications + " replications, seed " + seed + ", confidence "
                + confidence + ", " + threads + " threads" + precision.map(p -> ", " + p).orElse("") + "]";
    }
}
