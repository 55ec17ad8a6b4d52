package org.corridorsim.inference;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.corridorsim.scenario.Scenario;

/**
 * Fits a scenario's hypotheses and parameters to what it says was observed, by ABC-SMC (see
 * {@code docs/fitting.md}).
 *
 * <pre>{@code
 * FitResult result = Fit.of(scenario).particles(1000).seed(7).threads(4).run();
 * double p = result.hypotheses().get(0).probability();
 * }</pre>
 *
 * <p>The result is identical to the last bit for any thread count, and a fit resumed from the
 * state saved after a generation ends exactly where the uninterrupted fit would.
 */
public final class Fit {

    /** The default number of particles per generation. */
    public static final int DEFAULT_PARTICLES = 1000;
    /** The default budget, in simulations per particle. */
    public static final int DEFAULT_BUDGET_PER_PARTICLE = 200;
    /** The default number of posterior predictive replications. */
    public static final int DEFAULT_PREDICTIVE_DRAWS = 200;

    private final Scenario scenario;
    private final int particles;
    private final long maxSimulations;
    private final long seed;
    private final int threads;
    private final int replicationsPerParticle;
    private final int predictiveDraws;
    private final Optional<Path> stateFolder;
    private final FitProgress progress;
    /** Null for the local threads. */
    private final Simulations batch;
    private final Tuning tuning;

    /** How the sampler saves work; none of it changes the accepted particles except {@code adaptive}. */
    private record Tuning(boolean earlyRejection, boolean adaptive, double minAcceptance, double quantile) {
        static final Tuning DEFAULT = new Tuning(true, false, 0, SamplerSettings.DEFAULT_QUANTILE);
    }

    /**
     * Simulates a generation's batch of proposals somewhere other than the local threads, e.g. on
     * a cluster. Proposal {@code i} must give {@link Fit#simulate} of its hypothesis, parameter
     * values and seed; as the proposals are drawn and accepted in index order on the caller's side,
     * the fit is then the local one to the bit.
     */
    @FunctionalInterface
    public interface Simulations {
        /**
         * Simulates a batch of proposals.
         *
         * @param hypotheses each proposal's hypothesis, an index into the scenario's hypotheses
         * @param values each proposal's parameter values, in the scenario's units
         * @param seeds each proposal's experiment seed
         * @return for each proposal, in index order, the simulated value of each observed quantity
         */
        double[][] simulate(int[] hypotheses, double[][] values, long[] seeds);
    }

    /**
     * What a fit of {@code scenario} simulates for one proposal: the observed quantities under
     * hypothesis {@code hypothesis} (an index into the scenario's hypotheses) with parameter
     * values {@code values} (in the scenario's units), over replications 0 .. R-1 of {@code seed}.
     *
     * @param scenario the fitted scenario
     * @param replicationsPerParticle R, replications averaged per proposal
     * @param hypothesis an index into the scenario's hypotheses
     * @param values the hypothesis's parameter values, in the scenario's units
     * @param seed the experiment seed
     * @return the simulated value of each observed quantity
     */
    public static double[] simulate(Scenario scenario, int replicationsPerParticle, int hypothesis, double[] values,
            long seed) {
        return new ScenarioSimulation(scenario, replicationsPerParticle).simulate(hypothesis, values, seed);
    }

    /**
     * Where the proposals' simulations run instead of the local threads; the results are the same.
     *
     * @param where the runner, e.g. one on Spark
     * @return a copy with this setting
     */
    public Fit simulations(Simulations where) {
        return new Fit(scenario, particles, maxSimulations, seed, threads, replicationsPerParticle, predictiveDraws,
                stateFolder, progress, java.util.Objects.requireNonNull(where, "simulations"), tuning);
    }

    private Fit(Scenario scenario, int particles, long maxSimulations, long seed, int threads,
            int replicationsPerParticle, int predictiveDraws, Optional<Path> stateFolder, FitProgress progress,
            Simulations batch, Tuning tuning) {
        this.tuning = tuning;
        this.scenario = scenario;
        this.particles = particles;
        this.maxSimulations = maxSimulations;
        this.seed = seed;
        this.threads = threads;
        this.replicationsPerParticle = replicationsPerParticle;
        this.predictiveDraws = predictiveDraws;
        this.stateFolder = stateFolder;
        this.progress = progress;
        this.batch = batch;
    }

    /**
     * A fit of {@value #DEFAULT_PARTICLES} particles, a budget of
     * {@value #DEFAULT_BUDGET_PER_PARTICLE} simulations per particle, the scenario's seed, one
     * thread and one replication per particle.
     *
     * @param scenario a scenario with at least one observation and its hypotheses' priors
     * @return the fit, not yet run
     * @throws IllegalArgumentException if the scenario observes nothing
     */
    public static Fit of(Scenario scenario) {
        if (scenario.inference().observed().isEmpty()) {
            throw new IllegalArgumentException("scenario " + scenario.id() + " observes nothing: a fit needs at least "
                    + "one entry under 'observed:', e.g. {metric: evacuated, between: [0, 17]}");
        }
        return new Fit(scenario, DEFAULT_PARTICLES, (long) DEFAULT_PARTICLES * DEFAULT_BUDGET_PER_PARTICLE,
                scenario.experiment().seed(), 1, 1, DEFAULT_PREDICTIVE_DRAWS, Optional.empty(), FitProgress.NONE, null,
                Tuning.DEFAULT);
    }

    /**
     * Particles per generation; the budget, if it was the default, follows.
     *
     * @param count at least 2
     * @return a copy with this setting
     * @throws IllegalArgumentException if {@code count} is below 2
     */
    public Fit particles(int count) {
        if (count < 2) {
            throw new IllegalArgumentException("particles must be at least 2, got " + count);
        }
        long budget = maxSimulations == (long) particles * DEFAULT_BUDGET_PER_PARTICLE
                ? (long) count * DEFAULT_BUDGET_PER_PARTICLE : maxSimulations;
        return new Fit(scenario, count, budget, seed, threads, replicationsPerParticle, predictiveDraws, stateFolder,
                progress, batch, tuning);
    }

    /**
     * The most replications to simulate while fitting (each particle costs replications-per-particle).
     *
     * @param count at least 1
     * @return a copy with this setting
     * @throws IllegalArgumentException if {@code count} is below 1
     */
    public Fit maxSimulations(long count) {
        if (count < 1) {
            throw new IllegalArgumentException("max simulations must be at least 1, got " + count);
        }
        return new Fit(scenario, particles, count, seed, threads, replicationsPerParticle, predictiveDraws, stateFolder,
                progress, batch, tuning);
    }

    /**
     * The seed of the fit's own random numbers and of the particles' experiment seeds.
     *
     * @param fitSeed any value; the default is the scenario's seed
     * @return a copy with this setting
     */
    public Fit seed(long fitSeed) {
        return new Fit(scenario, particles, maxSimulations, fitSeed, threads, replicationsPerParticle, predictiveDraws,
                stateFolder, progress, batch, tuning);
    }

    /**
     * Worker threads; the result does not depend on this number.
     *
     * @param count at least 1
     * @return a copy with this setting
     * @throws IllegalArgumentException if {@code count} is below 1
     */
    public Fit threads(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + count);
        }
        return new Fit(scenario, particles, maxSimulations, seed, count, replicationsPerParticle, predictiveDraws,
                stateFolder, progress, batch, tuning);
    }

    /**
     * Replications averaged per particle. With 1 (the default) a particle is one replication, and
     * an exact match fits the model's distribution of single outcomes. With more, the observed
     * ranges are compared with a mean over replications: that fits the expected outcome, a
     * narrower target that ignores replication-to-replication variation.
     *
     * @param count at least 1
     * @return a copy with this setting
     * @throws IllegalArgumentException if {@code count} is below 1
     */
    public Fit replicationsPerParticle(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("replications per particle must be at least 1, got " + count);
        }
        return new Fit(scenario, particles, maxSimulations, seed, threads, count, predictiveDraws, stateFolder,
                progress, batch, tuning);
    }

    /**
     * Posterior predictive replications drawn after the fit.
     *
     * @param count 0 for none
     * @return a copy with this setting
     * @throws IllegalArgumentException if {@code count} is negative
     */
    public Fit predictiveDraws(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("predictive draws must not be negative, got " + count);
        }
        return new Fit(scenario, particles, maxSimulations, seed, threads, replicationsPerParticle, count, stateFolder,
                progress, batch, tuning);
    }

    /**
     * Whether a proposal's replication stops as soon as an observed count can no longer come back
     * within the generation's tolerance (a count that only grows already above its range, or a
     * count at a time already past below it). Such a proposal would be rejected anyway, so the
     * particles and weights are the same either way; only the time differs. On by default; it
     * applies with one replication per particle and the local threads.
     *
     * @param on false to simulate every proposal to the horizon
     * @return a copy with this setting
     */
    public Fit earlyRejection(boolean on) {
        return new Fit(scenario, particles, maxSimulations, seed, threads, replicationsPerParticle, predictiveDraws,
                stateFolder, progress, batch,
                new Tuning(on, tuning.adaptive(), tuning.minAcceptance(), tuning.quantile()));
    }

    /**
     * Whether the population size follows the effective sample size (ESS): each generation
     * accepts as many particles as make its expected ESS the number set by {@link #particles}
     * (the previous size times that number over the previous generation's ESS), up to
     * {@value SamplerSettings#ADAPTIVE_GROWTH} times it. Off by default: every generation then
     * has exactly that many particles.
     *
     * @param on true for an adaptive population
     * @return a copy with this setting
     */
    public Fit adaptivePopulation(boolean on) {
        return new Fit(scenario, particles, maxSimulations, seed, threads, replicationsPerParticle, predictiveDraws,
                stateFolder, progress, batch,
                new Tuning(tuning.earlyRejection(), on, tuning.minAcceptance(), tuning.quantile()));
    }

    /**
     * The lowest acceptance rate at which a generation goes on: below it, the fit stops with
     * {@link FitResult.Stop#ACCEPTANCE} and reports the last complete generation. A generation is
     * judged once it has made at least as many proposals as it needs particles, and only when
     * even 3 more acceptances would leave it below the floor.
     *
     * @param rate in [0, 1); 0 (the default) never stops
     * @return a copy with this setting
     * @throws IllegalArgumentException if {@code rate} is outside [0, 1)
     */
    public Fit minAcceptance(double rate) {
        if (!(rate >= 0 && rate < 1)) {
            throw new IllegalArgumentException("the minimum acceptance rate must be in [0, 1), got " + rate);
        }
        return new Fit(scenario, particles, maxSimulations, seed, threads, replicationsPerParticle, predictiveDraws,
                stateFolder, progress, batch,
                new Tuning(tuning.earlyRejection(), tuning.adaptive(), rate, tuning.quantile()));
    }

    /**
     * The quantile of the previous generation's distances that sets each generation's tolerance
     * (a fit with a likelihood sets temperatures instead and ignores it). Lower values tighten
     * the tolerance faster: fewer generations, each with a lower acceptance rate.
     *
     * @param q in (0, 1); 0.3 by default (see docs/fitting.md)
     * @return a copy with this setting
     * @throws IllegalArgumentException if {@code q} is outside (0, 1)
     */
    public Fit quantile(double q) {
        if (!(q > 0 && q < 1)) {
            throw new IllegalArgumentException("the tolerance quantile must be in (0, 1), got " + q);
        }
        return new Fit(scenario, particles, maxSimulations, seed, threads, replicationsPerParticle, predictiveDraws,
                stateFolder, progress, batch, new Tuning(tuning.earlyRejection(), tuning.adaptive(),
                        tuning.minAcceptance(), q));
    }

    /**
     * Saves the state after each generation in {@code folder}, so that {@link #resume} can continue it.
     *
     * @param folder a directory, created if needed
     * @return a copy with this setting
     */
    public Fit saveStateIn(Path folder) {
        return new Fit(scenario, particles, maxSimulations, seed, threads, replicationsPerParticle, predictiveDraws,
                Optional.of(folder), progress, batch, tuning);
    }

    /**
     * Reports progress to {@code listener}.
     *
     * @param listener called from worker threads; {@link FitProgress#NONE} by default
     * @return a copy with this setting
     */
    public Fit onProgress(FitProgress listener) {
        return new Fit(scenario, particles, maxSimulations, seed, threads, replicationsPerParticle, predictiveDraws,
                stateFolder, listener, batch, tuning);
    }

    /**
     * Runs the fit from the start.
     *
     * @return the posterior and how the fit went
     * @throws InterruptedException if this thread is interrupted; the saved state keeps every
     *         completed generation
     */
    public FitResult run() throws InterruptedException {
        return run(List.of());
    }

    /**
     * Continues the fit whose state was saved in {@code folder}, with the same settings.
     *
     * @param folder where {@link #saveStateIn} saved it
     * @return the posterior and how the fit went
     * @throws IllegalArgumentException if there is no state there, or it belongs to another
     *         scenario or other settings
     * @throws InterruptedException if this thread is interrupted; the saved state keeps every
     *         completed generation
     */
    public FitResult resume(Path folder) throws InterruptedException {
        return saveStateIn(folder).run(FitState.load(folder, fingerprint()));
    }

    private FitResult run(List<Population> done) throws InterruptedException {
        List<Candidate> candidates = FitProblem.candidates(scenario);
        ScenarioSimulation simulation = new ScenarioSimulation(scenario, replicationsPerParticle,
                tuning.earlyRejection());
        SamplerSettings settings = new SamplerSettings(particles, maxSimulations, replicationsPerParticle, seed,
                threads, tuning.quantile(), SamplerSettings.DEFAULT_DEFENSIVE,
                SamplerSettings.DEFAULT_JUMP, SamplerSettings.DEFAULT_MAX_GENERATIONS, tuning.adaptive(),
                tuning.minAcceptance());
        AbcSmc sampler = new AbcSmc(candidates, FitProblem.ranges(scenario), simulation, settings, batch,
                FitProblem.likelihood(scenario));
        List<Population> saved = new ArrayList<>(done);
        java.util.Map<String, String> fingerprint = fingerprint();
        AbcSmc.Run run = sampler.run(done, new AbcSmc.Listener() {
            @Override
            public void generationStarted(int generation, double tolerance, int size) {
                progress.generationStarted(generation, tolerance, size);
            }

            @Override
            public void simulated(int generation, long proposals, int accepted) {
                progress.simulated(generation, proposals, accepted);
            }

            @Override
            public void generationFinished(Population population) {
                saved.add(population);
                stateFolder.ifPresent(folder -> FitState.save(folder, fingerprint, saved));
                long simulations = saved.stream().mapToLong(Population::proposals).sum() * replicationsPerParticle;
                progress.generationFinished(population.generation(), population.tolerance(),
                        population.acceptanceRate(), simulations, population.size(), population.effectiveSize());
            }
        });
        if (run.generations().isEmpty()) {
            throw new IllegalArgumentException("the budget of " + maxSimulations + " simulations ran out before the "
                    + "first " + particles + " particles were drawn from the prior");
        }
        Predictive predictive = PredictiveDraws.draw(scenario, simulation, candidates, run.last(), predictiveDraws,
                seed, threads, FitProblem.likelihood(scenario));
        return new FitResult(scenario, candidates, run, replicationsPerParticle, seed, predictive);
    }

    /** What must match for a saved state to be resumed, by name; see {@link FitIdentity}. */
    java.util.Map<String, String> fingerprint() {
        java.util.Map<String, String> parts = FitIdentity.of(scenario, seed, particles, maxSimulations,
                replicationsPerParticle);
        parts.put("tolerance quantile", Double.toString(tuning.quantile()));
        if (tuning.adaptive() || tuning.minAcceptance() > 0) {
            parts.put("adaptive", Boolean.toString(tuning.adaptive()));
            parts.put("min acceptance", Double.toString(tuning.minAcceptance()));
        }
        return parts;
    }
}
