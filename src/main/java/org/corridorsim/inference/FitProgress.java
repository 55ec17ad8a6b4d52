package org.corridorsim.inference;

/**
 * Told as a fit advances, for example to draw a progress bar. Calls never overlap; they come
 * from worker threads, so an implementation should return quickly.
 */
public interface FitProgress {

    /** A listener that ignores everything. */
    FitProgress NONE = new FitProgress() { };

    /**
     * A generation starts.
     *
     * @param generation 0-based index
     * @param tolerance the distance a particle must not exceed; infinite for the first generation
     * @param particles how many it must accept
     */
    default void generationStarted(int generation, double tolerance, int particles) {
    }

    /**
     * A batch of proposals has been simulated.
     *
     * @param generation 0-based index
     * @param proposals simulated so far in this generation
     * @param accepted kept before the current batch
     */
    default void simulated(int generation, long proposals, int accepted) {
    }

    /**
     * The generation is complete and its state saved.
     *
     * @param generation 0-based index
     * @param tolerance the generation's tolerance
     * @param acceptanceRate accepted over proposed, in (0, 1]
     * @param simulations replications simulated so far in the whole fit
     */
    default void generationFinished(int generation, double tolerance, double acceptanceRate, long simulations) {
    }

    /**
     * The generation is complete and its state saved, with its size and effective sample size.
     * By default this calls {@link #generationFinished(int, double, double, long)}.
     *
     * @param generation 0-based index
     * @param tolerance the generation's tolerance
     * @param acceptanceRate accepted over proposed, in (0, 1]
     * @param simulations replications simulated so far in the whole fit
     * @param particles the generation's particles
     * @param effectiveSize their effective sample size (Kish)
     */
    default void generationFinished(int generation, double tolerance, double acceptanceRate, long simulations,
            int particles, double effectiveSize) {
        generationFinished(generation, tolerance, acceptanceRate, simulations);
    }
}
