package org.corridorsim.inference;

import java.util.Map;
import java.util.TreeMap;

/**
 * What a fit says about one hypothesis. {@code probability} is its posterior probability among
 * the hypotheses (equal prior probabilities), {@code probabilityError} a bootstrap standard error
 * over the final particles, {@code particles} how many final particles it holds.
 * {@code bayesFactor} compares it with the most probable other hypothesis: above 1 it is favoured.
 * It is positive infinity when every other hypothesis has probability 0 and NaN when there is no
 * other hypothesis.
 *
 * @param id the hypothesis's id in the scenario
 * @param probability posterior probability, in [0, 1]
 * @param probabilityError bootstrap standard error of {@code probability}
 * @param particles final particles holding this hypothesis
 * @param bayesFactor against the most probable other hypothesis; may be infinite or NaN
 * @param parameters posterior of each parameter path, sorted by path
 */
public record HypothesisPosterior(String id, double probability, double probabilityError, int particles,
        double bayesFactor, Map<String, ParameterPosterior> parameters) {

    /**
     * Copies the collections, so the record stays immutable.
     *
     * @param id the hypothesis's id in the scenario
     * @param probability posterior probability, in [0, 1]
     * @param probabilityError bootstrap standard error of {@code probability}
     * @param particles final particles holding this hypothesis
     * @param bayesFactor against the most probable other hypothesis; may be infinite or NaN
     * @param parameters posterior of each parameter path, sorted by path
     */
    public HypothesisPosterior {
        parameters = java.util.Collections.unmodifiableMap(new TreeMap<>(parameters));
    }
}
