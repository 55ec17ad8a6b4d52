package org.corridorsim.model;

import org.apache.commons.rng.UniformRandomProvider;
import org.corridorsim.kernel.EventHandler;
import org.corridorsim.random.GroupStream;
import org.corridorsim.random.ReplicationStreams;

/**
 * One station of a corridor's route during a replication: its own primitive state and event
 * handlers, made by {@link Station#start}. The dispatcher ({@link ModelRun}) brings a group to the
 * station through the policy gate; the station passes it on with {@link ModelRun#forward} or ends
 * its attempt. Only this package can write one (the constructor is package-private); it has no
 * public members.
 */
public abstract class StationRun {

    final RunContext run;
    final Groups groups;
    final org.corridorsim.kernel.Simulator sim;
    final Observations observations;
    final Lifecycle lifecycle;
    final PolicyGate gate;
    final Fates fates;
    final CorridorState corridor;
    /** Position in the corridor's route. */
    final int index;
    /** Position among all stations of all corridors, for the per-station statistics. */
    final int slot;
    final Station spec;
    /** Whether the policies are asked before a group enters. */
    boolean gated;

    StationRun(Place place) {
        this.run = place.run;
        this.groups = run.groups;
        this.sim = run.sim;
        this.observations = run.observations;
        this.lifecycle = run.lifecycle;
        this.gate = run.gate;
        this.fates = run.fates;
        this.corridor = place.corridor;
        this.index = place.index;
        this.slot = place.slot;
        this.spec = place.spec;
    }

    /** Group {@code g} enters, past the policy gate. */
    abstract void arrive(int g);

    /** Whether a group reaches this station on the road (it travels there), rather than being handed on. */
    boolean onTheRoad() {
        return false;
    }

    /** The corridor's window opened, or a closure was lifted. */
    void resume() {
    }

    /**
     * Everyone waiting here leaves: at closing time under go-home ({@code policy} NONE), or
     * dispersed by a closing policy.
     */
    void sendHome(int policy) {
    }

    /** What a runaway event of this station's is about, in the scenario's terms, or null if not ours. */
    String involved(EventHandler handler) {
        return null;
    }

    /**
     * The index of one of this station's own metrics ({@link Station#metrics}), for
     * {@link Observations#add}; looked up once, when the station starts.
     */
    final int metric(String name) {
        int i = observations.names().stationMetric(slot, name);
        if (i < 0) {
            throw new IllegalStateException("station " + spec.id() + " has no metric '" + name + "'");
        }
        return i;
    }

    /** A group with its own car goes straight on (one-way, no vehicle needed); true if it did. */
    final boolean byOwnCar(int g) {
        if (groups.car[g]) {
            run.dispatcher.forward(g);
            return true;
        }
        return false;
    }

    /** The group's whole attempt is over at the destination; its time in system counts. */
    final void out(int g) {
        observations.groupOut(corridor.index, sim.now() - groups.setOut[g]);
        groups.release(g);
    }

    /**
     * A station's place in one replication: the run it belongs to, its corridor, its position in
     * the route and among all stations, and the replication's random streams. Only the model
     * makes one, and only this package reads it.
     */
    public static final class Place {

        final RunContext run;
        final CorridorState corridor;
        final int index;
        final int slot;
        final Station spec;
        private final ReplicationStreams streams;

        Place(RunContext run, CorridorState corridor, int index, int slot, Station spec, ReplicationStreams streams) {
            this.run = run;
            this.corridor = corridor;
            this.index = index;
            this.slot = slot;
            this.spec = spec;
            this.streams = streams;
        }

        /** A random stream of this station's, named {@code corridor/<id>/station/<station>/<purpose>}. */
        UniformRandomProvider stream(String purpose) {
            return streams.stream(stationName(purpose));
        }

        /** A per-group stream of this station's, named as {@link #stream}. */
        GroupStream groupStream(String purpose) {
            return streams.groupStream(stationName(purpose));
        }

        /**
         * A stream that keeps the name it had before routes, {@code corridor/<id>/<purpose>}, when
         * this is the first station of its kind in the route (so the shorthand route draws what the
         * fixed route did), else {@link #stream}.
         */
        UniformRandomProvider firstOfKindStream(String purpose) {
            return firstOfKind() ? streams.stream(corridorName(purpose)) : stream(purpose);
        }

        /** A per-group stream named as {@link #firstOfKindStream}. */
        GroupStream firstOfKindGroupStream(String purpose) {
            return firstOfKind() ? streams.groupStream(corridorName(purpose)) : groupStream(purpose);
        }

        /** Whether this is the first station of its kind (its class) in the route. */
        boolean firstOfKind() {
            for (int i = 0; i < index; i++) {
                if (corridor.spec.route().get(i).getClass() == spec.getClass()) {
                    return false;
                }
            }
            return true;
        }

        private String corridorName(String purpose) {
            return "corridor/" + corridor.spec.id() + "/" + purpose;
        }

        private String stationName(String purpose) {
            return corridorName("station/" + spec.id() + "/" + purpose);
        }
    }
}
