package org.corridorsim.inference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import org.apache.commons.rng.UniformRandomProvider;
import org.corridorsim.random.RandomStreams;

/**
 * Approximate Bayesian computation by sequential Monte Carlo, with the hypothesis as a discrete
 * parameter: Toni et al. (2009) with the importance weights of Beaumont et al. (2009), and three
 * documented changes (see {@code docs/fitting.md}):
 * <ul>
 *   <li>the tolerance of each generation is a quantile of the previous generation's distances,
 *       down to 0 (an exact match of every observed range);</li>
 *   <li>a small share of proposals comes from the prior (defensive importance sampling,
 *       Hesterberg 1995). The weights stay exact, and a hypothesis whose particles all died out
 *       (Toni and Stumpf 2010) can come back if the data allow it, instead of being lost to an
 *       early unlucky generation;</li>
 *   <li>proposals are simulated in batches and accepted in index order, and proposal {@code a}
 *       of generation {@code g} draws only from the stream {@code (seed, a, "fit.generation.g")},
 *       so the result does not depend on the thread count.</li>
 * </ul>
 */
final class AbcSmc {

    /** Why sampling stopped. */
    enum Stop {
        /** A generation at tolerance 0 completed: every particle matches every observed range. */
        EXACT,
        /** The simulation budget ran out before the next generation was complete. */
        BUDGET,
        /** The generation limit was reached. */
        GENERATIONS,
        /** The acceptance rate fell below the floor; the last complete generation is reported. */
        ACCEPTANCE
    }

    /** Told as sampling advances; calls come from one thread at a time. */
    interface Listener {
        Listener NONE = new Listener() { };

        default void generationStarted(int generation, double tolerance, int particles) {
        }

        default void simulated(int generation, long proposals, int accepted) {
        }

        default void generationFinished(Population population) {
        }
    }

    record Run(List<Population> generations, Stop stop) {
        Run {
            generations = List.copyOf(generations);
        }

        Population last() {
            return generations.get(generations.size() - 1);
        }

        long proposals() {
            return generations.stream().mapToLong(Population::proposals).sum();
        }
    }

    private static final int MIN_BATCH = 32;
    private static final int MAX_BATCH = 1 << 14;

    private final List<Candidate> candidates;
    private final ObservedRange[] observed;
    /** The observation models, when some observation is a count or has a bias factor; null otherwise. */
    private final Likelihood likelihood;
    private final Acceptance acceptance;
    private final Simulation simulation;
    private final Fit.Simulations batch;
    private final SamplerSettings settings;
    private final RandomStreams streams;
    private final double[] modelPrior;
    private final double[] modelCumulative;

    AbcSmc(List<Candidate> candidates, List<ObservedRange> observed, Simulation simulation, SamplerSettings settings) {
        this(candidates, observed, simulation, settings, null);
    }

    /** @param batch where each generation's batches of proposals are simulated; null for the local threads */
    AbcSmc(List<Candidate> candidates, List<ObservedRange> observed, Simulation simulation, SamplerSettings settings,
            Fit.Simulations batch) {
        this(candidates, observed, simulation, settings, batch, null);
    }

    /** @param likelihood the observation models, or null when every observation is a range without bias */
    AbcSmc(List<Candidate> candidates, List<ObservedRange> observed, Simulation simulation, SamplerSettings settings,
            Fit.Simulations batch, Likelihood likelihood) {
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("a fit needs at least one hypothesis");
        }
        if (observed.isEmpty()) {
            throw new IllegalArgumentException("a fit needs at least one observation");
        }
        this.candidates = List.copyOf(candidates);
        this.observed = observed.toArray(ObservedRange[]::new);
        this.simulation = simulation;
        this.batch = batch;
        this.likelihood = likelihood != null && likelihood.needed() ? likelihood : null;
        this.acceptance = new Acceptance(this.candidates, this.likelihood, new Temperatures());
        this.settings = settings;
        this.streams = new RandomStreams(settings.seed());
        double total = candidates.stream().mapToDouble(Candidate::probability).sum();
        this.modelPrior = new double[candidates.size()];
        this.modelCumulative = new double[candidates.size()];
        double running = 0;
        for (int m = 0; m < modelPrior.length; m++) {
            modelPrior[m] = candidates.get(m).probability() / total;
            running += modelPrior[m];
            modelCumulative[m] = running;
        }
    }

    Run run(Listener listener) throws InterruptedException {
        return run(List.of(), listener);
    }

    /** Continues after the completed generations {@code done} (empty to start afresh). */
    Run run(List<Population> done, Listener listener) throws InterruptedException {
        List<Population> generations = new ArrayList<>(done);
        long used = generations.stream().mapToLong(Population::proposals).sum() * settings.simulationsPerProposal();
        // Simulations run on pool threads even for one thread: a plugin that sets its thread's interrupt
        // flag then cannot be mistaken for a stop of the fit, which reaches this (the caller's) thread.
        ExecutorService executor = batch == null ? LocalSimulations.executor(settings.threads()) : null;
        try {
            while (true) {
                Population last = generations.isEmpty() ? null : generations.get(generations.size() - 1);
                if (last != null && last.tolerance() == 0 && !(acceptance.tempered() && last.temperature() > 1)) {
                    return new Run(generations, Stop.EXACT);
                }
                if (generations.size() >= settings.maxGenerations()) {
                    return new Run(generations, Stop.GENERATIONS);
                }
                // with counts and no range, every distance is 0: the first generation is already at tolerance 0
                double tolerance = last == null ? (likelihood != null && !likelihood.ranged() ? 0
                        : Double.POSITIVE_INFINITY) : nextTolerance(last);
                acceptance.startGeneration(last);
                listener.generationStarted(generations.size(), tolerance, settings.particlesAfter(last));
                Population next = generation(generations.size(), tolerance, last, used, executor, listener);
                if (next == null) {
                    return new Run(generations, ended);
                }
                used += next.proposals() * settings.simulationsPerProposal();
                generations.add(next);
                listener.generationFinished(next);
            }
        } finally {
            if (executor != null) {
                executor.shutdownNow();
            }
        }
    }

    /** The chosen quantile of the previous distances, strictly below the previous tolerance. */
    double nextTolerance(Population previous) {
        double[] sorted = previous.distances().clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(settings.quantile() * sorted.length) - 1;
        double tolerance = sorted[Math.max(0, index)];
        if (tolerance >= previous.tolerance()) {
            tolerance = 0;
            for (double d : sorted) {
                if (d < previous.tolerance()) {
                    tolerance = d;
                }
            }
        }
        return tolerance;
    }

    /** Why the last generation that returned null ended. */
    private Stop ended = Stop.BUDGET;

    /**
     * Whether the acceptance rate is surely below the floor: even with 3 more acceptances (about
     * the upper end of a 95% interval when none were seen) it would be.
     */
    private boolean belowFloor(long within, long attempts, int n) {
        return settings.minAcceptance() > 0 && attempts >= n && (within + 3) / (double) attempts < settings.minAcceptance();
    }

    private Population generation(int g, double tolerance, Population previous, long used, ExecutorService executor,
            Listener listener) throws InterruptedException {
        int n = settings.particlesAfter(previous);
        Proposer proposer = new Proposer(candidates, settings, modelPrior, modelCumulative, previous, tolerance);
        List<Proposal> accepted = new ArrayList<>(n);
        long budget = (settings.maxSimulations() - used) / settings.simulationsPerProposal();
        int attempts = 0;
        long within = 0;
        double previousRate = previous == null ? 1 : Math.max(previous.acceptanceRate(), 1e-3);
        while (accepted.size() < n) {
            long left = budget - attempts;
            if (left <= 0) {
                ended = Stop.BUDGET;
                return null;
            }
            if (previous != null && belowFloor(within, attempts, n)) {
                ended = Stop.ACCEPTANCE;
                return null;
            }
            double rate = attempts == 0 ? previousRate
                    : within == 0 ? Math.min(previousRate, 1.0 / attempts) : within / (double) attempts;
            double wanted = Math.ceil((n - accepted.size()) / rate);
            int batch = (int) Math.min(left, Math.max(MIN_BATCH, Math.min(MAX_BATCH, wanted)));
            if (attempts > Integer.MAX_VALUE - batch) {
                ended = Stop.BUDGET;
                return null;
            }
            Proposal[] results = evaluate(g, attempts, batch, tolerance, proposer, executor, listener,
                    accepted.size());
            acceptance.firstBatch(results, tolerance);
            for (Proposal proposal : results) {
                if (acceptance.accepts(proposal, tolerance)) {
                    within++;
                    if (accepted.size() < n) {
                        accepted.add(proposal);
                    }
                }
            }
            attempts += batch;
        }
        return population(g, tolerance, previous, proposer, accepted, attempts, within);
    }

    private Proposal[] evaluate(int g, int from, int count, double tolerance, Proposer proposer,
            ExecutorService executor, Listener listener, int acceptedBefore) throws InterruptedException {
        if (batch != null) {
            return evaluateElsewhere(g, from, count, proposer, listener, acceptedBefore);
        }
        return LocalSimulations.evaluate(executor, settings.threads(), count,
                i -> propose(g, from + i, tolerance, proposer),
                finished -> listener.simulated(g, from + finished, acceptedBefore));
    }

    /** The batch drawn here in index order, simulated by {@link #batch}, and its distances computed here. */
    private Proposal[] evaluateElsewhere(int g, int from, int count, Proposer proposer, Listener listener,
            int acceptedBefore) throws InterruptedException {
        Proposal[] drawn = new Proposal[count];
        int[] hypotheses = new int[count];
        double[][] values = new double[count][];
        long[] seeds = new long[count];
        for (int i = 0; i < count; i++) {
            drawn[i] = draw(g, from + i, proposer);
            hypotheses[i] = drawn[i].hypothesis();
            values[i] = candidates.get(hypotheses[i]).modelValues(drawn[i].parameters());
            seeds[i] = drawn[i].seed();
        }
        double[][] simulated = batch.simulate(hypotheses, values, seeds);
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedException();
        }
        if (simulated.length != count) {
            throw new IllegalStateException(simulated.length + " proposals simulated for " + count);
        }
        Proposal[] results = new Proposal[count];
        for (int i = 0; i < count; i++) {
            results[i] = scored(drawn[i].hypothesis(), drawn[i].parameters(), drawn[i].seed(), drawn[i].uniform(),
                    simulated[i]);
        }
        listener.simulated(g, from + count, acceptedBefore);
        return results;
    }

    /** A proposal's hypothesis, parameters and seed, not yet simulated. */
    private Proposal draw(int g, int attempt, Proposer proposer) {
        UniformRandomProvider rng = streams.stream(attempt, "fit.generation." + g);
        int m;
        double[] theta;
        if (proposer.fromPrior(rng)) {
            m = proposer.sampleModelPrior(rng);
            theta = Proposer.samplePrior(candidates.get(m), rng);
        } else {
            m = proposer.model(rng);
            theta = proposer.parameters(m, rng);
        }
        long seed = rng.nextLong();
        return new Proposal(m, theta, seed, null, Double.NaN, 0, acceptance.tempered() ? rng.nextDouble() : 1);
    }

    private Proposal scored(int m, double[] theta, long seed, double uniform, double[] simulated) {
        if (simulated.length != observed.length) {
            throw new IllegalStateException("the simulation gave " + simulated.length + " values for "
                    + observed.length + " observations");
        }
        if (likelihood == null) {
            return new Proposal(m, theta, seed, simulated, ObservedRange.distance(observed, simulated), 0, uniform);
        }
        double[] noise = candidates.get(m).noiseValues(theta);
        return new Proposal(m, theta, seed, simulated, likelihood.distance(noise, simulated),
                likelihood.logRatio(noise, simulated), uniform);
    }

    /** A proposal drawn and simulated; one the simulation ended early is rejected. */
    private Proposal propose(int g, int attempt, double tolerance, Proposer proposer) {
        Proposal drawn = draw(g, attempt, proposer);
        int m = drawn.hypothesis();
        double[] values = candidates.get(m).modelValues(drawn.parameters());
        double[] simulated = likelihood == null ? simulation.simulate(m, values, drawn.seed(), tolerance)
                : simulation.simulate(m, values, drawn.seed(), acceptance.acceptable(m, drawn, tolerance));
        if (simulated == null) {
            // NaN: never within a tolerance, not even an infinite one (generation 0 of a tempered fit)
            return new Proposal(m, drawn.parameters(), drawn.seed(), null, Double.NaN, Double.NEGATIVE_INFINITY, 1);
        }
        return scored(m, drawn.parameters(), drawn.seed(), drawn.uniform(), simulated);
    }

    private Population population(int g, double tolerance, Population previous, Proposer proposer,
            List<Proposal> accepted, int attempts, long within) {
        int n = accepted.size();
        int[] hypotheses = new int[n];
        double[][] parameters = new double[n][];
        double[] weights = new double[n];
        double[] distances = new double[n];
        long[] seeds = new long[n];
        double[][] simulated = new double[n][];
        double[] logWeights = new double[n];
        double top = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            Proposal p = accepted.get(i);
            hypotheses[i] = p.hypothesis();
            parameters[i] = p.parameters();
            distances[i] = p.distance();
            seeds[i] = p.seed();
            simulated[i] = p.simulated();
            weights[i] = previous == null ? 1 : proposer.weight(p.hypothesis(), p.parameters());
            logWeights[i] = Math.log(weights[i]) + acceptance.excess(p);
            top = Math.max(top, logWeights[i]);
        }
        double total = 0;
        for (int i = 0; i < n; i++) {
            if (acceptance.tempered()) {
                // in logs: the excess factor can be far beyond a double's range
                weights[i] = Math.exp(logWeights[i] - top);
            }
            total += weights[i];
        }
        for (int i = 0; i < n; i++) {
            weights[i] /= total;
        }
        return new Population(g, tolerance, hypotheses, parameters, weights, distances, seeds, simulated, attempts,
                within, acceptance.temperature());
    }
}
