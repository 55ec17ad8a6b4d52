package org.corridorsim.inference;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
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
        this.ranges = Fit.ranges(scenario).toArray(ObservedRange[]::new);
    }

    @Override
    public double[] simulate(int hypothesis, double[] values, long seed) {
        return simulate(hypothesis, values, seed, Double.POSITIVE_INFINITY);
    }

    @Override
    public double[] simulate(int hypothesis, double[] values, long seed, double tolerance) {
        EvacuationModel model = model(hypothesis, values);
        RandomStreams streams = new RandomStreams(seed);
        if (replications == 1 && earlyRejection && tolerance < Double.POSITIVE_INFINITY) {
            Optional<Outcome> outcome = model.replicate(streams, 0, new Rejection(model, tolerance));
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
            values[k] = value(observed.get(k), names, outcome, model.evacuation().binWidth(),
                    model.evacuation().horizon());
        }
        return values;
    }

    /**
     * Ends a replication as soon as some observed count can no longer come back within the
     * tolerance: a count that only grows already lies above its range by more than the
     * tolerance, or a count at a time already past lies below its range by more. The replication
     * would have been rejected anyway, so the fit's result does not change.
     */
    private final class Rejection implements RunningCheck {
        private final double tolerance;
        private final double width;
        private final int[] metric;
        private final int[] series;
        private final int[] whole;
        private final double[] share;

        Rejection(EvacuationModel model, double tolerance) {
            this.tolerance = tolerance;
            MetricNames names = model.metricNames();
            double horizon = model.evacuation().horizon();
            width = model.evacuation().binWidth();
            int n = observed.size();
            metric = new int[n];
            series = new int[n];
            whole = new int[n];
            share = new double[n];
            for (int k = 0; k < n; k++) {
                Observation o = observed.get(k);
                metric[k] = -1;
                series[k] = -1;
                OptionalInt s = names.contains(o.metric()) ? Observation.series(o.metric(), names) : OptionalInt.empty();
                if (o.incident()) {
                    continue; // a difference of two counts: neither side bounds it while it runs
                }
                if (o.seconds() < horizon && s.isPresent()) {
                    series[k] = s.getAsInt();
                    whole[k] = (int) Math.floor(o.seconds() / width);
                    double binEnd = Math.min(horizon, (whole[k] + 1) * width);
                    share[k] = (o.seconds() - whole[k] * width) / (binEnd - whole[k] * width);
                } else if (names.isRunningCount(o.metric())) {
                    metric[k] = names.index(o.metric());
                }
            }
        }

        @Override
        public boolean proceed(double time, RunningCounts counts) {
            for (int k = 0; k < ranges.length; k++) {
                ObservedRange range = ranges[k];
                if (metric[k] >= 0) {
                    double soFar = counts.count(metric[k]);
                    if (soFar > range.high() && range.distance(soFar) > tolerance) {
                        return false;
                    }
                } else if (series[k] >= 0) {
                    // As value(): whole bins, then the share of the bin the time falls in. Bins only
                    // grow, so this is at most the final value, and equal to it two bins later.
                    double sum = 0;
                    for (int b = 0; b < whole[k]; b++) {
                        sum += counts.bin(series[k], b);
                    }
                    sum += share[k] * counts.bin(series[k], whole[k]);
                    boolean over = sum > range.high();
                    boolean finalValue = time >= (whole[k] + 2) * width;
                    if ((over || finalValue) && range.distance(sum) > tolerance) {
                        return false;
                    }
                }
            }
            return true;
        }
    }

    /**
     * A metric at the horizon, a cumulative count at an earlier time (the persons evacuated in
     * the whole throughput bins before it plus the share of the bin it falls in, as
     * {@code docs/scenario-format.md} defines it), or an incident count (the difference of two
     * such counts). A {@code blocked.<id>} of a policy the hypothesis switches off is 0.
     */
    static double value(Observation observation, MetricNames names, Outcome outcome, double binWidth,
            double horizon) {
        String metric = observation.metric();
        if (!names.contains(metric)) {
            if (metric.startsWith("blocked.")) {
                return 0;
            }
            throw new IllegalArgumentException("the metric " + metric + " does not exist under this hypothesis");
        }
        OptionalInt series = Observation.series(metric, names);
        if (observation.incident()) {
            int s = series.getAsInt();
            return Observation.countUpTo(outcome, s, observation.seconds(), binWidth, horizon)
                    - Observation.countUpTo(outcome, s, observation.fromSeconds(), binWidth, horizon);
        }
        if (observation.seconds() >= horizon || series.isEmpty()) {
            return outcome.value(names, metric);
        }
        return Observation.countUpTo(outcome, series.getAsInt(), observation.seconds(), binWidth, horizon);
    }
}
