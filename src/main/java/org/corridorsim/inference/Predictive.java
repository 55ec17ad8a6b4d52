package org.corridorsim.inference;

import java.util.List;

/**
 * Posterior predictive draws: new replications at parameter values resampled from the final
 * particles by weight, with fresh seeds. {@code values[d][k]} is observation {@code k} in draw
 * {@code d}; {@code cumulative[k][d]} its cumulative count per time bin, or an empty array for an
 * observation without a throughput series.
 *
 * @param hypotheses the hypothesis of each draw
 * @param values per draw, the value of each observation
 * @param cumulative per observation, per draw, the cumulative count in each time bin
 * @param binWidth the time bins' width, in seconds
 */
public record Predictive(List<String> hypotheses, double[][] values, double[][][] cumulative, double binWidth) {

    /**
     * Copies the collections, so the record stays immutable.
     *
     * @param hypotheses the hypothesis of each draw
     * @param values per draw, the value of each observation
     * @param cumulative per observation, per draw, the cumulative count in each time bin
     * @param binWidth the time bins' width, in seconds
     */
    public Predictive {
        hypotheses = List.copyOf(hypotheses);
    }

    /** {@return the number of predictive draws} */
    public int draws() {
        return hypotheses.size();
    }
}
