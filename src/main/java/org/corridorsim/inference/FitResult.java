package org.corridorsim.inference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.commons.rng.UniformRandomProvider;
import org.corridorsim.random.RandomStreams;
import org.corridorsim.scenario.Observation;
import org.corridorsim.scenario.Scenario;

/**
 * The outcome of a {@link Fit}: every generation's particles, the tolerances and acceptance
 * rates, each hypothesis's posterior, and posterior predictive draws.
 */
public final class FitResult {

    /** Why the fit stopped. */
    public enum Stop {
        /** Every final particle lies inside every observed range (tolerance 0). */
        EXACT,
        /** The simulation budget ran out; the last complete generation is reported. */
        BUDGET,
        /** The generation limit was reached. */
        GENERATIONS
    }

    static final double LEVEL = 0.95;
    static final int BOOTSTRAP = 500;

    private final Scenario scenario;
    private final List<Candidate> candidates;
    private final AbcSmc.Run run;
    private final int replicationsPerParticle;
    private final long seed;
    private final List<HypothesisPosterior> hypotheses;
    private final Predictive predictive;

    FitResult(Scenario scenario, List<Candidate> candidates, AbcSmc.Run run, int replicationsPerParticle, long seed,
            Predictive predictive) {
        this.scenario = scenario;
        this.candidates = List.copyOf(candidates);
        this.run = run;
        this.replicationsPerParticle = replicationsPerParticle;
        this.seed = seed;
        this.predictive = predictive;
        this.hypotheses = summarise();
    }

    /** {@return the id of the fitted scenario} */
    public String scenarioId() {
        return scenario.id();
    }

    /** {@return the fitted scenario} */
    public Scenario scenario() {
        return scenario;
    }

    /** {@return why the fit stopped} */
    public Stop stop() {
        return Stop.valueOf(run.stop().name());
    }

    /** {@return replications simulated while fitting (posterior predictive draws not included)} */
    public long simulations() {
        return run.proposals() * replicationsPerParticle;
    }

    /** {@return replications averaged per particle} */
    public int replicationsPerParticle() {
        return replicationsPerParticle;
    }

    /** {@return the fit's seed} */
    public long seed() {
        return seed;
    }

    /** {@return particles in each generation} */
    public int particles() {
        return run.last().size();
    }

    /** {@return the number of generations completed} */
    public int generations() {
        return run.generations().size();
    }

    /** {@return each generation's tolerance; the first is infinite (every prior draw accepted)} */
    public List<Double> tolerances() {
        return run.generations().stream().map(Population::tolerance).toList();
    }

    /** {@return each generation's acceptance rate, accepted over proposed} */
    public List<Double> acceptanceRates() {
        return run.generations().stream().map(Population::acceptanceRate).toList();
    }

    /** {@return the observations the fit matched} */
    public List<Observation> observed() {
        return scenario.inference().observed();
    }

    /** {@return the posterior of each hypothesis} */
    public List<HypothesisPosterior> hypotheses() {
        return hypotheses;
    }

    /** {@return every parameter path of any hypothesis, sorted} */
    public List<String> parameters() {
        TreeSet<String> paths = new TreeSet<>();
        candidates.forEach(c -> paths.addAll(c.parameters()));
        return List.copyOf(paths);
    }

    /** {@return the particles of every generation, generation by generation; the last generation is the posterior} */
    public List<Particle> particlesOfAllGenerations() {
        List<Particle> particles = new ArrayList<>();
        run.generations().forEach(p -> particles.addAll(particles(p)));
        return particles;
    }

    /** {@return the final generation: weighted draws from the posterior} */
    public List<Particle> posterior() {
        return particles(run.last());
    }

    /** {@return the posterior predictive draws; none when 0 were asked for} */
    public Predictive predictive() {
        return predictive;
    }

    private List<Particle> particles(Population p) {
        List<Particle> particles = new ArrayList<>(p.size());
        for (int i = 0; i < p.size(); i++) {
            Candidate c = candidates.get(p.hypotheses()[i]);
            double[] values = c.values(p.parameters()[i]);
            Map<String, Double> byPath = new LinkedHashMap<>();
            for (int k = 0; k < values.length; k++) {
                byPath.put(c.parameters().get(k), values[k]);
            }
            particles.add(new Particle(p.generation(), c.id(), byPath, p.weights()[i], p.seeds()[i],
                    p.distances()[i]));
        }
        return particles;
    }

    private List<HypothesisPosterior> summarise() {
        Population last = run.last();
        int count = candidates.size();
        double[] probability = last.hypothesisWeights(count);
        double[] error = bootstrapErrors(last, count);
        List<HypothesisPosterior> result = new ArrayList<>();
        for (int m = 0; m < count; m++) {
            double best = -1;
            for (int other = 0; other < count; other++) {
                if (other != m) {
                    best = Math.max(best, probability[other]);
                }
            }
            // Equal prior probabilities, so the Bayes factor is the ratio of posterior probabilities.
            double bayesFactor = best < 0 ? Double.NaN : best == 0
                    ? (probability[m] > 0 ? Double.POSITIVE_INFINITY : Double.NaN) : probability[m] / best;
            result.add(new HypothesisPosterior(candidates.get(m).id(), probability[m], error[m], members(last, m),
                    bayesFactor, parameters(last, m)));
        }
        return List.copyOf(result);
    }

    private static int members(Population p, int m) {
        return (int) Arrays.stream(p.hypotheses()).filter(h -> h == m).count();
    }

    private Map<String, ParameterPosterior> parameters(Population p, int m) {
        Candidate c = candidates.get(m);
        Map<String, ParameterPosterior> result = new LinkedHashMap<>();
        int n = members(p, m);
        if (n == 0) {
            return result;
        }
        for (int k = 0; k < c.dimension(); k++) {
            double[] values = new double[n];
            double[] weights = new double[n];
            int j = 0;
            for (int i = 0; i < p.size(); i++) {
                if (p.hypotheses()[i] == m) {
                    values[j] = c.priors().get(k).value(p.parameters()[i][k]);
                    weights[j] = p.weights()[i];
                    j++;
                }
            }
            double tail = (1 - LEVEL) / 2;
            result.put(c.parameters().get(k), new ParameterPosterior(Weighted.mean(values, weights),
                    Weighted.quantile(values, weights, 0.5), Weighted.quantile(values, weights, tail),
                    Weighted.quantile(values, weights, 1 - tail), LEVEL));
        }
        return result;
    }

    /**
     * The standard deviation of each hypothesis's probability over {@value #BOOTSTRAP} bootstrap
     * resamples of the final particles (drawn uniformly with replacement, weights renormalised).
     * It treats the particles as independent, which they are only approximately.
     */
    private double[] bootstrapErrors(Population p, int count) {
        UniformRandomProvider rng = new RandomStreams(seed).stream(run.generations().size(), "fit.bootstrap");
        int n = p.size();
        double[] sum = new double[count];
        double[] squares = new double[count];
        double[] share = new double[count];
        for (int b = 0; b < BOOTSTRAP; b++) {
            Arrays.fill(share, 0);
            double total = 0;
            for (int i = 0; i < n; i++) {
                int pick = rng.nextInt(n);
                share[p.hypotheses()[pick]] += p.weights()[pick];
                total += p.weights()[pick];
            }
            for (int m = 0; m < count; m++) {
                double q = share[m] / total;
                sum[m] += q;
                squares[m] += q * q;
            }
        }
        double[] error = new double[count];
        for (int m = 0; m < count; m++) {
            double mean = sum[m] / BOOTSTRAP;
            error[m] = Math.sqrt(Math.max(0, (squares[m] - BOOTSTRAP * mean * mean) / (BOOTSTRAP - 1)));
        }
        return error;
    }

    AbcSmc.Run run() {
        return run;
    }

    List<Candidate> candidates() {
        return candidates;
    }
}
