package org.corridorsim.inference;

import java.util.List;

/**
 * Posterior predictive draws: new replications at parameter values resampled from the final
 * particles by weight, with fresh seeds. {@code values[d][k]} is observation {@code k} in draw
 * {@code d}; {@code cumulative[k][d]} its cumulative count per time bin, or an empty array for an
 * observation without a throughput series.
 */
public record Predictive(List<String> hypotheses, double[][] values, double[][][] cumulative, double binWidth) {

    public Predictive {
        hypotheses = List.copyOf(hypotheses);
    }

    public int draws() {
        return hypotheses.size();
    }
}
