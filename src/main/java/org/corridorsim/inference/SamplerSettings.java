package org.corridorsim.inference;

/**
 * How the sampler runs. {@code quantile} picks each generation's tolerance from the previous
 * generation's distances; {@code defensive} is the share of proposals drawn from the prior;
 * {@code jump} the chance that a proposal moves to another hypothesis. With {@code adaptive},
 * {@code particles} is the effective sample size each generation aims at (see
 * {@link #particlesAfter}); otherwise every generation has {@code particles}. A generation whose
 * acceptance rate is surely below {@code minAcceptance} ends the fit (0: never).
 */
record SamplerSettings(
        int particles,
        long maxSimulations,
        int simulationsPerProposal,
        long seed,
        int threads,
        double quantile,
        double defensive,
        double jump,
        int maxGenerations,
        boolean adaptive,
        double minAcceptance) {

    /**
     * 0.3 rather than the usual median: on the range fits measured (docs/fitting.md) it reaches
     * tolerance 0, or a lower tolerance within the budget, with fewer simulations and no smaller
     * an effective sample size.
     */
    static final double DEFAULT_QUANTILE = 0.3;
    static final double DEFAULT_DEFENSIVE = 0.05;
    static final double DEFAULT_JUMP = 0.2;
    static final int DEFAULT_MAX_GENERATIONS = 40;
    /** An adaptive population grows to at most this many times the target. */
    static final int ADAPTIVE_GROWTH = 4;

    SamplerSettings(int particles, long maxSimulations, int simulationsPerProposal, long seed, int threads,
            double quantile, double defensive, double jump, int maxGenerations) {
        this(particles, maxSimulations, simulationsPerProposal, seed, threads, quantile, defensive, jump,
                maxGenerations, false, 0);
    }

    SamplerSettings {
        if (particles < 2) {
            throw new IllegalArgumentException("particles must be at least 2, got " + particles);
        }
        if (maxSimulations < particles) {
            throw new IllegalArgumentException("the simulation budget (" + maxSimulations
                    + ") must be at least the number of particles (" + particles + ")");
        }
        if (simulationsPerProposal < 1) {
            throw new IllegalArgumentException("replications per particle must be at least 1, got "
                    + simulationsPerProposal);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        if (!(quantile > 0 && quantile < 1) || !(defensive > 0 && defensive < 1) || !(jump >= 0 && jump < 1)) {
            throw new IllegalArgumentException("quantile and defensive share must be in (0, 1), jump in [0, 1)");
        }
        if (maxGenerations < 1) {
            throw new IllegalArgumentException("generations must be at least 1, got " + maxGenerations);
        }
        if (!(minAcceptance >= 0 && minAcceptance < 1)) {
            throw new IllegalArgumentException("the minimum acceptance rate must be in [0, 1), got " + minAcceptance);
        }
    }

    /**
     * The particles to accept in the generation after {@code previous}: {@code particles} when
     * fixed; when adaptive, as many as make the expected effective sample size {@code particles}
     * (the previous size times target over the previous ESS), between {@code particles} and
     * {@value #ADAPTIVE_GROWTH} times it.
     */
    int particlesAfter(Population previous) {
        if (!adaptive || previous == null) {
            return particles;
        }
        double ess = previous.effectiveSize();
        double wanted = Math.ceil(particles * (double) previous.size() / Math.max(ess, 1));
        return (int) Math.max(particles, Math.min((long) ADAPTIVE_GROWTH * particles, wanted));
    }

    SamplerSettings adaptive(boolean on) {
        return new SamplerSettings(particles, maxSimulations, simulationsPerProposal, seed, threads, quantile,
                defensive, jump, maxGenerations, on, minAcceptance);
    }

    SamplerSettings minAcceptance(double rate) {
        return new SamplerSettings(particles, maxSimulations, simulationsPerProposal, seed, threads, quantile,
                defensive, jump, maxGenerations, adaptive, rate);
    }

    static SamplerSettings of(int particles, long maxSimulations, long seed) {
        return new SamplerSettings(particles, maxSimulations, 1, seed, 1, DEFAULT_QUANTILE, DEFAULT_DEFENSIVE,
                DEFAULT_JUMP, DEFAULT_MAX_GENERATIONS);
    }

    SamplerSettings threads(int count) {
        return new SamplerSettings(particles, maxSimulations, simulationsPerProposal, seed, count, quantile, defensive,
                jump, maxGenerations, adaptive, minAcceptance);
    }

    SamplerSettings simulationsPerProposal(int count) {
        return new SamplerSettings(particles, maxSimulations, count, seed, threads, quantile, defensive, jump,
                maxGenerations, adaptive, minAcceptance);
    }

    SamplerSettings maxGenerations(int count) {
        return new SamplerSettings(particles, maxSimulations, simulationsPerProposal, seed, threads, quantile,
                defensive, jump, count, adaptive, minAcceptance);
    }
}
