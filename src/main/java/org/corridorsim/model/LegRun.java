package org.corridorsim.model;

import org.corridorsim.kernel.EventHandler;
import org.corridorsim.random.GroupStream;
import org.corridorsim.random.Sampler;

/** A travel leg between stations: each group spends a time drawn for it (keyed by the group), then goes on. */
final class LegRun extends StationRun {

    private final GroupStream stream;
    private final Sampler time;
    private final EventHandler done = this::done;

    LegRun(Place place, Station.Leg spec) {
        super(place);
        this.stream = place.groupStream("travel");
        this.time = spec.time().sampler(stream);
    }

    @Override
    boolean onTheRoad() {
        return true;
    }

    @Override
    void arrive(int g) {
        stream.atPrepared(groups.streamKey[g]);
        sim.scheduleAfter(Math.max(0, time.sample()), done, g);
    }

    private void done(int g) {
        observations.passed(slot, groups.size[g]);
        run.dispatcher.forward(g);
    }

    @Override
    String involved(EventHandler handler) {
        return handler == done ? "travel legs between stations" : null;
    }
}
