package org.corridorsim.model;

import org.corridorsim.kernel.EventHandler;

/**
 * One station of a corridor's route during a replication: its own primitive state and event
 * handlers. The dispatcher ({@link ModelRun}) brings a group to the station through the policy
 * gate; the station passes it on with {@link ModelRun#forward} or ends its attempt.
 */
abstract class StationRun {

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

    StationRun(RunContext run, CorridorState corridor, int index, int slot, Station spec) {
        this.run = run;
        this.groups = run.groups;
        this.sim = run.sim;
        this.observations = run.observations;
        this.lifecycle = run.lifecycle;
        this.gate = run.gate;
        this.fates = run.fates;
        this.corridor = corridor;
        this.index = index;
        this.slot = slot;
        this.spec = spec;
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
}
