package org.corridorsim.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.corridorsim.policy.Kind;
import org.corridorsim.random.Distribution;

/**
 * People of one kind in one place, travelling in groups. {@code travel} maps each corridor id
 * the population can reach to the approach time; its order is kept.
 */
public record Population(
        String id,
        Kind kind,
        Demand demand,
        Distribution groupSize,
        double medicalShare,
        Optional<Distribution> patience,
        Retry retry,
        Map<String, Distribution> travel) {

    public Population {
        if (!(medicalShare >= 0 && medicalShare <= 1)) {
            throw new IllegalArgumentException("medical share must be between 0 and 1, got " + medicalShare);
        }
        if (travel.isEmpty()) {
            throw new IllegalArgumentException("population " + id + " must be able to reach at least one corridor");
        }
        travel = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(travel));
    }
}
