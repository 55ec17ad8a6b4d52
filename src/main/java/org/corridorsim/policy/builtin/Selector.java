package org.corridorsim.policy.builtin;

import java.util.List;
import java.util.Optional;
import org.corridorsim.policy.GroupView;
import org.corridorsim.policy.PolicyContext;

/**
 * Which groups a built-in policy acts on beyond kind and corridor: by population id, by group
 * attributes (a group must have every one named), and where, by station id or station kind. Resolved once per replication into flat tables, so a decision
 * costs two array reads.
 */
final class Selector {

    private final boolean allPopulations;
    private final boolean[] populations;
    /** Indexes of the attributes a group must all have. */
    private final int[] attributes;
    private final boolean allStations;
    /** [corridor][station]: whether the policy acts at that station. */
    private final boolean[][] stations;

    Selector(Optional<List<String>> populationIds, Optional<List<String>> stationNames,
            Optional<List<String>> attributeNames, PolicyContext context) {
        attributes = attributeNames.orElse(List.of()).stream().mapToInt(context::attributeIndex).toArray();
        allPopulations = populationIds.isEmpty();
        populations = new boolean[Math.max(0, context.populationCount())];
        populationIds.ifPresent(ids -> ids.forEach(id -> populations[context.populationIndex(id)] = true));
        allStations = stationNames.isEmpty();
        stations = new boolean[context.corridorCount()][];
        for (int c = 0; c < stations.length; c++) {
            stations[c] = new boolean[context.stationCount(c)];
            for (int s = 0; s < stations[c].length; s++) {
                for (String name : stationNames.orElse(List.of())) {
                    stations[c][s] |= context.stationIs(c, s, name);
                }
            }
        }
    }

    boolean selects(GroupView group) {
        if (!allPopulations) {
            int p = group.population();
            if (p < 0 || p >= populations.length || !populations[p]) {
                return false;
            }
        }
        for (int a : attributes) {
            if (!group.has(a)) {
                return false;
            }
        }
        if (!allStations) {
            int c = group.corridor();
            int s = group.station();
            return c >= 0 && s >= 0 && c < stations.length && s < stations[c].length && stations[c][s];
        }
        return true;
    }

    /** Words for a description: the populations and stations named, or empty. */
    static String words(Optional<List<String>> populationIds, Optional<List<String>> stationNames) {
        return populationIds.map(p -> " of " + String.join(", ", p)).orElse("")
                + stationNames.map(s -> " at " + String.join(", ", s)).orElse("");
    }
}
