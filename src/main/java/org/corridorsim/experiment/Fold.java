package org.corridorsim.experiment;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.corridorsim.model.MetricNames;
import org.corridorsim.model.Outcome;
import org.corridorsim.stats.RunningSummary;
import org.corridorsim.stats.Summary;

/**
 * The one way replication outcomes become an {@link ExperimentResult}. Threads, a journal being
 * resumed and distributed runners all hand their outcomes to a fold, so the floating-point sums
 * behind every summary are the same to the bit whoever ran the replications.
 *
 * <p><b>Canonical order.</b> Outcomes are folded strictly in ascending replication index,
 * starting at 0, with no gaps: outcome {@code i} is folded only after outcomes {@code 0..i-1}.
 * {@link #offer} accepts outcomes in any order and holds back those that arrive early until the
 * gap before them is filled; a runner keeps that backlog small by not running far ahead of
 * {@link #next()}. Only when a run is interrupted ({@link #partial}) are the held-back outcomes
 * after a gap folded, still in ascending index order. When a replication fails, the partial
 * result holds exactly the replications before it, whoever ran them and however many threads
 * ran ahead.
 *
 * <p>Folding an outcome (1) adds each metric value to that metric's {@link RunningSummary}
 * (NaN, a metric the replication did not observe, is skipped and not counted in {@code n}),
 * (2) adds its throughput bins, per bin and cumulative, and (3) passes it to the row listener,
 * e.g. the writer of {@code replications.csv}. Memory is metrics plus series x bins, independent
 * of the number of replications.
 *
 * <p>A fold is not thread-safe; runners call it from one thread at a time.
 *
 * <pre>{@code
 * Fold fold = Fold.of(experiment);
 * for (Outcome outcome : outcomesInAnyOrder) {
 *     fold.offer(outcome);
 * }
 * ExperimentResult result = fold.result();
 * }</pre>
 */
public final class Fold {

    private final Experiment experiment;
    private final MetricNames names;
    private final RunningSummary[] summaries;
    private final ThroughputFold throughput;
    private final Consumer<Outcome> rows;
    private final TreeMap<Integer, Outcome> early = new TreeMap<>();
    private int next;
    private int folded;
    private int limit = Integer.MAX_VALUE;
    private long events;
    private boolean closed;

    private Fold(Experiment experiment, Consumer<Outcome> rows) {
        this.experiment = experiment;
        this.names = experiment.model.metricNames();
        this.summaries = new RunningSummary[names.size()];
        for (int m = 0; m < summaries.length; m++) {
            summaries[m] = new RunningSummary();
        }
        this.throughput = new ThroughputFold(names, experiment.model.evacuation().binWidth());
        this.rows = rows;
    }

    /**
     * A fold for {@code experiment}'s model and settings, with its outcome listener as row listener.
     *
     * @param experiment the experiment whose replications are folded
     * @return an empty fold
     */
    public static Fold of(Experiment experiment) {
        return new Fold(experiment, experiment.outcomes);
    }

    /**
     * A fold that also hands every folded outcome, in index order, to {@code rows}.
     *
     * @param experiment the experiment whose replications are folded
     * @param rows told of every folded outcome, in index order
     * @return an empty fold
     */
    public static Fold of(Experiment experiment, Consumer<Outcome> rows) {
        Consumer<Outcome> listener = experiment.outcomes;
        return new Fold(experiment, outcome -> {
            listener.accept(outcome);
            rows.accept(outcome);
        });
    }

    /**
     * Takes one replication's outcome, in any order. It is folded at once if it is the next
     * index, otherwise held until the outcomes before it arrive.
     *
     * @throws IllegalArgumentException if this replication was offered before
     * @throws IllegalStateException after {@link #partial}
     * @param outcome a replication of this experiment's model
     */
    public void offer(Outcome outcome) {
        if (closed) {
            throw new IllegalStateException("the fold has ended; replication " + outcome.replication() + " came too late");
        }
        int r = outcome.replication();
        if (r < next || early.containsKey(r)) {
            throw new IllegalArgumentException("replication " + r + " was offered twice");
        }
        if (r < 0) {
            throw new IllegalArgumentException("replication index must be at least 0, got " + r);
        }
        early.put(r, outcome);
        drain();
    }

    /** {@return the index folded next: every replication below it has been folded} */
    public int next() {
        return next;
    }

    /**
     * Whether replication {@code r} was folded or is held, i.e. need not be run.
     *
     * @param r a replication index
     * @return true if it need not be run
     */
    public boolean has(int r) {
        return r < next || early.containsKey(r);
    }

    /** {@return how many outcomes are held back waiting for an earlier one} */
    public int held() {
        return early.size();
    }

    /**
     * Folds no index at or above {@code end} until the limit is raised; a precision target uses
     * it to look at exactly the first {@code end} replications.
     */
    void limit(int end) {
        limit = end;
        drain();
    }

    private void drain() {
        while (next < limit && !early.isEmpty() && early.firstKey() == next) {
            fold(early.pollFirstEntry().getValue());
            next++;
        }
    }

    private void fold(Outcome outcome) {
        double[] values = outcome.values();
        if (values.length != summaries.length) {
            throw new IllegalArgumentException("replication " + outcome.replication() + " has " + values.length
                    + " metric values, expected " + summaries.length);
        }
        for (int m = 0; m < values.length; m++) {
            summaries[m].add(values[m]);
        }
        throughput.add(outcome);
        events += outcome.events();
        folded++;
        rows.accept(outcome);
    }

    /**
     * The summary so far of one metric.
     *
     * @param metric a metric name
     * @return its summary over the folded replications
     */
    public Summary summary(String metric) {
        return summaries[names.index(metric)].summary(experiment.confidence);
    }

    /** {@return how many outcomes have been folded} */
    public int folded() {
        return folded;
    }

    /**
     * The result of a complete run of the experiment's replications.
     *
     * @throws IllegalStateException unless exactly replications 0..n-1 were folded
     * @return the result
     */
    public ExperimentResult result() {
        if (next != experiment.replications || !early.isEmpty()) {
            throw new IllegalStateException("the fold has replications 0.." + (next - 1) + " and " + early.size()
                    + " held back, but the experiment asks for " + experiment.replications);
        }
        return result(ExperimentResult.Stop.REPLICATIONS, experiment.replications, Optional.empty());
    }

    /**
     * The result of a run that ended early; no more outcomes are accepted. When replication
     * {@code failure.replication()} failed, the result holds replications {@code 0} up to it
     * (exclusive), the same set whatever the threads or runner; outcomes that other threads
     * completed beyond it are dropped here (a journal still keeps them for a resume). When the run
     * was interrupted, the held-back outcomes after the first gap are folded too, in index order.
     *
     * @param requested how many replications were asked for
     * @param failure why the run ended early
     * @return the partial result
     */
    public ExperimentResult partial(int requested, ExperimentResult.Failure failure) {
        limit = Integer.MAX_VALUE;
        int failed = failure.replication();
        for (Map.Entry<Integer, Outcome> entry : early.entrySet()) {
            if (failed < 0 || entry.getKey() < failed) {
                fold(entry.getValue());
            }
        }
        early.clear();
        closed = true;
        return result(ExperimentResult.Stop.INCOMPLETE, requested, Optional.of(failure));
    }

    ExperimentResult result(ExperimentResult.Stop stop, int requested, Optional<ExperimentResult.Failure> failure) {
        Map<String, Summary> byMetric = new java.util.LinkedHashMap<>();
        java.util.List<String> metricNames = names.names();
        for (int m = 0; m < summaries.length; m++) {
            byMetric.put(metricNames.get(m), summaries[m].summary(experiment.confidence));
        }
        return new ExperimentResult(experiment, names, byMetric, throughput.perBin(experiment.confidence),
                throughput.cumulative(experiment.confidence), folded, requested, events, stop, failure);
    }
}
