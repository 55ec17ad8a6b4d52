package org.corridorsim.model;

import org.corridorsim.kernel.EventHandler;
import org.corridorsim.random.Sampler;

/**
 * Shuttle vehicles during a replication. A vehicle leaves when full, or when its first passenger
 * has waited the longest allowed; groups split across vehicles, and each person counts as
 * evacuated when the vehicle carrying them leaves.
 */
final class ShuttleRun extends StationRun {

    private final GroupQueue boarding;
    private final int seats;
    private final double maxWait;
    private final Sampler trip;
    private int idle;
    /** The index of the vehicles that left. */
    private final int vehicles;
    private long personsWaiting;
    private long timeout = Groups.NONE;

    private final EventHandler back = this::back;
    private final EventHandler boardingTimeout = this::boardingTimeout;

    ShuttleRun(Place place, Station.Shuttle spec) {
        super(place);
        this.boarding = new GroupQueue(run.groups);
        this.seats = spec.transport().seats();
        this.maxWait = spec.transport().maxWait();
        this.trip = spec.transport().trip().sampler(place.firstOfKindStream("transport"));
        this.idle = spec.transport().vehicles();
        this.vehicles = metric("vehicles");
    }

    @Override
    void arrive(int g) {
        if (byOwnCar(g)) {
            return;
        }
        groups.queuedAt[g] = sim.now();
        groups.toBoard[g] = groups.size[g];
        lifecycle.move(g, Lifecycle.BOARDING);
        boarding.add(g);
        personsWaiting += groups.size[g];
        load();
    }

    @Override
    void resume() {
        load();
    }

    private void load() {
        if (corridor.vehicleHolds > 0) {
            return;   // a closure holds loaded vehicles; resume() loads again when it ends
        }
        while (idle > 0 && personsWaiting > 0) {
            if (personsWaiting >= seats) {
                depart(seats);
            } else {
                if (timeout == Groups.NONE && maxWait != Double.POSITIVE_INFINITY) {
                    timeout = sim.scheduleAfter(maxWait, boardingTimeout, index);
                }
                return;
            }
        }
    }

    private void boardingTimeout(int unused) {
        timeout = Groups.NONE;
        if (idle > 0 && personsWaiting > 0 && corridor.vehicleHolds == 0) {
            depart((int) Math.min(personsWaiting, seats));
            load();
        }
    }

    private void depart(int load) {
        if (timeout != Groups.NONE) {
            sim.cancel(timeout);
            timeout = Groups.NONE;
        }
        idle--;
        observations.add(vehicles, 1);
        personsWaiting -= load;
        DestinationRun destination = corridor.destination;
        while (load > 0) {
            int g = boarding.peek();
            int persons = Math.min(groups.toBoard[g], load);
            groups.toBoard[g] -= persons;
            load -= persons;
            destination.evacuate(g, persons);
            if (groups.toBoard[g] == 0) {
                boarding.poll();
                double waited = sim.now() - groups.queuedAt[g];
                observations.transportWait(corridor.index, waited);
                observations.stationWait(slot, waited);
                out(g);
            }
        }
        sim.scheduleAfter(trip.sample(), back, index);
    }

    private void back(int unused) {
        idle++;
        load();
    }

    @Override
    String involved(EventHandler handler) {
        return handler == back || handler == boardingTimeout ? "shuttle vehicles" : null;
    }
}
