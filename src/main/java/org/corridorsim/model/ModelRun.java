package org.corridorsim.model;

import org.apache.commons.rng.UniformRandomProvider;
import org.corridorsim.kernel.EventHandler;
import org.corridorsim.kernel.EventLimitExceeded;
import org.corridorsim.kernel.Simulator;
import org.corridorsim.policy.Decision;
import org.corridorsim.policy.Enforcement;
import org.corridorsim.policy.PolicyContext;
import org.corridorsim.policy.Stage;
import org.corridorsim.random.ReplicationStreams;

/**
 * One replication of the evacuation model: groups set out, pass the blocking policies, travel
 * to a corridor, queue at its checkpoint, are screened and leave by vehicle or on foot.
 */
final class ModelRun {

    private final Evacuation evacuation;
    private final ReplicationStreams streams;
    private final Simulator sim = new Simulator();
    private final Groups groups;
    private final Observations observations;
    private final PopulationState[] populations;
    private final CorridorState[] corridors;
    private final Enforcement[] enforcements;
    private final Exits exits;
    private final UniformRandomProvider routingStream;
    private final boolean goHomeAtClose;

    private int stoppingPolicy;
    private Decision stoppingDecision;

    private final EventHandler departure = this::departure;
    private final EventHandler setOut = this::setOut;
    private final EventHandler retry = this::retry;
    private final EventHandler arrival = this::arrival;
    private final EventHandler screened = this::screened;
    private final EventHandler renege = this::renege;
    private final EventHandler requeue = this::requeue;
    private final EventHandler windowEdge = this::windowEdge;

    ModelRun(Evacuation evacuation, MetricNames names, ReplicationStreams streams) {
        this.evacuation = evacuation;
        this.streams = streams;
        ModelSetup setup = new ModelSetup(evacuation, streams);
        this.groups = new Groups(setup.populationKinds(), 1024);
        this.observations = new Observations(names, evacuation);
        this.corridors = setup.corridors(groups);
        this.populations = setup.populations(corridors);
        this.exits = new Exits(sim, groups, observations, corridors);
        this.routingStream = streams.stream("routing");
        this.goHomeAtClose = evacuation.onWindowClose() == OnWindowClose.GO_HOME;
        this.enforcements = new Enforcement[evacuation.blocking().size()];
        for (int i = 0; i < enforcements.length; i++) {
            enforcements[i] = evacuation.blocking().get(i).start(new PolicyAccess(i));
        }
    }

    Outcome run(int replication) {
        for (CorridorState c : corridors) {
            c.windowOpen = c.spec.windows().isOpen(0);
            scheduleNextEdge(c);
        }
        for (int p = 0; p < populations.length; p++) {
            scheduleDeparture(p);
        }
        try {
            sim.runUntil(evacuation.horizon());
        } catch (EventLimitExceeded e) {
            throw new IllegalStateException(e.getMessage() + "; involved: " + involved(e.handler()), null);
        }
        double remaining = observations.remaining();
        return observations.finish(replication, remaining, sim.executed());
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
        if (handler == departure || handler == setOut) {
            return "departures";
        }
        if (handler == arrival || handler == screened || handler == renege || handler == requeue) {
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
        int g = groups.allocate(p, persons, population.drawMedical(), sim.now());
        observations.attempted(persons, true);
        setOut(g);
        scheduleDeparture(p);
    }

    private void setOut(int g) {
        groups.corridor[g] = Groups.NONE;
        if (stopped(Stage.DEPARTURE, g, setOut)) {
            return;
        }
        PopulationState population = populations[groups.population[g]];
        int c = route(population);
        groups.corridor[g] = c;
        sim.scheduleAfter(population.travel[c].sample(), arrival, g);
    }

    private void retry(int g) {
        observations.attempted(groups.size[g], false);
        setOut(g);
    }

    private int route(PopulationState population) {
        int[] candidates = population.candidates;
        switch (evacuation.routing()) {
            case RANDOM:
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
        if (stopped(Stage.APPROACH, g, arrival)) {
            return;
        }
        CorridorState c = corridors[groups.corridor[g]];
        if ((goHomeAtClose && !c.windowOpen) || c.waiting() >= c.capacity) {
            observations.balked(groups.size[g]);
            retryOrStay(g);
            return;
        }
        join(c, g);
        PopulationState population = populations[groups.population[g]];
        if (population.patience != null) {
            groups.renegeHandle[g] = sim.scheduleAfter(population.patience.sample(), renege, g);
        }
        screen(c);
    }

    private void join(CorridorState c, int g) {
        groups.queuedAt[g] = sim.now();
        c.enqueue(g, groups.medical[g]);
        observations.queueLength(c.index, sim.now(), c.waiting());
    }

    private void screen(CorridorState c) {
        while (c.busy < c.lanes && c.canScreen() && c.waiting() > 0) {
            int g = c.nextToScreen();
            observations.queueLength(c.index, sim.now(), c.waiting());
            cancelRenege(g);
            if (stopped(Stage.CHECKPOINT, g, requeue)) {
                continue;
            }
            observations.checkpointWait(c.index, sim.now() - groups.queuedAt[g]);
            c.busy++;
            observations.busyLanes(c.index, sim.now(), c.busy);
            sim.scheduleAfter(c.screening.sample(), screened, g);
        }
    }

    private void requeue(int g) {
        CorridorState c = corridors[groups.corridor[g]];
        join(c, g);
        screen(c);
    }

    private void renege(int g) {
        groups.renegeHandle[g] = Groups.NONE;
        CorridorState c = corridors[groups.corridor[g]];
        c.leaveQueue(g, groups.medical[g]);
        observations.queueLength(c.index, sim.now(), c.waiting());
        observations.reneged(groups.size[g]);
        retryOrStay(g);
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

    /** Applies the policies at a stage; true when one stopped the group (already handled). */
    private boolean stopped(Stage stage, int g, EventHandler resume) {
        if (enforcements.length == 0 || !firstObjection(stage, g)) {
            return false;
        }
        Decision decision = stoppingDecision;
        int persons = groups.size[g];
        switch (decision.verdict()) {
            case DELAY:
                sim.scheduleAfter(decision.delay(), resume, g);
                break;
            case DETAIN:
                observations.blocked(stoppingPolicy, persons, true);
                groups.release(g);
                break;
            default:
                observations.blocked(stoppingPolicy, persons, false);
                retryOrStay(g);
                break;
        }
        return true;
    }

    private boolean firstObjection(Stage stage, int g) {
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

    /** After being turned back or giving up: try again later, or stay (and count as remaining). */
    private void retryOrStay(int g) {
        PopulationState population = populations[groups.population[g]];
        if (population.drawRetry()) {
            sim.scheduleAfter(population.retryDelay.sample(), retry, g);
        } else {
            groups.release(g);
        }
    }

    /** Empties a checkpoint queue; {@code dispersingPolicy} is the policy that dispersed it, or -1. */
    private void sendQueueHome(CorridorState c, int dispersingPolicy) {
        while (c.waiting() > 0) {
            int g = c.nextToScreen();
            cancelRenege(g);
            if (dispersingPolicy >= 0) {
                observations.dispersed(groups.size[g]);
                observations.blocked(dispersingPolicy, groups.size[g], false);
            }
            retryOrStay(g);
        }
        observations.queueLength(c.index, sim.now(), 0);
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

    /** What one policy sees of the run; queues it disperses are counted against it. */
    private final class PolicyAccess implements PolicyContext {

        private final int policy;

        PolicyAccess(int policy) {
            this.policy = policy;
        }

        @Override
        public Simulator simulator() {
            return sim;
        }

        @Override
        public UniformRandomProvider stream(String purpose) {
            return streams.stream("policy/" + purpose);
        }

        @Override
        public int corridorIndex(String corridorId) {
            for (CorridorState c : corridors) {
                if (c.spec.id().equals(corridorId)) {
                    return c.index;
                }
            }
            throw new IllegalArgumentException("unknown corridor '" + corridorId + "'");
        }

        @Override
        public int corridorCount() {
            return corridors.length;
        }

        @Override
        public void closeCorridor(int corridor, boolean disperseQueued) {
            CorridorState c = corridors[corridor];
            c.closures++;
            if (disperseQueued) {
                sendQueueHome(c, policy);
            }
        }

        @Override
        public void reopenCorridor(int corridor) {
            CorridorState c = corridors[corridor];
            if (c.closures > 0) {
                c.closures--;
            }
            screen(c);
        }
    }
}
