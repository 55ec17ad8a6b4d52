package org.corridorsim.inference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
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
    private final Temperatures temperatures;
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
        this.temperatures = new Temperatures();
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
        ExecutorService executor = batch == null ? executor(settings.threads()) : null;
        try {
            while (true) {
                Population last = generations.isEmpty() ? null : generations.get(generations.size() - 1);
                if (last != null && last.tolerance() == 0 && !(tempered() && last.temperature() > 1)) {
                    return new Run(generations, Stop.EXACT);
                }
                if (generations.size() >= settings.maxGenerations()) {
                    return new Run(generations, Stop.GENERATIONS);
                }
                // with counts and no range, every distance is 0: the first generation is already at tolerance 0
                double tolerance = last == null ? (likelihood != null && !likelihood.ranged() ? 0
                        : Double.POSITIVE_INFINITY) : nextTolerance(last);
                normaliser = 0;
                temperature = Double.NaN;
                if (tempered() && last != null) {
                    double[] ratios = logRatios(last);
                    normaliser = largest(ratios);
                    temperature = temperatures.next(last, shifted(ratios));
                }
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

    /** A proposal; {@code logRatio} is log(L / c) of its count observations and {@code uniform} its acceptance draw. */
    private record Proposal(int hypothesis, double[] parameters, long seed, double[] simulated, double distance,
            double logRatio, double uniform) {}

    /** The temperature of the generation being filled; NaN before the first batch of a tempered fit's first one. */
    private double temperature = Double.NaN;

    /**
     * log(c' / c) of the generation being filled: the largest log-ratio found before it (at most
     * 0). A proposal is accepted with probability min(1, exp((logRatio - normaliser) / T)) and,
     * when that exceeds 1, weighted by the excess, so the accepted particles stay exact for any
     * normaliser fixed before they are drawn (pyABC's {@code pdf_norm_max_found} with importance
     * weighting). With the bound c itself, a model that cannot reproduce the counts exactly
     * would be accepted at a rate of exp(logRatio) even at its best.
     */
    private double normaliser = 0;

    private boolean tempered() {
        return likelihood != null && likelihood.counted();
    }

    /** Whether a simulated proposal is accepted: within the tolerance, and (tempered) by its likelihood draw. */
    private boolean accepts(Proposal proposal, double tolerance) {
        if (!(proposal.distance() <= tolerance)) {
            return false;
        }
        return !tempered() || Math.log(proposal.uniform()) <= (proposal.logRatio() - normaliser) / temperature;
    }

    /** The log of the importance weight's factor for an acceptance probability above 1 (0 untempered). */
    private double excess(Proposal proposal) {
        return tempered() ? Math.max(0, (proposal.logRatio() - normaliser) / temperature) : 0;
    }

    /** The largest finite value, 0 when there is none or it is above 0. */
    private static double largest(double[] logRatios) {
        double max = Double.NEGATIVE_INFINITY;
        for (double r : logRatios) {
            max = Math.max(max, r);
        }
        return max > Double.NEGATIVE_INFINITY && max < 0 ? max : 0;
    }

    /** The log-ratios less the normaliser. */
    private double[] shifted(double[] logRatios) {
        double[] shifted = new double[logRatios.length];
        for (int i = 0; i < shifted.length; i++) {
            shifted[i] = logRatios[i] - normaliser;
        }
        return shifted;
    }

    /** log(L / c) of each particle of a population, from its stored simulated values. */
    private double[] logRatios(Population population) {
        double[] ratios = new double[population.size()];
        for (int i = 0; i < ratios.length; i++) {
            Candidate c = candidates.get(population.hypotheses()[i]);
            ratios[i] = likelihood.logRatio(c.noiseValues(population.parameters()[i]), population.simulated()[i]);
        }
        return ratios;
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
        Proposer proposer = new Proposer(previous, tolerance);
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
            if (tempered() && Double.isNaN(temperature)) {
                double[] ratios = new double[results.length];
                for (int i = 0; i < ratios.length; i++) {
                    ratios[i] = results[i].distance() <= tolerance ? results[i].logRatio() : Double.NEGATIVE_INFINITY;
                }
                normaliser = largest(ratios);
                temperature = temperatures.first(shifted(ratios));
            }
            for (Proposal proposal : results) {
                if (accepts(proposal, tolerance)) {
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
        Proposal[] results = new Proposal[count];
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        Object lock = new Object();
        long[] finished = {0};
        Runnable work = () -> {
            int i;
            while (!stop.get() && (i = next.getAndIncrement()) < count) {
                results[i] = propose(g, from + i, tolerance, proposer);
                // A flag set by plugin code is not a stop: only 'stop' is.
                Thread.interrupted();
                synchronized (lock) {
                    listener.simulated(g, from + ++finished[0], acceptedBefore);
                }
            }
        };
        List<Future<?>> futures = new ArrayList<>();
        for (int w = 0; w < settings.threads(); w++) {
            futures.add(executor.submit(work));
        }
        try {
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (InterruptedException e) {
            stop.set(true);
            futures.forEach(f -> f.cancel(true));
            throw e;
        } catch (ExecutionException e) {
            stop.set(true);
            futures.forEach(f -> f.cancel(true));
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
        return results;
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
            m = sampleModelPrior(rng);
            theta = samplePrior(candidates.get(m), rng);
        } else {
            m = proposer.model(rng);
            theta = proposer.parameters(m, rng);
        }
        long seed = rng.nextLong();
        return new Proposal(m, theta, seed, null, Double.NaN, 0, tempered() ? rng.nextDouble() : 1);
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
                : simulation.simulate(m, values, drawn.seed(), acceptable(m, drawn, tolerance));
        if (simulated == null) {
            // NaN: never within a tolerance, not even an infinite one (generation 0 of a tempered fit)
            return new Proposal(m, drawn.parameters(), drawn.seed(), null, Double.NaN, Double.NEGATIVE_INFINITY, 1);
        }
        return scored(m, drawn.parameters(), drawn.seed(), drawn.uniform(), simulated);
    }

    /**
     * What a proposal's replication must still be able to show to be accepted, for stopping it
     * early (a fit with counts or bias factors); null to run it to the end. With counts, it is
     * accepted when its log-ratio is at least normaliser + T log u, and its uniform u is drawn
     * before it is simulated; before the first temperature is known, every replication runs to
     * the end.
     */
    private Simulation.Acceptable acceptable(int m, Proposal drawn, double tolerance) {
        if (tempered() && Double.isNaN(temperature)) {
            return null;
        }
        double[] noise = candidates.get(m).noiseValues(drawn.parameters());
        double exact = tempered() ? normaliser + temperature * Math.log(drawn.uniform()) : 0;
        // a little below: rounding in the sum of fewer terms must never reject what accepts() would take
        double threshold = exact - 1e-9 * (1 + Math.abs(exact));
        return (atLeast, settled) -> likelihood.possible(noise, atLeast, settled, tolerance, threshold);
    }

    private int sampleModelPrior(UniformRandomProvider rng) {
        double u = rng.nextDouble();
        for (int m = 0; m < modelCumulative.length - 1; m++) {
            if (u < modelCumulative[m]) {
                return m;
            }
        }
        return modelCumulative.length - 1;
    }

    private static double[] samplePrior(Candidate candidate, UniformRandomProvider rng) {
        double[] theta = new double[candidate.dimension()];
        for (int k = 0; k < theta.length; k++) {
            theta[k] = candidate.priors().get(k).sample(rng);
        }
        return theta;
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
            logWeights[i] = Math.log(weights[i]) + excess(p);
            top = Math.max(top, logWeights[i]);
        }
        double total = 0;
        for (int i = 0; i < n; i++) {
            if (tempered()) {
                // in logs: the excess factor can be far beyond a double's range
                weights[i] = Math.exp(logWeights[i] - top);
            }
            total += weights[i];
        }
        for (int i = 0; i < n; i++) {
            weights[i] /= total;
        }
        return new Population(g, tolerance, hypotheses, parameters, weights, distances, seeds, simulated, attempts,
                within, tempered() ? temperature : Double.NaN);
    }

    /** Draws proposals from the previous generation and gives their importance weights. */
    private final class Proposer {
        private final Population previous;
        private final Perturbation[] kernels;
        private final double[] modelWeights;
        private final double[] cumulative;

        Proposer(Population previous, double tolerance) {
            this.previous = previous;
            this.kernels = new Perturbation[candidates.size()];
            this.modelWeights = previous == null ? null : previous.hypothesisWeights(candidates.size());
            this.cumulative = previous == null ? null : new double[previous.size()];
            if (previous != null) {
                double running = 0;
                for (int i = 0; i < previous.size(); i++) {
                    running += previous.weights()[i];
                    cumulative[i] = running;
                }
                for (int m = 0; m < kernels.length; m++) {
                    kernels[m] = Perturbation.of(candidates.get(m), m, previous, tolerance);
                }
            }
        }

        boolean fromPrior(UniformRandomProvider rng) {
            double u = rng.nextDouble();
            return previous == null || u < settings.defensive();
        }

        /** A previous particle's hypothesis, then possibly a jump to another one. */
        int model(UniformRandomProvider rng) {
            double u = rng.nextDouble() * cumulative[cumulative.length - 1];
            int lo = 0;
            int hi = cumulative.length - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (u < cumulative[mid]) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            int m = previous.hypotheses()[lo];
            int count = candidates.size();
            if (count > 1 && rng.nextDouble() < settings.jump()) {
                int other = rng.nextInt(count - 1);
                m = other >= m ? other + 1 : other;
            }
            return m;
        }

        double[] parameters(int m, UniformRandomProvider rng) {
            if (kernels[m] == null) {
                return samplePrior(candidates.get(m), rng);
            }
            double[] theta = new double[candidates.get(m).dimension()];
            kernels[m].propose(rng, theta);
            return theta;
        }

        /** Prior density over proposal density, both for (hypothesis, parameters). */
        double weight(int m, double[] theta) {
            Candidate candidate = candidates.get(m);
            double prior = modelPrior[m] * candidate.priorDensity(theta);
            double kernel = kernels[m] == null ? candidate.priorDensity(theta) : kernels[m].density(theta);
            double proposal = (1 - settings.defensive()) * modelMove(m) * kernel + settings.defensive() * prior;
            return prior / proposal;
        }

        /** The probability that the hypothesis step lands on {@code m}. */
        private double modelMove(int m) {
            int count = candidates.size();
            if (count == 1) {
                return 1;
            }
            double total = Arrays.stream(modelWeights).sum();
            double stay = modelWeights[m] / total;
            return stay * (1 - settings.jump()) + (1 - stay) * settings.jump() / (count - 1);
        }
    }

    private static ExecutorService executor(int threads) {
        AtomicInteger count = new AtomicInteger();
        return Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "corridorsim-fit-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }
}
