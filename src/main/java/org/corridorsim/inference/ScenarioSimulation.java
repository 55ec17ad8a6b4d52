package org.corridorsim.inference;

import java.util.List;
import java.util.Optional;
import org.corridorsim.model.EvacuationModel;
import org.corridorsim.model.MetricNames;
import org.corridorsim.model.Outcome;
import org.corridorsim.model.RunningCheck;
import org.corridorsim.random.RandomStreams;
import org.corridorsim.scenario.Hypothesis;
import org.corridorsim.scenario.Observation;
import org.corridorsim.scenario.Scenario;
import org.corridorsim.scenario.ScenarioVariants;

/**
 * A scenario as a {@link Simulation}: the hypothesis and parameter values give a variant of the
 * scenario, and a particle's seed is the experiment seed whose replications 0 .. R-1 it runs.
 * With R = 1 (the default) the observed quantities are those of one replication; with R > 1 they
 * are the mean over R replications.
 *
 * <p>Each hypothesis's model is built once and reused: a particle's values are set on it
 * directly ({@link ScenarioVariants}). Both are immutable, so every thread shares them.
 */
final class ScenarioSimulation implements Simulation {

    private final List<Observation> observed;
    private final int replications;
    private final ScenarioVariants[] variants;
    private final EvacuationModel[] models;
    private final ObservedRange[] ranges;
    private final boolean earlyRejection;

    ScenarioSimulation(Scenario scenario, int replications) {
        this(scenario, replications, true);
    }

    ScenarioSimulation(Scenario scenario, int replications, boolean earlyRejection) {
        this.observed = scenario.inference().observed();
        this.replications = replications;
        this.earlyRejection = earlyRejection;
        List<Hypothesis> hypotheses = scenario.inference().hypotheses();
        this.variants = new ScenarioVariants[hypotheses.size()];
        this.models = new EvacuationModel[hypotheses.size()];
        for (int m = 0; m < variants.length; m++) {
            variants[m] = scenario.variants(hypotheses.get(m));
            models[m] = new EvacuationModel(scenario.withPolicies(hypotheses.get(m).policies()).evacuation());
        }
        this.ranges = FitProblem.ranges(scenario).toArray(ObservedRange[]::new);
    }

    @Override
    public double[] simulate(int hypothesis, double[] values, long seed) {
        return simulate(hypothesis, values, seed, Double.POSITIVE_INFINITY);
    }

    @Override
    public double[] simulate(int hypothesis, double[] values, long seed, double tolerance) {
        return simulate(hypothesis, values, seed, tolerance < Double.POSITIVE_INFINITY ? within(tolerance) : null);
    }

    /** Values whose distance from the ranges can still be at most {@code tolerance}. */
    private Acceptable within(double tolerance) {
        return (atLeast, settled) -> {
            for (int k = 0; k < ranges.length; k++) {
                if (ranges[k].surelyBeyond(atLeast[k], settled[k], tolerance)) {
                    return false;
                }
            }
            return true;
        };
    }

    @Override
    public double[] simulate(int hypothesis, double[] values, long seed, Acceptable acceptable) {
        EvacuationModel model = model(hypothesis, values);
        RandomStreams streams = new RandomStreams(seed);
        if (replications == 1 && earlyRejection && acceptable != null) {
            Optional<Outcome> outcome = model.replicate(streams, 0, new Rejection(model, acceptable));
            return outcome.map(o -> observe(model, o)).orElse(null);
        }
        double[] sums = new double[observed.size()];
        for (int r = 0; r < replications; r++) {
            double[] one = observe(model, model.replicate(streams, r));
            for (int k = 0; k < sums.length; k++) {
                sums[k] += one[k];
            }
        }
        for (int k = 0; k < sums.length; k++) {
            sums[k] /= replications;
        }
        return sums;
    }

    EvacuationModel model(int hypothesis, double[] values) {
        return models[hypothesis].with(variants[hypothesis].evacuation(values));
    }

    /** The observed quantities in one replication. */
    double[] observe(EvacuationModel model, Outcome outcome) {
        MetricNames names = model.metricNames();
        double[] values = new double[observed.size()];
        for (int k = 0; k < values.length; k++) {
            values[k] = value(observed.get(k), names, outcome, model.evacuation().horizon());
        }
        return values;
    }

    /**
     * Ends a replication as soon as its observed counts can no longer be accepted. Counts only
     * grow: a count at a time not yet reached, or at the horizon, is at least its value so far,
     * and an incident count whose start is past is at least the count so far minus the count at
     * its start. A count whose time is past is final. {@code acceptable} judges these bounds
     * (for ranges: one that already lies above its range by more than the tolerance, or a final
     * one outside by more, is rejected). The replication would have been rejected anyway, so the
     * fit's result does not change. Counts that are not running counts
     * ({@link MetricNames#isRunningCount}) are never checked early.
     */
    private final class Rejection implements RunningCheck {
        private final Acceptable acceptable;
        private final double[] atLeast;
        private final boolean[] settled;
        /** Per observation: the metric's index (-1: not checked), where its counts at {@code at} and {@code from} are. */
        private final int[] metric;
        private final int[] atSlot;
        private final int[] fromSlot;
        private final double[] at;
        private final double[] from;

        Rejection(EvacuationModel model, Acceptable acceptable) {
            this.acceptable = acceptable;
            MetricNames names = model.metricNames();
            double horizon = model.evacuation().horizon();
            int n = observed.size();
            metric = new int[n];
            atSlot = new int[n];
            fromSlot = new int[n];
            at = new double[n];
            from = new double[n];
            atLeast = new double[n];
            settled = new boolean[n];
            for (int k = 0; k < n; k++) {
                Observation o = observed.get(k);
                boolean running = names.isRunningCount(o.metric());
                at[k] = Math.min(o.seconds(), horizon);
                from[k] = o.incident() ? o.fromSeconds() : 0;
                atSlot[k] = at[k] < horizon ? names.recorded(o.metric(), at[k]) : -1;
                fromSlot[k] = from[k] > 0 ? names.recorded(o.metric(), from[k]) : -1;
                boolean recorded = (at[k] >= horizon || atSlot[k] >= 0) && (from[k] <= 0 || fromSlot[k] >= 0);
                metric[k] = running && recorded ? names.index(o.metric()) : -1;
            }
        }

        @Override
        public boolean proceed(double time, RunningCounts counts) {
            for (int k = 0; k < atLeast.length; k++) {
                if (metric[k] < 0 || time < from[k]) {
                    atLeast[k] = Double.NaN;
                    settled[k] = false;
                    continue;
                }
                double start = fromSlot[k] >= 0 ? counts.recorded(fromSlot[k]) : 0;
                settled[k] = atSlot[k] >= 0 && time >= at[k];
                atLeast[k] = (settled[k] ? counts.recorded(atSlot[k]) : counts.count(metric[k])) - start;
            }
            return acceptable.possible(atLeast, settled);
        }
    }

    /**
     * An observation's value in one replication ({@link Observation#value}): the count recorded
     * at its time, or the metric at the horizon; for an incident count, the difference of two
     * counts. A {@code blocked.<id>} of a policy the hypothesis switches off is 0.
     */
    static double value(Observation observation, MetricNames names, Outcome outcome, double horizon) {
        double value = observation.value(outcome, names, horizon);
        if (Double.isNaN(value) && !names.contains(observation.metric())) {
            throw new IllegalArgumentException("the metric " + observation.metric()
                    + " does not exist under this hypothesis");
        }
        return value;
    }
}
