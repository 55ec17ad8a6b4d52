package org.corridorsim.random;

/** Draws values from one distribution using one random stream; allocation-free per draw. */
@FunctionalInterface
public interface Sampler {

    /**
     * Draws the next value.
     *
     * @return a value of the distribution
     */
    double sample();
}
