package org.corridorsim.experiment;

import java.time.Duration;
import java.util.Collections;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.corridorsim.model.EvacuationModel;
import org.corridorsim.model.Outcome;
import org.corridorsim.scenario.ExperimentSettings;
import org.corridorsim.scenario.Scenario;

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
 * and outcomes are folded into the summaries strictly in index order by a {@link Fold}, so every
 * number in the result is identical to the last bit whatever the thread count, and whether
 * some replications were run earlier and are {@link #resume resumed} from a journal.
 *
 * <p>An {@code Experiment} is immutable: each setter returns a changed copy, so one can serve as
 * a template for a comparison or a sweep.
 */
public final class Experiment {

    /** The number of replications of {@link #of(EvacuationModel)}. */
    public static final int DEFAULT_REPLICATIONS = 10;
    /** The seed of {@link #of(EvacuationModel)}. */
    public static final long DEFAULT_SEED = 1;
    /** The confidence level of {@link #of(EvacuationModel)}'s intervals. */
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
    final Consumer<Outcome> outcomes;
    final Consumer<Outcome> recorder;
    final Duration timeout;
    /** Where the replications run; null for this experiment's own threads. */
    final Replicator.Placement placement;

    private Experiment(EvacuationModel model, String scenarioId, String title, int replications, long seed,
            double confidence, int threads, Optional<Precision> precision, Progress progress,
            Consumer<Outcome> outcomes, Consumer<Outcome> recorder, Duration timeout, Replicator.Placement placement) {
        this.model = model;
        this.scenarioId = scenarioId;
        this.title = title;
        this.replications = replications;
        this.seed = seed;
        this.confidence = confidence;
        this.threads = threads;
        this.precision = precision;
        this.progress = progress;
        this.outcomes = outcomes;
        this.recorder = recorder;
        this.timeout = timeout;
        this.placement = placement;
    }

    private Experiment with(EvacuationModel m, String id, String t, int n, long s, double c, int th,
            Optional<Precision> p, Progress pr, Consumer<Outcome> o, Consumer<Outcome> rec, Duration to) {
        return new Experiment(m, id, t, n, s, c, th, p, pr, o, rec, to, placement);
    }

    /**
     * An experiment of {@value #DEFAULT_REPLICATIONS} replications with seed {@value #DEFAULT_SEED}
     * and {@value #DEFAULT_CONFIDENCE} confidence on one thread.
     *
     * @param model the model the replications run
     * @return the experiment, not yet run
     */
    public static Experiment of(EvacuationModel model) {
        Objects.requireNonNull(model, "model");
        return new Experiment(model, "model", "", DEFAULT_REPLICATIONS, DEFAULT_SEED, DEFAULT_CONFIDENCE, 1,
                Optional.empty(), Progress.NONE, outcome -> { }, outcome -> { }, Duration.ZERO, null);
    }

    /**
     * An experiment of a loaded scenario as its {@code experiment:} block says: its replications,
     * seed and confidence, time bins of its {@code bin} width, and its id and title on the
     * results; one thread. Each setting can still be changed:
     * {@code Experiment.of(scenario).replications(1000).threads(8)}.
     *
     * @param scenario a loaded scenario
     * @return the experiment, not yet run
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

    /**
     * The same settings for another model, e.g. a scenario variant.
     *
     * @param other the model to run instead
     * @return a copy with this setting
     */
    public Experiment model(EvacuationModel other) {
        return with(other, scenarioId, title, replications, seed, confidence, threads, precision, progress, outcomes,
                recorder, timeout);
    }

    /** {@return the model the replications run} */
    public EvacuationModel model() {
        return model;
    }

    /**
     * The scenario id and title carried into the result and its files.
     *
     * @param id the scenario id
     * @param scenarioTitle its display title
     * @return a copy with this setting
     */
    public Experiment scenario(String id, String scenarioTitle) {
        if (id.isBlank()) {
            throw new IllegalArgumentException("scenario id must not be blank, got \"" + id + "\"");
        }
        return with(model, id, scenarioTitle, replications, seed, confidence, threads, precision, progress, outcomes,
                recorder, timeout);
    }

    /**
     * The number of replications; under a {@link Precision} target, the first batch.
     *
     * @param count at least 1
     * @return a copy with this setting
     * @throws IllegalArgumentException if {@code count} is below 1
     */
    public Experiment replications(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("replications must be at least 1, got " + count);
        }
        return with(model, scenarioId, title, count, seed, confidence, threads, precision, progress, outcomes,
                recorder, timeout);
    }

    /** {@return the number of replications asked for (the first batch under a precision target)} */
    public int replications() {
        return replications;
    }

    /**
     * The experiment seed; every replication's random streams derive from it and the replication index.
     *
     * @param experimentSeed any value
     * @return a copy with this setting
     */
    public Experiment seed(long experimentSeed) {
        return with(model, scenarioId, title, replications, experimentSeed, confidence, threads, precision, progress,
                outcomes, recorder, timeout);
    }

    /**
     * The confidence level of the reported intervals.
     *
     * @param level in (0, 1), e.g. 0.95
     * @return a copy with this setting
     * @throws IllegalArgumentException if {@code level} is outside (0, 1)
     */
    public Experiment confidence(double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence must be between 0 and 1 exclusive, got " + level);
        }
        return with(model, scenarioId, title, replications, seed, level, threads, precision, progress, outcomes,
                recorder, timeout);
    }

    /** {@return the number of worker threads} */
    public int threads() {
        return threads;
    }

    /**
     * Worker threads; the results do not depend on this number.
     *
     * @param count at least 1
     * @return a copy with this setting
     * @throws IllegalArgumentException if {@code count} is below 1
     */
    public Experiment threads(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + count);
        }
        return with(model, scenarioId, title, replications, seed, confidence, count, precision, progress, outcomes,
                recorder, timeout);
    }

    /**
     * Adds batches of replications until {@code target} is met; see {@link Precision}.
     *
     * @param target the metric, the half-width wanted and the most replications allowed
     * @return a copy with this setting
     */
    public Experiment precision(Precision target) {
        return with(model, scenarioId, title, replications, seed, confidence, threads, Optional.of(target), progress,
                outcomes, recorder, timeout);
    }

    /** {@return a fixed number of replications again, without a precision target} */
    public Experiment fixedReplications() {
        return with(model, scenarioId, title, replications, seed, confidence, threads, Optional.empty(), progress,
                outcomes, recorder, timeout);
    }

    /**
     * Told of every completed replication; see {@link Progress} for the threading rules.
     *
     * @param listener the listener
     * @return a copy with this setting
     */
    public Experiment onProgress(Progress listener) {
        return with(model, scenarioId, title, replications, seed, confidence, threads, precision, listener, outcomes,
                recorder, timeout);
    }

    /**
     * Given every folded outcome in replication-index order (the rows of {@code replications.csv}),
     * from one thread at a time. This is how to see per-replication values: the result keeps
     * only their summaries.
     *
     * @param listener the listener
     * @return a copy with this setting
     */
    public Experiment onOutcome(Consumer<Outcome> listener) {
        return with(model, scenarioId, title, replications, seed, confidence, threads, precision, progress, listener,
                recorder, timeout);
    }

    /**
     * Given every replication newly run, as soon as it completes, in completion order and from one
     * thread at a time, before it is folded; e.g. a journal that makes the run resumable.
     *
     * @param journal the recorder
     * @return a copy with this setting
     */
    public Experiment recordTo(Consumer<Outcome> journal) {
        return with(model, scenarioId, title, replications, seed, confidence, threads, precision, progress, outcomes,
                journal, timeout);
    }

    /**
     * Fails a replication that runs longer than {@code limit} of wall time, e.g. because a
     * blocking policy loops or sleeps; {@link Duration#ZERO} (the default) sets no limit. The
     * run then ends as after any failure, keeping what completed.
     *
     * @param limit wall time per replication, not negative; {@link Duration#ZERO} for none
     * @return a copy with this setting
     */
    public Experiment replicationTimeout(Duration limit) {
        if (limit.isNegative()) {
            throw new IllegalArgumentException("replication timeout must not be negative, got " + limit);
        }
        return with(model, scenarioId, title, replications, seed, confidence, threads, precision, progress, outcomes,
                recorder, limit);
    }

    /**
     * Runs the replications somewhere other than this experiment's own threads, e.g. on a cluster.
     * The results are the same to the bit: outcomes are folded in index order wherever they are
     * computed.
     *
     * @param where opens the replicator of each run; see {@link Replicator}
     * @return a copy that runs there
     */
    public Experiment on(Replicator.Placement where) {
        Objects.requireNonNull(where, "where");
        return new Experiment(model, scenarioId, title, replications, seed, confidence, threads, precision, progress,
                outcomes, recorder, timeout, where);
    }

    /**
     * Runs the replications and summarises them.
     *
     * @throws ExperimentFailure if a replication throws or times out, or this thread is
     *         interrupted; it holds the replications that completed (the interrupt flag is set
     *         again before throwing)
     * @throws IllegalArgumentException if the precision metric is unknown or its maximum is
     *         below the first batch
     * @return the summaries across replications
     */
    public ExperimentResult run() {
        return resume(Collections.emptyIterator());
    }

    /**
     * Runs, keeping every newly completed replication in {@code journal} under {@code unit} and
     * folding those it already holds for that unit instead of running them again; see
     * {@link #resume}.
     *
     * @param journal where completed replications are kept
     * @param unit the key of this experiment's outcomes in the journal, e.g. a variant label
     * @return the summaries across replications
     */
    public ExperimentResult run(Journal journal, String unit) {
        Consumer<Outcome> before = recorder;
        return recordTo(outcome -> {
            before.accept(outcome);
            journal.record(unit, outcome);
        }).resume(journal.recorded(unit));
    }

    /**
     * Like {@link #run()}, but first folds {@code recorded}, outcomes of this experiment's
     * replications computed earlier (e.g. read back from a journal), and runs only the others.
     * The result is identical to the bit to that of an uninterrupted run. Outcomes at or beyond
     * the largest number of replications the experiment may run are ignored.
     *
     * @param recorded outcomes computed earlier, in any order
     * @return the summaries across replications, as an uninterrupted run gives
     */
    public ExperimentResult resume(Iterator<Outcome> recorded) {
        return new ExperimentRun(this).resume(recorded);
    }

    @Override
    public String toString() {
        return "Experiment[" + scenarioId + ", " + replications + " replications, seed " + seed + ", confidence "
                + confidence + ", " + threads + " threads" + precision.map(p -> ", " + p).orElse("") + "]";
    }
}
