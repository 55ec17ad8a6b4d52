package org.corridorsim.inference;

import java.util.Map;
import java.util.TreeMap;

/**
 * One accepted particle of one generation: its hypothesis, parameter values (model units), its
 * normalised importance weight within the generation, the experiment seed whose replication 0
 * it simulated, and its distance from the observations.
 */
public record Particle(int generation, String hypothesis, Map<String, Double> parameters, double weight, long seed,
        double distance) {

    public Particle {
        parameters = java.util.Collections.unmodifiableMap(new TreeMap<>(parameters));
    }
}
