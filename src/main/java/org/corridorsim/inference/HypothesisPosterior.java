package org.corridorsim.inference;

import java.util.Map;
import java.util.TreeMap;

/**
 * What a fit says about one hypothesis. {@code probability} is its posterior probability among
 * the hypotheses (equal prior probabilities). {@code probabilityError} is its standard error as
 * an importance-sampling estimate over the final weighted particles, {@code sqrt(p (1 - p) / n)}
 * with n the effective number of particles behind it: from the delta-method variance of a
 * self-normalised estimate (which accounts for the unequal weights), at most the generation's
 * effective sample size (ESS). [{@code probabilityLow}, {@code probabilityHigh}] is a 95% Wilson
 * interval on the same n: so a hypothesis that holds no particle gets an upper bound of about
 * 3.8 / ESS, not "0 ± 0". {@code particles} counts its final particles and
 * {@code effectiveSize} their effective sample size (Kish). {@code bayesFactor} compares it with
 * the most probable other hypothesis: above 1 it is favoured. It is positive infinity when every
 * other hypothesis has probability 0 and NaN when there is no other hypothesis.
 *
 * @param id the hypothesis's id in the scenario
 * @param probability posterior probability, in [0, 1]
 * @param probabilityError standard error of {@code probability}
 * @param probabilityLow lower end of its 95% interval
 * @param probabilityHigh upper end of its 95% interval
 * @param particles final particles holding this hypothesis
 * @param effectiveSize effective sample size of those particles; 0 when there are none
 * @param bayesFactor against the most probable other hypothesis; may be infinite or NaN
 * @param parameters posterior of each parameter path, sorted by path
 */
public record HypothesisPosterior(String id, double probability, double probabilityError, double probabilityLow,
        double probabilityHigh, int particles, double effectiveSize, double bayesFactor,
        Map<String, ParameterPosterior> parameters) {

    /**
     * Copies the collections, so the record stays immutable.
     *
     * @param id the hypothesis's id in the scenario
     * @param probability posterior probability, in [0, 1]
     * @param probabilityError standard error of {@code probability}
     * @param probabilityLow lower end of its 95% interval
     * @param probabilityHigh upper end of its 95% interval
     * @param particles final particles holding this hypothesis
     * @param effectiveSize effective sample size of those particles; 0 when there are none
     * @param bayesFactor against the most probable other hypothesis; may be infinite or NaN
     * @param parameters posterior of each parameter path, sorted by path
     */
    public HypothesisPosterior {
        parameters = java.util.Collections.unmodifiableMap(new TreeMap<>(parameters));
    }
}
