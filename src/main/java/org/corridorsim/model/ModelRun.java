package org.corridorsim.model;

import java.util.ArrayList;
import java.util.List;
import org.corridorsim.kernel.CalendarEventSet;
import org.corridorsim.kernel.EventHandler;
import org.corridorsim.kernel.EventLimitExceeded;
import org.corridorsim.kernel.Simulator;
import org.corridorsim.policy.Decision;
import org.corridorsim.policy.Enforcement;
import org.corridorsim.policy.Stage;
import org.corridorsim.random.GroupStream;
import org.corridorsim.random.ReplicationStreams;

/**
 * One replication of the evacuation model: groups set out, pass the blocking policies, travel
 * to a corridor, queue at its checkpoint, are screened and leave by vehicle or on foot.
 */
final class ModelRun {

    private final Evacuation evacuation;
    private final ReplicationStreams streams;
    /**
     * The calendar queue: a replication's pending set holds thousands of events hours ahead
     * (retries, holds), where it is about twice as fast as the heap (benchmarks/README.md).
     * Both order events identically, so results do not depend on the choice.
     */
    private final Simulator sim = new Simulator(new CalendarEventSet());
    private final Groups groups;
    private final Lifecycle lifecycle;
    private final Observations observations;
    private final PopulationState[] populations;
    private final CorridorState[] corridors;
    private final Enforcement[] enforcements;
    private final Exits exits;
    private final GroupStream routingStream;
    /** The policies' per-group streams, moved to each group before its policies decide. */
    private final List<GroupStream> policyStreams = new ArrayList<>();
    private final boolean goHomeAtClose;

    private int stoppingPolicy;
    private Decision stoppingDecision;

    private final EventHandler departure = this::departure;
    private final EventHandler retry = this::retry;
    private final EventHandler arrival = this::arrival;
    private final EventHandler resumeDeparture = this::resumeDeparture;
    private final EventHandler resumeApproach = this::resumeApproach;
    private final EventHandler holdOver = this::holdOver;
    private final EventHandler screened = this::screened;
    private final EventHandler renege = this::renege;
    private final EventHandler windowEdge = this::windowEdge;

    ModelRun(Evacuation evacuation, MetricNames names, ReplicationStreams streams) {
        this.evacuation = evacuation;
        this.streams = streams;
        if (evacuation.blocking().size() > Long.SIZE) {
            throw new IllegalArgumentException("at most " + Long.SIZE + " blocking policies are supported, got "
                    + evacuation.blocking().size());
        }
        ModelSetup setup = new ModelSetup(evacuation, streams);
        this.groups = new Groups(setup.populationKinds(), 1024);
        this.lifecycle = new Lifecycle(groups);
        this.observations = new Observations(names, evacuation);
        this.corridors = setup.corridors(groups);
        this.populations = setup.populations(corridors);
        this.exits = new Exits(sim, groups, lifecycle, observations, corridors);
        this.routingStream = streams.groupStream("routing");
        this.goHomeAtClose = evacuation.onWindowClose() == OnWindowClose.GO_HOME;
        this.enforcements = new Enforcement[evacuation.blocking().size()];
        for (int i = 0; i < enforcements.length; i++) {
            enforcements[i] = evacuation.blocking().get(i).start(
                    new PolicyAccess(this, i, sim, streams, corridors, policyStreams));
        }
    }

    Outcome run(int replication) {
        return run(replication, null);
    }

    /**
     * Runs the replication, asking {@code check} (if not null) at the end of each throughput bin
     * whether to go on; null when it said no. Running in slices executes the same events in the
     * same order as one run to the horizon.
     */
    Outcome run(int replication, RunningCheck check) {
        for (CorridorState c : corridors) {
            c.windowOpen = c.spec.windows().isOpen(0);
            scheduleNextEdge(c);
        }
        for (int p = 0; p < populations.length; p++) {
            scheduleDeparture(p);
        }
        try {
            if (check == null) {
                sim.runUntil(evacuation.horizon());
            } else if (!runChecked(check)) {
                return null;
            }
        } catch (EventLimitExceeded e) {
            throw new IllegalStateException(e.getMessage() + "; involved: " + involved(e.handler()), null);
        }
        endHoldsAtTheHorizon();
        return observations.finish(replication, lifecycle, notSetOut(), sim.executed());
    }

    private boolean runChecked(RunningCheck check) {
        double horizon = evacuation.horizon();
        double width = evacuation.binWidth();
        for (int bin = 1; ; bin++) {
            double end = Math.min(bin * width, horizon);
            sim.runUntil(end);
            if (end >= horizon) {
                return true;
            }
            if (!check.proceed(end, observations)) {
                return false;
            }
        }
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

    /** Holds still running at the horizon count in delay-time up to it. */
    private void endHoldsAtTheHorizon() {
        for (int g = 0; g < groups.slots(); g++) {
            if (groups.holdPolicy[g] != Groups.NONE && !Lifecycle.terminal(groups.state[g])) {
                endHold(g);
            }
        }
    }

    /** Bounds the events of this run; see {@link Simulator#limitEvents}. */
    ModelRun limitEvents(long atOneInstant, long total) {
        sim.limitEvents(atOneInstant, total);
        return this;
    }

    /** The component behind a runaway event, in the scenario's terms. */
    private String involved(EventHandler handler) {
        String policy = evacuation.blocking().isEmpty() ? "none"
                : "'" + evacuation.blocking().get(stoppingPolicy).id() + "'";
        if (stoppingDecision != null && stoppingDecision.verdict() == Decision.Verdict.DELAY) {
            return "blocking policy " + policy + ", which delays groups by " + stoppingDecision.delay()
                    + " s and is asked again when the delay ends";
        }
        if (handler == retry) {
            return "groups retrying after being turned back (retry.after), last stopped by blocking policy " + policy;
        }
        if (handler == departure || handler == resumeDeparture) {
            return "departures";
        }
        if (handler == arrival || handler == resumeApproach || handler == holdOver || handler == screened
                || handler == renege) {
            return "checkpoint queues and screening";
        }
        if (handler == windowEdge) {
            return "corridor windows";
        }
        return "blocking policy " + policy + " (a delay, or an event the policy scheduled)";
    }

    // ---- setting out --------------------------------------------------------------------

    private void scheduleDeparture(int p) {
        double t = populations[p].departures.advance();
        if (t < evacuation.horizon()) {
            sim.scheduleAt(t, departure, p);
        }
    }

    private void departure(int p) {
        PopulationState population = populations[p];
        int persons = population.departures.size();
        long ordinal = population.groupsSent++;
        long key = GroupStream.groupKey(population.key, ordinal, 1);
        int g = groups.allocate(p, ordinal, persons, population.drawMedical(key), sim.now());
        groups.key[g] = key;
        population.personsSetOut += persons;
        lifecycle.setOut(g);
        observations.attempted(persons);
        setOut(g);
        scheduleDeparture(p);
    }

    /** A travelling group meets the departure policies, chooses a corridor and travels to it. */
    private void setOut(int g) {
        groups.corridor[g] = Groups.NONE;
        if (stoppedOnTheWay(Stage.DEPARTURE, g, resumeDeparture)) {
            return;
        }
        PopulationState population = populations[groups.population[g]];
        int c = route(population, g);
        groups.corridor[g] = c;
        sim.scheduleAfter(population.drawTravel(c, groups.key[g]), arrival, g);
    }

    private void retry(int g) {
        lifecycle.move(g, Lifecycle.TRAVELLING);
        groups.attempt[g]++;
        groups.key[g] = GroupStream.groupKey(populations[groups.population[g]].key, groups.ordinal[g], groups.attempt[g]);
        groups.asks[g] = 0;
        observations.attempted(groups.size[g]);
        setOut(g);
    }

    private void resumeDeparture(int g) {
        endHold(g);
        lifecycle.move(g, Lifecycle.TRAVELLING);
        setOut(g);
    }

    private void resumeApproach(int g) {
        endHold(g);
        lifecycle.move(g, Lifecycle.TRAVELLING);
        arrival(g);
    }

    private int route(PopulationState population, int g) {
        int[] candidates = population.candidates;
        switch (evacuation.routing()) {
            case RANDOM:
                routingStream.at(groups.key[g]);
                return candidates[routingStream.nextInt(candidates.length)];
            case LEAST_QUEUE:
                int best = candidates[0];
                for (int c : candidates) {
                    if (corridors[c].waiting() < corridors[best].waiting()) {
                        best = c;
                    }
                }
                return best;
            default:
                return candidates[0];
        }
    }

    // ---- at the corridor ----------------------------------------------------------------

    private void arrival(int g) {
        if (stoppedOnTheWay(Stage.APPROACH, g, resumeApproach)) {
            return;
        }
        CorridorState c = corridors[groups.corridor[g]];
        boolean closed = goHomeAtClose && !c.windowOpen;
        if (closed || c.waiting() >= c.capacity) {
            observations.balked(groups.size[g], closed);
            retryOrGiveUp(g);
            return;
        }
        groups.queuedAt[g] = sim.now();
        lifecycle.move(g, Lifecycle.QUEUED);
        c.enqueue(g, groups.medical[g]);
        observations.queueLength(c.index, sim.now(), c.waiting());
        PopulationState population = populations[groups.population[g]];
        if (population.patience != null) {
            groups.renegeHandle[g] = sim.scheduleAfter(population.drawPatience(groups.key[g]), renege, g);
        }
        screen(c);
    }

    private void screen(CorridorState c) {
        while (c.busy < c.lanes && c.canScreen()) {
            int g = c.nextToScreen();
            if (g == Groups.NONE) {
                return;
            }
            if (enforcements.length > 0 && firstObjection(Stage.CHECKPOINT, g)) {
                stoppedInQueue(c, g);
                continue;
            }
            leaveQueue(c, g);
            observations.checkpointWait(c.index, sim.now() - groups.queuedAt[g], groups.medical[g]);
            lifecycle.move(g, Lifecycle.SCREENING);
            c.busy++;
            observations.busyLanes(c.index, sim.now(), c.busy);
            sim.scheduleAfter(c.drawScreening(groups.key[g]), screened, g);
        }
    }

    /** Takes a group out of the checkpoint queue, ending its hold and its patience. */
    private void leaveQueue(CorridorState c, int g) {
        if (groups.holdPolicy[g] != Groups.NONE) {
            sim.cancel(groups.holdHandle[g]);
            endHold(g);
            c.held--;
        }
        c.leaveQueue(g, groups.medical[g]);
        observations.queueLength(c.index, sim.now(), c.waiting());
        cancelRenege(g);
    }

    private void holdOver(int g) {
        CorridorState c = corridors[groups.corridor[g]];
        endHold(g);
        c.holdOver(g, groups.medical[g]);
        screen(c);
    }

    private void renege(int g) {
        groups.renegeHandle[g] = Groups.NONE;
        CorridorState c = corridors[groups.corridor[g]];
        leaveQueue(c, g);
        observations.reneged(groups.size[g]);
        retryOrGiveUp(g);
    }

    private void cancelRenege(int g) {
        if (groups.renegeHandle[g] != Groups.NONE) {
            sim.cancel(groups.renegeHandle[g]);
            groups.renegeHandle[g] = Groups.NONE;
        }
    }

    private void screened(int g) {
        CorridorState c = corridors[groups.corridor[g]];
        c.busy--;
        observations.busyLanes(c.index, sim.now(), c.busy);
        exits.leave(c, g);
        screen(c);
    }

    // ---- policies and behaviour -----------------------------------------------------------

    /** Applies the policies at departure or approach; true when one stopped or held the group. */
    private boolean stoppedOnTheWay(Stage stage, int g, EventHandler resume) {
        if (enforcements.length == 0 || !firstObjection(stage, g)) {
            return false;
        }
        switch (stoppingDecision.verdict()) {
            case DELAY:
                startHold(g);
                lifecycle.move(g, Lifecycle.HELD);
                groups.holdHandle[g] = sim.scheduleAfter(stoppingDecision.delay(), resume, g);
                break;
            case DETAIN:
                stop(g, true);
                break;
            default:
                stop(g, false);
                break;
        }
        return true;
    }

    /** A policy objected to the group first in the checkpoint queue: hold it there, or take it out. */
    private void stoppedInQueue(CorridorState c, int g) {
        if (stoppingDecision.verdict() == Decision.Verdict.DELAY) {
            startHold(g);
            c.held++;
            groups.holdHandle[g] = sim.scheduleAfter(stoppingDecision.delay(), holdOver, g);
        } else {
            leaveQueue(c, g);
            stop(g, stoppingDecision.verdict() == Decision.Verdict.DETAIN);
        }
    }

    private void startHold(int g) {
        groups.holdPolicy[g] = stoppingPolicy;
        groups.holdStart[g] = sim.now();
        observations.delayed(stoppingPolicy, groups.size[g]);
    }

    private void endHold(int g) {
        observations.delayTime(groups.holdPolicy[g], groups.size[g], sim.now() - groups.holdStart[g]);
        groups.holdPolicy[g] = Groups.NONE;
        groups.holdHandle[g] = Groups.NONE;
    }

    /** The stopping policy turns back or detains the group. */
    private void stop(int g, boolean detain) {
        stopBy(stoppingPolicy, g, detain);
    }

    private void stopBy(int policy, int g, boolean detain) {
        long bit = 1L << policy;
        boolean first = (groups.stoppedBy[g] & bit) == 0;
        groups.stoppedBy[g] |= bit;
        observations.blocked(policy, groups.size[g], detain, first);
        if (detain) {
            lifecycle.move(g, Lifecycle.DETAINED);
            groups.release(g);
        } else {
            retryOrGiveUp(g);
        }
    }

    private boolean firstObjection(Stage stage, int g) {
        long decisionKey = groups.key[g] + ++groups.asks[g];
        for (int i = 0; i < policyStreams.size(); i++) {
            policyStreams.get(i).at(decisionKey);
        }
        var view = groups.view(g);
        for (int i = 0; i < enforcements.length; i++) {
            Decision d = enforcements[i].decide(stage, view);
            if (!d.passes()) {
                stoppingPolicy = i;
                stoppingDecision = d;
                return true;
            }
        }
        return false;
    }

    /** After being turned back or giving up an attempt: try again later, or give up for good. */
    private void retryOrGiveUp(int g) {
        PopulationState population = populations[groups.population[g]];
        if (population.drawRetry(groups.key[g])) {
            lifecycle.move(g, Lifecycle.RETRYING);
            double delay = population.drawRetryDelay();
            if (sim.now() + delay <= evacuation.horizon()) {
                sim.scheduleAfter(delay, retry, g);
            } else {
                // it would run after the horizon: the group ends as retrying without an event,
                // which keeps the pending set small (most retries come hours later)
                groups.release(g);
            }
        } else {
            lifecycle.move(g, Lifecycle.GAVE_UP);
            groups.release(g);
        }
    }

    /** Empties a checkpoint queue; {@code dispersingPolicy} is the policy that dispersed it, or -1 at closing time. */
    private void sendQueueHome(CorridorState c, int dispersingPolicy) {
        while (c.waiting() > 0) {
            int g = c.anyWaiting();
            leaveQueue(c, g);
            if (dispersingPolicy >= 0) {
                observations.dispersed(groups.size[g]);
                stopBy(dispersingPolicy, g, false);
            } else {
                observations.sentHome(groups.size[g]);
                retryOrGiveUp(g);
            }
        }
    }

    // ---- windows and closures -------------------------------------------------------------

    private void scheduleNextEdge(CorridorState c) {
        double now = sim.now();
        Windows windows = c.spec.windows();
        double next = c.windowOpen ? windows.closingAfter(now) : windows.nextOpening(now);
        if (next > now && next < evacuation.horizon()) {
            sim.scheduleAt(next, windowEdge, c.index);
        }
    }

    private void windowEdge(int corridor) {
        CorridorState c = corridors[corridor];
        c.windowOpen = c.spec.windows().isOpen(sim.now());
        if (c.windowOpen) {
            screen(c);
        } else if (goHomeAtClose) {
            sendQueueHome(c, Groups.NONE);
        }
        scheduleNextEdge(c);
    }

    /** A policy closes corridor {@code c}; queued groups disperse, counted against it, if asked. */
    void close(CorridorState c, int policy, boolean disperseQueued) {
        c.closures++;
        if (disperseQueued) {
            sendQueueHome(c, policy);
        }
    }

    /** A policy lifts one closure of corridor {@code c}. */
    void reopen(CorridorState c) {
        if (c.closures > 0) {
            c.closures--;
        }
        screen(c);
    }
}
