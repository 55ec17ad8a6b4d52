package org.corridorsim.planning;

import java.util.ArrayList;
import java.util.List;
import org.corridorsim.experiment.Experiment;
import org.corridorsim.experiment.Journal;
import org.corridorsim.experiment.Progress;
import org.corridorsim.model.EvacuationModel;
import org.corridorsim.model.MetricNames;
import org.corridorsim.model.Outcome;
import org.corridorsim.scenario.Planning;

/**
 * Runs one configuration in batches (the first batch, then doubling up to the most allowed) and
 * after each batch checks every target with one-sided bounds at level {@code alpha}; stops as soon
 * as every target is met or one is missed. Replication {@code r} of every configuration draws from
 * the same streams, so configurations are compared under common random numbers.
 */
final class Sequential {

    private final Experiment template;
    private final Planning planning;
    private final List<Integer> looks;
    private final double alpha;

    /** The outcome of running one configuration. */
    record Evaluated(Verdict verdict, int replications, List<TargetEstimate> estimates) {}

    Sequential(Experiment template, Planning planning, int firstBatch) {
        this.template = template;
        this.planning = planning;
        this.looks = looks(firstBatch, planning.maxReplications());
        this.alpha = (1 - planning.confidence()) / (looks.size() * planning.targets().size());
    }

    /** The sample sizes at which the targets are checked: the first batch, doubling, ending at the most allowed. */
    static List<Integer> looks(int firstBatch, int most) {
        List<Integer> looks = new ArrayList<>();
        for (long n = Math.min(firstBatch, most); ; n *= 2) {
            looks.add((int) Math.min(n, most));
            if (n >= most) {
                return looks;
            }
        }
    }

    /** {@return the level of each one-sided bound: 1 - confidence, split over the looks and the targets} */
    double alpha() {
        return alpha;
    }

    /** @param placement where the replications run, or null for the template's threads */
    Evaluated evaluate(EvacuationModel model, String unit, Journal journal, Progress progress,
            org.corridorsim.experiment.Replicator.Placement placement) {
        Experiment placed = placement == null ? template : template.on(placement);
        MetricNames names = model.metricNames();
        List<Planning.Target> targets = planning.targets();
        int[] columns = targets.stream().mapToInt(t -> names.index(t.metric())).toArray();
        int most = looks.get(looks.size() - 1);
        double[][] values = new double[targets.size()][most];
        List<Outcome> done = new ArrayList<>();
        journal.recorded(unit).forEachRemaining(done::add);
        List<TargetEstimate> estimates = List.of();
        for (int n : looks) {
            placed.model(model).replications(n)
                    .onOutcome(outcome -> {
                        for (int t = 0; t < columns.length; t++) {
                            values[t][outcome.replication()] = outcome.values()[columns[t]];
                        }
                    })
                    .recordTo(outcome -> {
                        done.add(outcome);
                        journal.record(unit, outcome);
                    })
                    .onProgress(progress)
                    .resume(List.copyOf(done).iterator());
            estimates = new ArrayList<>();
            boolean all = true;
            boolean missed = false;
            for (int t = 0; t < targets.size(); t++) {
                TargetEstimate estimate = judge(targets.get(t), values[t], n);
                estimates.add(estimate);
                all &= estimate.verdict() == Verdict.FEASIBLE;
                missed |= estimate.verdict() == Verdict.INFEASIBLE;
            }
            if (missed) {
                return new Evaluated(Verdict.INFEASIBLE, n, estimates);
            }
            if (all) {
                return new Evaluated(Verdict.FEASIBLE, n, estimates);
            }
        }
        return new Evaluated(Verdict.UNDECIDED, most, estimates);
    }

    private TargetEstimate judge(Planning.Target target, double[] values, int n) {
        if (target.probability().isPresent()) {
            double p = target.probability().getAsDouble();
            double delta = planning.indifference();
            int met = 0;
            for (int r = 0; r < n; r++) {
                met += target.isMetBy(values[r]) ? 1 : 0;
            }
            double share = (double) met / n;
            double lower = Bounds.lowerShare(met, n, alpha);
            double upper = Bounds.upperShare(met, n, alpha);
            Verdict verdict = lower >= p - delta && share >= p ? Verdict.FEASIBLE
                    : upper <= p + delta && share < p ? Verdict.INFEASIBLE : Verdict.UNDECIDED;
            return new TargetEstimate(target, n, share, lower, upper, verdict);
        }
        int count = 0;
        double sum = 0;
        for (int r = 0; r < n; r++) {
            if (Double.isFinite(values[r])) {
                count++;
                sum += values[r];
            }
        }
        if (count == 0) {
            return new TargetEstimate(target, 0, Double.NaN, Double.NaN, Double.NaN, Verdict.UNDECIDED);
        }
        double mean = sum / count;
        double squares = 0;
        for (int r = 0; r < n; r++) {
            if (Double.isFinite(values[r])) {
                squares += (values[r] - mean) * (values[r] - mean);
            }
        }
        double sd = count > 1 ? Math.sqrt(squares / (count - 1)) : Double.NaN;
        double half = Bounds.halfWidth(sd, count, alpha);
        double lower = mean - half;
        double upper = mean + half;
        double threshold = target.threshold();
        Verdict verdict = target.atLeast()
                ? lower >= threshold ? Verdict.FEASIBLE : upper < threshold ? Verdict.INFEASIBLE : Verdict.UNDECIDED
                : upper <= threshold ? Verdict.FEASIBLE : lower > threshold ? Verdict.INFEASIBLE : Verdict.UNDECIDED;
        return new TargetEstimate(target, count, mean, lower, upper, verdict);
    }
}
