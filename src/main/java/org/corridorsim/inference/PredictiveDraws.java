package org.corridorsim.inference;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.rng.UniformRandomProvider;
import org.corridorsim.model.EvacuationModel;
import org.corridorsim.model.Outcome;
import org.corridorsim.random.RandomStreams;
import org.corridorsim.scenario.Observation;
import org.corridorsim.scenario.Scenario;

/**
 * Posterior predictive replications: draw {@code d} picks a final particle by weight and runs one
 * new replication of it, both from the stream {@code (seed, d, "fit.predictive")}.
 */
final class PredictiveDraws {

    private PredictiveDraws() {
    }

    private record Draw(String hypothesis, double[] values, double[][] cumulative) {}

    static Predictive draw(Scenario scenario, ScenarioSimulation simulation, List<Candidate> candidates,
            Population posterior, int count, long seed, int threads, Likelihood likelihood) throws InterruptedException {
        double binWidth = scenario.evacuation().binWidth();
        Draw[] draws = new Draw[count];
        if (count > 0) {
            ExecutorService executor = Executors.newFixedThreadPool(threads, task -> {
                Thread thread = new Thread(task, "corridorsim-predictive");
                thread.setDaemon(true);
                return thread;
            });
            try {
                List<Future<Draw>> futures = new ArrayList<>();
                for (int d = 0; d < count; d++) {
                    int index = d;
                    futures.add(executor.submit(() -> one(scenario, simulation, candidates, posterior, seed, index,
                            likelihood)));
                }
                for (int d = 0; d < count; d++) {
                    draws[d] = futures.get(d).get();
                }
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException(e.getCause());
            } finally {
                executor.shutdownNow();
            }
        }
        int observations = scenario.inference().observed().size();
        List<String> hypotheses = new ArrayList<>();
        double[][] values = new double[count][];
        double[][][] cumulative = new double[observations][count][];
        for (int d = 0; d < count; d++) {
            hypotheses.add(draws[d].hypothesis());
            values[d] = draws[d].values();
            for (int k = 0; k < observations; k++) {
                cumulative[k][d] = draws[d].cumulative()[k];
            }
        }
        return new Predictive(hypotheses, values, cumulative, binWidth);
    }

    private static Draw one(Scenario scenario, ScenarioSimulation simulation, List<Candidate> candidates,
            Population posterior, long seed, int d, Likelihood likelihood) {
        UniformRandomProvider rng = new RandomStreams(seed).stream(d, "fit.predictive");
        double u = rng.nextDouble();
        int pick = posterior.size() - 1;
        double running = 0;
        for (int i = 0; i < posterior.size(); i++) {
            running += posterior.weights()[i];
            if (u < running) {
                pick = i;
                break;
            }
        }
        int m = posterior.hypotheses()[pick];
        Candidate c = candidates.get(m);
        EvacuationModel model = simulation.model(m, c.modelValues(posterior.parameters()[pick]));
        Outcome outcome = model.replicate(new RandomStreams(rng.nextLong()), 0);
        double[] reported = simulation.observe(model, outcome);
        if (likelihood.needed()) {
            // what each source would have reported: its bias and its observation model's noise
            double[] noise = c.noiseValues(posterior.parameters()[pick]);
            for (int k = 0; k < reported.length; k++) {
                reported[k] = likelihood.report(k, reported[k], noise, rng);
            }
        }
        List<Observation> observed = scenario.inference().observed();
        double[][] cumulative = new double[observed.size()][];
        for (int k = 0; k < observed.size(); k++) {
            OptionalInt series = Observation.series(observed.get(k).metric(), model.metricNames());
            if (series.isEmpty()) {
                cumulative[k] = new double[0];
                continue;
            }
            double[] bins = outcome.throughput()[series.getAsInt()];
            cumulative[k] = new double[bins.length];
            double sum = 0;
            for (int b = 0; b < bins.length; b++) {
                sum += bins[b];
                cumulative[k][b] = sum;
            }
        }
        return new Draw(c.id(), reported, cumulative);
    }
}
