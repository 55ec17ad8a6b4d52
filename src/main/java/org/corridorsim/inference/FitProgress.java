package org.corridorsim.inference;

/**
 * Told as a fit advances, for example to draw a progress bar. Calls never overlap; they come
 * from worker threads, so an implementation should return quickly.
 */
public interface FitProgress {

    FitProgress NONE = new FitProgress() { };

    /** Generation {@code generation} (0-based) starts; its tolerance is infinite for the first. */
    default void generationStarted(int generation, double tolerance, int particles) {
    }

    /** {@code proposals} have been simulated in this generation; {@code accepted} were kept before the current batch. */
    default void simulated(int generation, long proposals, int accepted) {
    }

    /** The generation is complete and its state saved. */
    default void generationFinished(int generation, double tolerance, double acceptanceRate, long simulations) {
    }
}
