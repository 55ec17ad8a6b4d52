package org.corridorsim.policy;

import org.apache.commons.rng.UniformRandomProvider;
import org.corridorsim.kernel.Simulator;
import org.corridorsim.random.GroupStream;

/** What the model offers a policy during one replication. */
public interface PolicyContext {

    /** {@return the replication's simulator, for reading the clock and scheduling events} */
    Simulator simulator();

    /**
     * A random stream of this replication reserved for {@code purpose}, drawn in event order: for
     * randomness that is not about one group, such as a disruption's schedule.
     *
     * @param purpose prefixed with the policy's id, so policies do not share streams
     * @return the stream; the same purpose gives the same numbers for the same seed and replication
     */
    UniformRandomProvider stream(String purpose);

    /**
     * A per-group stream reserved for {@code purpose}. Before each call to
     * {@link Enforcement#decide} the model moves it to the draws of the group being decided on,
     * keyed by (population, group index, attempt, decision number), so a decision about a group does
     * not depend on the order of events or on other policies' decisions.
     *
     * @param purpose prefixed with the policy's id
     * @return the stream
     */
    GroupStream groupStream(String purpose);

    /** {@return number of corridors; their indexes run from 0 to this minus one} */
    int corridorCount();

    /**
     * Index of the corridor with this id.
     *
     * @param corridorId an id from the scenario's {@code corridors}
     * @return its index, from 0 to {@link #corridorCount()} minus one
     */
    int corridorIndex(String corridorId);

    /**
     * Closes a corridor: arriving groups are refused and screening pauses. Closures by several
     * policies overlap, so the model counts them.
     *
     * @param corridor its index
     * @param disperseQueued true to send queued groups away, false to let them wait
     */
    void closeCorridor(int corridor, boolean disperseQueued);

    /**
     * Lifts one closure made by {@link #closeCorridor}; the corridor opens when none is left.
     *
     * @param corridor its index
     */
    void reopenCorridor(int corridor);

    /**
     * Holds, or releases, the loaded vehicles of a corridor (shuttles and convoys): while any
     * hold is on, none leaves. Holds by several policies overlap, so the model counts them.
     *
     * @param corridor its index
     * @param hold true to add a hold, false to lift one
     */
    default void holdVehicles(int corridor, boolean hold) {
        throw new UnsupportedOperationException("holding vehicles is not supported here");
    }

    /** {@return number of populations; their indexes run from 0 to this minus one, as {@link GroupView#population}} */
    default int populationCount() {
        return 0;
    }

    /**
     * Index of the population with this id.
     *
     * @param populationId an id from the scenario's {@code populations}
     * @return its index, as {@link GroupView#population} gives it
     * @throws IllegalArgumentException if there is no such population
     */
    default int populationIndex(String populationId) {
        throw new IllegalArgumentException("unknown population '" + populationId + "'");
    }

    /**
     * Looks a group attribute up by name, as the scenario's populations define it.
     *
     * @param name the attribute's name, e.g. {@code fighting-age-men}
     * @return its index, for {@link GroupView#has}
     * @throws IllegalArgumentException if no population defines it
     */
    default int attributeIndex(String name) {
        throw new IllegalArgumentException("unknown attribute '" + name + "'");
    }

    /**
     * Stations on a corridor's route.
     *
     * @param corridor the corridor's index
     * @return how many; their positions run from 0 to this minus one, as {@link GroupView#station}
     */
    default int stationCount(int corridor) {
        return 0;
    }

    /**
     * Whether the station at a position of a corridor's route has this id or kind.
     *
     * @param corridor the corridor's index
     * @param station its position in the route
     * @param idOrKind a station id, or a kind such as {@code checkpoint}
     * @return true if it matches
     */
    default boolean stationIs(int corridor, int station, String idOrKind) {
        return false;
    }

    /**
     * Changes a population's intent to leave from now on: when it rises, the extra persons
     * ({@code size × (intent − previous)}) set out in groups at times spread uniformly over the next
     * {@code over} seconds; when it falls, each group still to set out goes with probability
     * {@code intent / previous} and the others stay.
     *
     * @param population the population's index
     * @param intent the new share of the population that leaves, in [0, 1]
     * @param over seconds over which extra departures spread, positive
     */
    default void changeIntent(int population, double intent, double over) {
        throw new UnsupportedOperationException("changing demand is not supported here");
    }

    /**
     * Changes the corridors a population may choose from now on (route choice), nearest first.
     *
     * @param population the population's index
     * @param corridors corridor indexes; each must be reachable by the population and serve its kind
     */
    default void changeCorridors(int population, int[] corridors) {
        throw new UnsupportedOperationException("changing routes is not supported here");
    }
}
