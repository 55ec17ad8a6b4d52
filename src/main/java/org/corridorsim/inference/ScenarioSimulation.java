package org.corridorsim.inference;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.corridorsim.model.EvacuationModel;
import org.corridorsim.model.MetricNames;
import org.corridorsim.model.Outcome;
import org.corridorsim.random.RandomStreams;
import org.corridorsim.scenario.Hypothesis;
import org.corridorsim.scenario.Observation;
import org.corridorsim.scenario.Scenario;

/**
 * A scenario as a {@link Simulation}: the hypothesis and parameter values give a variant of the
 * scenario, and a particle's seed is the experiment seed whose replications 0 .. R-1 it runs.
 * With R = 1 (the default) the observed quantities are those of one replication; with R > 1 they
 * are the mean over R replications.
 */
final class ScenarioSimulation implements Simulation {

    private final Scenario scenario;
    private final List<Hypothesis> hypotheses;
    private final List<Observation> observed;
    private final int replications;

    ScenarioSimulation(Scenario scenario, int replications) {
        this.scenario = scenario;
        this.hypotheses = scenario.inference().hypotheses();
        this.observed = scenario.inference().observed();
        this.replications = replications;
    }

    @Override
    public double[] simulate(int hypothesis, double[] values, long seed) {
        EvacuationModel model = model(hypothesis, values);
        double[] sums = new double[observed.size()];
        RandomStreams streams = new RandomStreams(seed);
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
        Hypothesis h = hypotheses.get(hypothesis);
        List<String> paths = h.parameters();
        Map<String, Double> byPath = new LinkedHashMap<>();
        for (int k = 0; k < paths.size(); k++) {
            byPath.put(paths.get(k), values[k]);
        }
        return new EvacuationModel(scenario.with(h, byPath).evacuation());
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
     * A metric at the horizon, or a cumulative count at an earlier time: the persons evacuated in
     * the whole throughput bins before it plus the share of the bin it falls in (as
     * {@code docs/scenario-format.md} defines it). A {@code blocked.<id>} of a policy the
     * hypothesis switches off is 0.
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
        if (observation.seconds() >= horizon || series.isEmpty()) {
            return outcome.value(names, metric);
        }
        double[] bins = outcome.throughput()[series.getAsInt()];
        // As ExperimentResult.valuesAt: whole bins, then the elapsed share of the (possibly short) last one.
        int whole = (int) Math.floor(observation.seconds() / binWidth);
        double binEnd = Math.min(horizon, (whole + 1) * binWidth);
        double share = (observation.seconds() - whole * binWidth) / (binEnd - whole * binWidth);
        double sum = 0;
        for (int b = 0; b < whole && b < bins.length; b++) {
            sum += bins[b];
        }
        if (whole < bins.length) {
            sum += share * bins[whole];
        }
        return sum;
    }
}
