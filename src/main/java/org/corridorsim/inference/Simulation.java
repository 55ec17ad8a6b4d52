package org.corridorsim.inference;

/**
 * The model being fitted, as a function: a hypothesis, its parameter values (in their own
 * units) and a seed give the simulated value of each observed quantity. Called from several
 * threads at once, so it must not keep mutable state between calls.
 */
@FunctionalInterface
interface Simulation {
    double[] simulate(int hypothesis, double[] values, long seed);

    /**
     * As {@link #simulate(int, double[], long)}, but it may stop as soon as the distance from the
     * observations is sure to exceed {@code tolerance}, and then return null (a rejection).
     */
    default double[] simulate(int hypothesis, double[] values, long seed, double tolerance) {
        return simulate(hypothesis, values, seed);
    }

    /**
     * As {@link #simulate(int, double[], long)}, but it may stop as soon as {@code acceptable}
     * says the values can no longer be accepted, and then return null (a rejection).
     */
    default double[] simulate(int hypothesis, double[] values, long seed, Acceptable acceptable) {
        return simulate(hypothesis, values, seed);
    }

    /** Whether a proposal can still be accepted, from what a replication has shown so far. */
    @FunctionalInterface
    interface Acceptable {
        /**
         * @param atLeast per observation, a lower bound of its value (NaN when none is known yet)
         * @param settled per observation, whether {@code atLeast} is already its final value
         * @return false only if no final values consistent with these can be accepted
         */
        boolean possible(double[] atLeast, boolean[] settled);
    }
}
