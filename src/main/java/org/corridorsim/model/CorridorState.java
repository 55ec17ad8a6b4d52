package org.corridorsim.model;

/** One corridor during a replication: its window, the closures on it and its stations. */
final class CorridorState {

    final Corridor spec;
    final int index;
    boolean windowOpen;
    int closures;
    /** Closures that hold loaded vehicles (shuttles, convoys) until they end. */
    int vehicleHolds;
    StationRun[] stations;
    /** The first checkpoint: corridor-wide checkpoint metrics and least-queue routing read it. */
    CheckpointRun checkpoint;
    DestinationRun destination;

    CorridorState(int index, Corridor spec) {
        this.index = index;
        this.spec = spec;
    }

    boolean canScreen() {
        return windowOpen && closures == 0;
    }

    /** Groups waiting at the first checkpoint. */
    int waiting() {
        return checkpoint.waiting();
    }

    void resumeAll() {
        for (StationRun s : stations) {
            s.resume();
        }
    }

    void sendHome(int policy) {
        for (StationRun s : stations) {
            s.sendHome(policy);
        }
    }

    /** A policy closes the corridor; queued groups disperse, counted against it, if asked. */
    void close(int policy, boolean disperseQueued) {
        closures++;
        if (disperseQueued) {
            sendHome(policy);
        }
    }

    /** A policy lifts one closure of the corridor. */
    void reopen() {
        if (closures > 0) {
            closures--;
        }
        resumeAll();
    }
}
