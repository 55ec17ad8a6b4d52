package org.corridorsim.inference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
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
        GENERATIONS,
        /** The acceptance rate fell below the floor; the last complete generation is reported. */
        ACCEPTANCE
    }

    static final double LEVEL = 0.95;

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

    /**
     * Each generation's temperature, when some observation is weighed by a count likelihood:
     * generation t accepts a proposal with probability (L / c)^(1/T_t), and the last, at 1,
     * targets the posterior itself. Empty for a fit of ranges only.
     *
     * @return the temperatures, in generation order
     */
    public List<Double> temperatures() {
        if (run.generations().isEmpty() || Double.isNaN(run.generations().get(0).temperature())) {
            return List.of();
        }
        return run.generations().stream().map(Population::temperature).toList();
    }

    /** {@return each generation's effective sample size (Kish), over all hypotheses} */
    public List<Double> effectiveSizes() {
        return run.generations().stream().map(Population::effectiveSize).toList();
    }

    /** {@return each generation's particle count (they differ with an adaptive population)} */
    public List<Integer> particlesPerGeneration() {
        return run.generations().stream().map(Population::size).toList();
    }

    /**
     * Each generation's effective sample size (Kish) of each hypothesis's particles, 0 where it
     * holds none.
     *
     * @return by hypothesis id (in the scenario's order), one value per generation
     */
    public Map<String, List<Double>> hypothesisEffectiveSizes() {
        Map<String, List<Double>> result = new LinkedHashMap<>();
        for (int m = 0; m < candidates.size(); m++) {
            List<Double> sizes = new ArrayList<>();
            for (Population p : run.generations()) {
                sizes.add(p.hypothesisEffectiveSizes(candidates.size())[m]);
            }
            result.put(candidates.get(m).id(), List.copyOf(sizes));
        }
        return java.util.Collections.unmodifiableMap(result);
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

    /** {@return each observation against the posterior predictive draws, in the scenario's order} */
    public List<PredictiveCheck> predictiveChecks() {
        List<PredictiveCheck> checks = new ArrayList<>();
        List<Observation> observed = observed();
        for (int k = 0; k < observed.size(); k++) {
            double[] values = new double[predictive.draws()];
            for (int d = 0; d < values.length; d++) {
                values[d] = predictive.values()[d][k];
            }
            Observation o = observed.get(k);
            checks.add(PredictiveCheck.of(o.label(), o.low(), o.high(), values));
        }
        return List.copyOf(checks);
    }

    /**
     * Why no hypothesis can be said to reproduce what was observed, if that is so: the fit did
     * not reach an exact match (the budget, the acceptance floor or the generation limit ended
     * it), or the posterior predictive draws rarely reproduce some observation. Then the
     * probabilities compare hypotheses that all fail, and the most probable one is the least
     * bad, not an answer.
     *
     * @return the warning, or empty when the fit reproduces every observation
     */
    public java.util.Optional<String> misspecification() {
        List<String> why = new ArrayList<>();
        if (stop() != Stop.EXACT) {
            why.add("the fit ended (" + stop().name().toLowerCase(java.util.Locale.ROOT) + ") before every particle "
                    + "matched every observation");
        }
        for (PredictiveCheck c : predictiveChecks()) {
            if (c.notReproduced()) {
                why.add(String.format(java.util.Locale.ROOT, "%s: posterior predictive p-value %.3g (%.1f%% of %d "
                        + "new replications inside)", c.observation(), c.pValue(), 100 * c.inside(), c.draws()));
            }
        }
        if (why.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of("no hypothesis reproduces what was observed under its priors: "
                + String.join("; ", why) + ". The probabilities compare hypotheses that all fail; the most probable "
                + "is the least bad, not an answer. Check the model, the priors and the observations.");
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
        double[] error = standardErrors(last, probability);
        double[] ess = last.hypothesisEffectiveSizes(count);
        double total = last.effectiveSize();
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
            double n = effectiveCount(probability[m], error[m], total);
            double[] interval = wilson(probability[m], n);
            result.add(new HypothesisPosterior(candidates.get(m).id(), probability[m],
                    Math.sqrt(probability[m] * (1 - probability[m]) / n), interval[0], interval[1], members(last, m),
                    ess[m], bayesFactor, parameters(last, m)));
        }
        return List.copyOf(result);
    }

    /**
     * The standard error of each hypothesis's probability as a self-normalised importance
     * sampling estimate: the delta-method variance sum_i w_i^2 (1[m_i = m] - p_m)^2 with the
     * weights normalised. With equal weights it is sqrt(p (1 - p) / n); unequal weights make it
     * larger, as a smaller effective sample would. Particles of one generation are treated as
     * independent, which they are only approximately.
     */
    static double[] standardErrors(Population p, double[] probability) {
        double[] variance = new double[probability.length];
        for (int i = 0; i < p.size(); i++) {
            double w = p.weights()[i];
            for (int m = 0; m < probability.length; m++) {
                double d = (p.hypotheses()[i] == m ? 1 : 0) - probability[m];
                variance[m] += w * w * d * d;
            }
        }
        double[] error = new double[probability.length];
        for (int m = 0; m < error.length; m++) {
            error[m] = Math.sqrt(variance[m]);
        }
        return error;
    }

    /**
     * The effective number of particles behind a probability estimate: p (1 - p) / error^2 from
     * the delta-method error, but never more than the generation's effective sample size (a
     * weighted sample says no more than that many independent draws would), and that effective
     * sample size when every particle or none is in the hypothesis (error 0).
     */
    static double effectiveCount(double p, double error, double effectiveSize) {
        return error > 0 ? Math.min(p * (1 - p) / (error * error), effectiveSize) : effectiveSize;
    }

    /** A 95% Wilson score interval for a probability estimated from {@code n} effective draws. */
    static double[] wilson(double p, double n) {
        if (!(n > 0)) {
            return new double[] {0, 1};
        }
        double z = 1.959963984540054;
        double z2n = z * z / n;
        double centre = (p + z2n / 2) / (1 + z2n);
        double half = z / (1 + z2n) * Math.sqrt(p * (1 - p) / n + z2n / (4 * n));
        return new double[] {p == 0 ? 0 : Math.max(0, centre - half), p == 1 ? 1 : Math.min(1, centre + half)};
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

    AbcSmc.Run run() {
        return run;
    }

    List<Candidate> candidates() {
        return candidates;
    }
}
