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

    /**
     * Draws the next value as a whole number: {@link #sample()} rounded to the nearest integer
     * (half to even), saturating at the int range. Samplers of whole-number distributions
     * override it to draw the same number without the round trip through double, so it costs no
     * more than their own draw.
     *
     * @return the next value, rounded
     */
    default int sampleWhole() {
        return (int) Math.rint(sample());
    }
}
