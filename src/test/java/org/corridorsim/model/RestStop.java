package org.corridorsim.model;

import java.util.List;
import org.corridorsim.format.Format;
import org.corridorsim.kernel.EventHandler;

/**
 * A station kind written only for tests, the example of docs/model.md: a rest stop where every
 * group rests a fixed time before it goes on, and which the policies may gate. One class: the
 * record is what a scenario describes, the nested {@code Run} its state in a replication. Besides
 * {@code wait} and {@code passed} it counts the persons {@code resting} there (at the horizon).
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
    public List<String> metrics(Evacuation evacuation) {
        return List.of("wait", "passed", "resting");
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
        private final int resting;   // the index of its own count, looked up once
        private final EventHandler rested = this::rested;   // one handler object: no allocation per event

        Run(Place place, RestStop spec) {
            super(place);
            this.seconds = spec.seconds();
            this.resting = metric("resting");
            this.gated = true;   // the policies are asked before a group enters
        }

        @Override
        boolean onTheRoad() {
            return true;   // the group is travelling while it rests
        }

        @Override
        void arrive(int g) {
            groups.queuedAt[g] = sim.now();
            observations.add(resting, groups.size[g]);
            sim.scheduleAfter(seconds, rested, g);
        }

        private void rested(int g) {
            observations.add(resting, -groups.size[g]);
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
