package org.corridorsim.model;

import org.corridorsim.kernel.EventHandler;
import org.corridorsim.random.Sampler;

/**
 * Ambulances during a replication: medical groups wait for one, one group per trip, and count as
 * evacuated when it leaves; other groups go on to the next station at once.
 */
final class AmbulanceRun extends StationRun {

    private final GroupQueue waiting;
    private final Sampler trip;
    private int idle;
    /** The index of the ambulance trips. */
    private final int vehicles;
    private final EventHandler back = this::back;

    AmbulanceRun(Place place, Station.AmbulancePool spec) {
        super(place);
        this.waiting = new GroupQueue(run.groups);
        this.trip = spec.ambulances().trip().sampler(place.firstOfKindStream("ambulances"));
        this.idle = spec.ambulances().vehicles();
        this.vehicles = metric("vehicles");
    }

    @Override
    void arrive(int g) {
        if (!groups.medical[g] || groups.car[g]) {
            run.dispatcher.forward(g);
            return;
        }
        groups.queuedAt[g] = sim.now();
        groups.toBoard[g] = groups.size[g];
        lifecycle.move(g, Lifecycle.BOARDING);
        waiting.add(g);
        dispatch();
    }

    private void dispatch() {
        while (idle > 0 && !waiting.isEmpty()) {
            int g = waiting.poll();
            idle--;
            observations.add(vehicles, 1);
            double waited = sim.now() - groups.queuedAt[g];
            observations.transportWait(corridor.index, waited);
            observations.stationWait(slot, waited);
            groups.toBoard[g] = 0;
            corridor.destination.evacuate(g, groups.size[g]);
            out(g);
            sim.scheduleAfter(trip.sample(), back, index);
        }
    }

    private void back(int unused) {
        idle++;
        dispatch();
    }

    @Override
    String involved(EventHandler handler) {
        return handler == back ? "ambulances" : null;
    }
}
