package org.corridorsim.inference;

import java.util.Map;
import java.util.TreeMap;

/**
 * One accepted particle of one generation: its hypothesis, parameter values (model units), its
 * normalised importance weight within the generation, the experiment seed whose replication 0
 * it simulated, and its distance from the observations.
 *
 * @param generation 0-based generation index
 * @param hypothesis the hypothesis's id
 * @param parameters value of each parameter path, in model units (seconds, per second)
 * @param weight normalised importance weight within the generation
 * @param seed the experiment seed whose replication 0 it simulated
 * @param distance from the observed ranges; 0 inside every range
 */
public record Particle(int generation, String hypothesis, Map<String, Double> parameters, double weight, long seed,
        double distance) {

    /**
     * Copies the collections, so the record stays immutable.
     *
     * @param generation 0-based generation index
     * @param hypothesis the hypothesis's id
     * @param parameters value of each parameter path, in model units (seconds, per second)
     * @param weight normalised importance weight within the generation
     * @param seed the experiment seed whose replication 0 it simulated
     * @param distance from the observed ranges; 0 inside every range
     */
    public Particle {
        parameters = java.util.Collections.unmodifiableMap(new TreeMap<>(parameters));
    }
}
