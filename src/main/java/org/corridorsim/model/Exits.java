package org.corridorsim.model;

import org.corridorsim.kernel.EventHandler;
import org.corridorsim.kernel.Simulator;

/**
 * How screened groups leave a corridor: by ambulance (medical groups, one group per trip), by
 * vehicle (leaving when full or when the boarding time runs out, groups splitting across
 * vehicles), or on foot at once.
 */
final class Exits {

    private final Simulator sim;
    private final Groups groups;
    private final Lifecycle lifecycle;
    private final Observations observations;
    private final CorridorState[] corridors;

    private final EventHandler vehicleBack = this::vehicleBack;
    private final EventHandler boardingTimeout = this::boardingTimeout;
    private final EventHandler ambulanceBack = this::ambulanceBack;

    Exits(Simulator sim, Groups groups, Lifecycle lifecycle, Observations observations, CorridorState[] corridors) {
        this.sim = sim;
        this.groups = groups;
        this.lifecycle = lifecycle;
        this.observations = observations;
        this.corridors = corridors;
    }

    /** A group has been screened at corridor {@code c}. */
    void leave(CorridorState c, int g) {
        if (groups.medical[g] && c.hasAmbulances()) {
            groups.queuedAt[g] = sim.now();
            groups.toBoard[g] = groups.size[g];
            lifecycle.move(g, Lifecycle.BOARDING);
            c.ambulanceQueue.add(g);
            dispatchAmbulances(c);
        } else if (c.hasTransport()) {
            groups.queuedAt[g] = sim.now();
            groups.toBoard[g] = groups.size[g];
            lifecycle.move(g, Lifecycle.BOARDING);
            c.boarding.add(g);
            c.personsWaiting += groups.size[g];
            load(c);
        } else {
            evacuate(c, g, groups.size[g]);
            out(c, g);
        }
    }

    private void dispatchAmbulances(CorridorState c) {
        while (c.ambulancesIdle > 0 && !c.ambulanceQueue.isEmpty()) {
            int g = c.ambulanceQueue.poll();
            c.ambulancesIdle--;
            observations.transportWait(c.index, sim.now() - groups.queuedAt[g]);
            groups.toBoard[g] = 0;
            evacuate(c, g, groups.size[g]);
            out(c, g);
            sim.scheduleAfter(c.ambulanceTrip.sample(), ambulanceBack, c.index);
        }
    }

    private void ambulanceBack(int corridor) {
        CorridorState c = corridors[corridor];
        c.ambulancesIdle++;
        dispatchAmbulances(c);
    }

    private void load(CorridorState c) {
        while (c.vehiclesIdle > 0 && c.personsWaiting > 0) {
            if (c.personsWaiting >= c.seats) {
                depart(c, c.seats);
            } else {
                if (c.boardingTimeout == Groups.NONE && c.maxWait != Double.POSITIVE_INFINITY) {
                    c.boardingTimeout = sim.scheduleAfter(c.maxWait, boardingTimeout, c.index);
                }
                return;
            }
        }
    }

    private void boardingTimeout(int corridor) {
        CorridorState c = corridors[corridor];
        c.boardingTimeout = Groups.NONE;
        if (c.vehiclesIdle > 0 && c.personsWaiting > 0) {
            depart(c, (int) Math.min(c.personsWaiting, c.seats));
            load(c);
        }
    }

    private void depart(CorridorState c, int load) {
        if (c.boardingTimeout != Groups.NONE) {
            sim.cancel(c.boardingTimeout);
            c.boardingTimeout = Groups.NONE;
        }
        c.vehiclesIdle--;
        c.personsWaiting -= load;
        while (load > 0) {
            int g = c.boarding.peek();
            int boarding = Math.min(groups.toBoard[g], load);
            groups.toBoard[g] -= boarding;
            load -= boarding;
            evacuate(c, g, boarding);
            if (groups.toBoard[g] == 0) {
                c.boarding.poll();
                observations.transportWait(c.index, sim.now() - groups.queuedAt[g]);
                out(c, g);
            }
        }
        sim.scheduleAfter(c.trip.sample(), vehicleBack, c.index);
    }

    private void vehicleBack(int corridor) {
        CorridorState c = corridors[corridor];
        c.vehiclesIdle++;
        load(c);
    }

    private void evacuate(CorridorState c, int g, int persons) {
        lifecycle.move(g, Lifecycle.EVACUATED, persons);
        observations.evacuated(sim.now(), c.index, groups.kind(g), groups.medical[g], persons);
    }

    private void out(CorridorState c, int g) {
        observations.groupOut(c.index, sim.now() - groups.setOut[g]);
        groups.release(g);
    }
}
