package org.corridorsim.model;

import org.corridorsim.kernel.EventHandler;
import org.corridorsim.kernel.EventLimitExceeded;
import org.corridorsim.kernel.EventSet;
import org.corridorsim.kernel.Simulator;
import org.corridorsim.policy.Stage;
import org.corridorsim.random.GroupStream;
import org.corridorsim.random.ReplicationStreams;

/**
 * One replication of the evacuation model, as a dispatcher: groups set out, pass the departure
 * policies, choose a corridor and travel to it, then go from station to station of its route,
 * meeting the policy gate before each station that has one, until the destination.
 */
final class ModelRun {

    private final Evacuation evacuation;
    /** On the heap or the calendar queue ({@link EventSetChoice}); both order events identically. */
    private final Simulator sim;
    private final EventSet events;
    private final Groups groups;
    private final Lifecycle lifecycle;
    private final Observations observations;
    private final PopulationState[] populations;
    private final CorridorState[] corridors;
    private final PolicyGate gate;
    private final Fates fates;
    private final RouteChoice routeChoice;
    private final DemandRun demand;
    private final double[] recordingTimes;
    private final WindowEdges windows;

    private final EventHandler retry = this::retry;
    private final EventHandler arrival = this::arrival;
    private final EventHandler resumeDeparture = this::resumeDeparture;
    private final EventHandler resumeApproach = this::resumeApproach;

    ModelRun(Evacuation evacuation, MetricNames names, ReplicationStreams streams) {
        this(evacuation, names, streams, evacuation.eventSet().calendarFor(evacuation), RunShape.INITIAL);
    }

    /** @param shape the size its tables start at: a hint only (results do not depend on it) */
    ModelRun(Evacuation evacuation, MetricNames names, ReplicationStreams streams, boolean calendar, RunShape shape) {
        this.evacuation = evacuation;
        this.events = shape.eventSet(calendar);
        this.sim = new Simulator(events);
        if (evacuation.blocking().size() > Long.SIZE) {
            throw new IllegalArgumentException("at most " + Long.SIZE + " blocking policies are supported, got "
                    + evacuation.blocking().size());
        }
        ModelSetup setup = new ModelSetup(evacuation, streams);
        this.groups = new Groups(setup.populationKinds(), shape.groupSlots());
        this.lifecycle = new Lifecycle(groups);
        this.observations = new Observations(names, evacuation);
        this.gate = new PolicyGate(groups);
        RunContext run = new RunContext(evacuation, sim, groups, lifecycle, observations, gate);
        run.dispatcher = this;
        this.fates = new Fates(run, retry);
        run.fates = fates;
        this.corridors = setup.corridors(run);
        this.populations = setup.populations(corridors);
        run.populations = populations;
        this.demand = new DemandRun(run, this, populations, streams);
        this.routeChoice = new RouteChoice(evacuation.routing(), streams.groupStream("routing"), corridors);
        gate.enforcements = setup.enforcements(this, sim, corridors, gate);
        this.windows = new WindowEdges(evacuation, sim, corridors);
        this.recordingTimes = evacuation.recording().times().stream().mapToDouble(Double::doubleValue).toArray();
    }

    Outcome run(int replication) {
        return run(replication, null);
    }

    /**
     * Runs the replication, asking {@code check} (if not null) at the end of each throughput bin
     * whether to go on; null when it said no. The run stops just before each recording time to
     * record the counts there. Running in slices executes the same events in the same order as
     * one run to the horizon.
     */
    Outcome run(int replication, RunningCheck check) {
        windows.start();
        demand.start();
        try {
            if (check == null && recordingTimes.length == 0) {
                sim.runUntil(evacuation.horizon());
            } else if (!runInSlices(check)) {
                return null;
            }
        } catch (EventLimitExceeded e) {
            throw new IllegalStateException(e.getMessage() + "; involved: " + involved(e.handler()), null);
        }
        fates.endHoldsAtTheHorizon();
        return observations.finish(replication, lifecycle, notSetOut(), sim.executed());
    }

    /** To the horizon, bin by bin when there is a check, recording the counts on the way. */
    private boolean runInSlices(RunningCheck check) {
        double horizon = evacuation.horizon();
        double width = check == null ? horizon : evacuation.binWidth();
        int next = 0;
        for (int bin = 1; ; bin++) {
            double end = Math.min(bin * width, horizon);
            for (; next < recordingTimes.length && recordingTimes[next] <= end; next++) {
                // what happened before the time, not at it: as a throughput bin starting there
                sim.runUntil(Math.nextDown(recordingTimes[next]));
                observations.record(next);
            }
            sim.runUntil(end);
            if (end >= horizon) {
                return true;
            }
            if (check != null && !check.proceed(end, observations)) {
                return false;
            }
        }
    }

    /** The size this run's tables grew to, for sizing the next run's. */
    RunShape shape() {
        return RunShape.of(groups.slots(), events);
    }

    DemandRun demand() {
        return demand;
    }

    /** The state machine of this run, for tests that walk its edges. */
    Lifecycle lifecycle() {
        return lifecycle;
    }

    /** Persons of finite populations who never set out. */
    private double notSetOut() {
        double stayed = 0;
        for (PopulationState p : populations) {
            stayed += p.notSetOut();
        }
        return stayed;
    }

    /** Bounds the events of this run; see {@link Simulator#limitEvents}. */
    ModelRun limitEvents(long atOneInstant, long total) {
        sim.limitEvents(atOneInstant, total);
        return this;
    }

    /** The component behind a runaway event, in the scenario's terms. */
    private String involved(EventHandler handler) {
        String own = handler == retry ? Runaway.RETRY : demand.handles(handler) || handler == resumeDeparture
                ? "departures" : handler == arrival || handler == resumeApproach ? "checkpoint queues and screening"
                : windows.handles(handler) ? "corridor windows" : null;
        return Runaway.involved(evacuation, gate, corridors, handler, own);
    }

    // ---- setting out --------------------------------------------------------------------

    /** A travelling group meets the departure policies, chooses a corridor and travels to it. */
    void setOut(int g) {
        groups.corridor[g] = Groups.NONE;
        groups.station[g] = Groups.NONE;
        if (fates.stoppedOnTheWay(Stage.DEPARTURE, g, resumeDeparture)) {
            return;
        }
        PopulationState population = populations[groups.population[g]];
        int c = routeChoice.choose(population, groups.streamKey[g]);
        groups.corridor[g] = c;
        double travel = population.drawTravel(c, groups.streamKey[g]);
        if (travel == 0 && !sim.anythingDueNow()) {
            // The arrival event would be the next to run, so it runs now, one event fewer. Only an
            // exact tie in time between what it schedules and the departure scheduled after it (both
            // continuous draws) could come out in another order.
            arrival(g);
        } else {
            sim.scheduleAfter(travel, arrival, g);
        }
    }

    private void retry(int g) {
        lifecycle.move(g, Lifecycle.TRAVELLING);
        groups.attempt[g]++;
        groups.key[g] = GroupStream.attemptKey(groups.identity[g], groups.attempt[g]);
        groups.streamKey[g] = GroupStream.prepare(groups.key[g]);
        groups.asks[g] = 0;
        observations.attempted(groups.size[g]);
        setOut(g);
    }

    private void resumeDeparture(int g) {
        fates.endHold(g);
        lifecycle.move(g, Lifecycle.TRAVELLING);
        setOut(g);
    }

    // ---- along the route ------------------------------------------------------------------

    /** The group reached its corridor: it enters the first station. */
    private void arrival(int g) {
        forward(g);
    }

    /** Moves group {@code g} on to the next station of its corridor's route, through the policy gate. */
    void forward(int g) {
        groups.station[g]++;
        StationRun next = corridors[groups.corridor[g]].stations[groups.station[g]];
        if ((next.onTheRoad() || next.gated) && groups.state[g] != Lifecycle.TRAVELLING) {
            lifecycle.move(g, Lifecycle.TRAVELLING);
        }
        enter(next, g);
    }

    private void enter(StationRun station, int g) {
        if (station.gated && fates.stoppedOnTheWay(Stage.APPROACH, g, resumeApproach)) {
            return;
        }
        if (station instanceof CheckpointRun checkpoint) {
            checkpoint.arrive(g);   // the common case, called directly rather than through the megamorphic site
        } else {
            station.arrive(g);
        }
    }

    /** A hold before a station is over: the group asks the gate again. */
    private void resumeApproach(int g) {
        fates.endHold(g);
        lifecycle.move(g, Lifecycle.TRAVELLING);
        enter(corridors[groups.corridor[g]].stations[groups.station[g]], g);
    }
}
