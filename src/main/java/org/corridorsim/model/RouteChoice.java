package org.corridorsim.model;

import org.corridorsim.random.GroupStream;

/** How a group picks one of the corridors open to its population: nearest, least queue or at random. */
final class RouteChoice {

    private final Routing routing;
    private final GroupStream stream;
    private final CorridorState[] corridors;

    RouteChoice(Routing routing, GroupStream stream, CorridorState[] corridors) {
        this.routing = routing;
        this.stream = stream;
        this.corridors = corridors;
    }

    /** The corridor for the group whose prepared stream key is {@code streamKey}, of {@code population}. */
    int choose(PopulationState population, long streamKey) {
        int[] candidates = population.candidates;
        switch (routing) {
            case RANDOM:
                stream.atPrepared(streamKey);
                return candidates[stream.nextInt(candidates.length)];
            case LEAST_QUEUE:
                int best = candidates[0];
                for (int c : candidates) {
                    if (corridors[c].waiting() < corridors[best].waiting()) {
                        best = c;
                    }
                }
                return best;
            default:
                return candidates[0];
        }
    }
}
