package org.corridorsim.scenario;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One explanation to weigh: only the blocking policies {@code policies} are on (in the order of
 * the file), and {@code priors} (the scenario's shared priors with the hypothesis's own in their
 * place, sorted by path) give its unknown parameters. A prior on a policy the hypothesis leaves
 * off is not among them: that parameter does not exist under this hypothesis.
 *
 * @param id the hypothesis id, not blank
 * @param policies ids of the policies on, in file order
 * @param priors the prior of each unknown parameter, by override path
 */
public record Hypothesis(String id, List<String> policies, Map<String, Prior> priors) {

    /** The id of the hypothesis used when a scenario names none: every policy on. */
    public static final String DEFAULT_ID = "all";

    /**
     * Checks the components.
     *
     * @param id the hypothesis id, not blank
     * @param policies ids of the policies on, in file order
     * @param priors the prior of each unknown parameter, by override path
     */
    public Hypothesis {
        if (id.isBlank()) {
            throw new IllegalArgumentException("a hypothesis needs an id");
        }
        policies = List.copyOf(policies);
        priors = Collections.unmodifiableMap(new TreeMap<>(priors));
    }

    /** {@return the parameter paths, sorted} */
    public List<String> parameters() {
        return List.copyOf(priors.keySet());
    }
}
