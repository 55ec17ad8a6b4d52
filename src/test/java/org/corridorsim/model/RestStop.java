package org.corridorsim.model;

import org.corridorsim.format.Format;
import org.corridorsim.kernel.EventHandler;

/**
 * A station kind written only for tests, the example of docs/model.md: a rest stop where every
 * group rests a fixed time before it goes on, and which the policies may gate. One class: the
 * record is what a scenario describes, the nested {@code Run} its state in a replication.
 *
 * @param id the station id
 * @param seconds how long every group rests
 */
public record RestStop(String id, double seconds) implements Station {

    public RestStop {
        if (!(seconds > 0 && Double.isFinite(seconds))) {
            throw new IllegalArgumentException("a rest must be positive, got " + seconds);
        }
    }

    @Override
    public String kind() {
        return "rest";
    }

    @Override
    public String settings() {
        return "every group rests " + Format.duration(seconds);
    }

    @Override
    public StationRun start(StationRun.Place place) {
        return new Run(place, this);
    }

    /** A rest stop during a replication: nothing to draw, one event per group. */
    static final class Run extends StationRun {

        private final double seconds;
        private final EventHandler rested = this::rested;   // one handler object: no allocation per event

        Run(Place place, RestStop spec) {
            super(place);
            this.seconds = spec.seconds();
            this.gated = true;   // the policies are asked before a group enters
        }

        @Override
        boolean onTheRoad() {
            return true;   // the group is travelling while it rests
        }

        @Override
        void arrive(int g) {
            groups.queuedAt[g] = sim.now();
            sim.scheduleAfter(seconds, rested, g);
        }

        private void rested(int g) {
            observations.stationWait(slot, sim.now() - groups.queuedAt[g]);
            observations.passed(slot, groups.size[g]);
            run.dispatcher.forward(g);
        }

        @Override
        String involved(EventHandler handler) {
            return handler == rested ? "rest stops" : null;
        }
    }
}
