package org.corridorsim.model;

import org.corridorsim.kernel.EventHandler;
import org.corridorsim.policy.Decision;
import org.corridorsim.policy.Stage;
import org.corridorsim.random.GroupStream;
import org.corridorsim.random.Sampler;

/**
 * A checkpoint during a replication: a queue (two under medical-first), lanes that screen one
 * group each, patience, and holds by the policies asked when screening would start.
 */
final class CheckpointRun extends StationRun {

    private final int lanes;
    private final int capacity;
    private final GroupStream screeningStream;
    private final Sampler screening;
    private final GroupQueue queue;
    /** Second class of the medical-first discipline; unused under FIFO. */
    private final GroupQueue medicalQueue;
    private final boolean medicalFirst;
    private final boolean backAfterHold;
    /** Whether this is the corridor's first checkpoint, which the corridor-wide metrics describe. */
    private final boolean first;
    /** Waiting groups held by a policy; they count against capacity but are not screened. */
    private int held;
    private int busy;

    private final EventHandler holdOver = this::holdOver;
    private final EventHandler screened = this::screened;
    private final EventHandler renege = this::renege;

    CheckpointRun(Place place, Station.AtCheckpoint spec) {
        super(place);
        Checkpoint c = spec.checkpoint();
        this.lanes = c.lanes();
        this.capacity = c.capacity();
        this.screeningStream = place.firstOfKindGroupStream("screening");
        this.screening = c.screening().sampler(screeningStream);
        this.queue = new GroupQueue(run.groups);
        this.medicalQueue = new GroupQueue(run.groups);
        this.medicalFirst = c.discipline() == Discipline.MEDICAL_FIRST;
        this.backAfterHold = c.afterHold() == Checkpoint.AfterHold.BACK;
        this.first = place.firstOfKind();
        this.gated = true;
    }

    @Override
    boolean onTheRoad() {
        return true;
    }

    int waiting() {
        return queue.length() + medicalQueue.length();
    }

    @Override
    void arrive(int g) {
        boolean closed = run.goHomeAtClose && !corridor.windowOpen;
        if (closed || waiting() >= capacity) {
            observations.balked(groups.size[g], closed);
            fates.retryOrGiveUp(g);
            return;
        }
        double now = sim.now();
        groups.queuedAt[g] = now;
        lifecycle.move(g, Lifecycle.QUEUED);
        (medicalFirst && groups.medical[g] ? medicalQueue : queue).add(g);
        queueChanged(now);
        PopulationState population = run.populations[groups.population[g]];
        if (population.patience != null) {
            groups.renegeHandle[g] = sim.scheduleAfter(population.drawPatience(groups.streamKey[g]), renege, g);
        }
        screen();
    }

    /** The first checkpoint's station metrics are read off the corridor's, so it records only those. */
    private void queueChanged(double now) {
        if (first) {
            observations.queueLength(corridor.index, now, waiting());
        } else {
            observations.stationQueue(slot, now, waiting());
        }
    }

    @Override
    void resume() {
        screen();
    }

    private void screen() {
        while (busy < lanes && corridor.canScreen()) {
            int g = nextToScreen();
            if (g == Groups.NONE) {
                return;
            }
            if (gate.active() && gate.objects(Stage.CHECKPOINT, g)) {
                stoppedInQueue(g);
                continue;
            }
            leaveQueue(g);
            double now = sim.now();
            double waited = now - groups.queuedAt[g];
            if (first) {
                observations.checkpointWait(corridor.index, waited, groups.medical[g]);
            } else {
                observations.stationWait(slot, waited);
            }
            lifecycle.move(g, Lifecycle.SCREENING);
            busy++;
            if (first) {
                observations.busyLanes(corridor.index, now, busy);
            }
            screeningStream.atPrepared(groups.streamKey[g]);
            sim.scheduleAfter(screening.sample(), screened, g);
        }
    }

    /** Any waiting group, held or not (to empty the queue), or NONE. */
    private int anyWaiting() {
        return medicalQueue.isEmpty() ? queue.peek() : medicalQueue.peek();
    }

    /** The group screening would take next: medical first under that discipline, skipping held groups. */
    private int nextToScreen() {
        if (held == 0) {
            return anyWaiting();
        }
        int g = medicalQueue.firstNotHeld();
        return g != Groups.NONE ? g : queue.firstNotHeld();
    }

    /** Takes a group out of the queue, ending its hold and its patience. */
    private void leaveQueue(int g) {
        if (groups.holdPolicy[g] != Groups.NONE) {
            sim.cancel(groups.holdHandle[g]);
            fates.endHold(g);
            held--;
        }
        (medicalFirst && groups.medical[g] ? medicalQueue : queue).remove(g);
        queueChanged(sim.now());
        if (groups.renegeHandle[g] != Groups.NONE) {
            sim.cancel(groups.renegeHandle[g]);
            groups.renegeHandle[g] = Groups.NONE;
        }
    }

    /** A policy objected to the group first in the queue: hold it there, or take it out. */
    private void stoppedInQueue(int g) {
        if (gate.stoppingDecision.verdict() == Decision.Verdict.DELAY) {
            fates.startHold(g);
            held++;
            groups.holdHandle[g] = sim.scheduleAfter(gate.stoppingDecision.delay(), holdOver, g);
        } else {
            leaveQueue(g);
            fates.stop(g);
        }
    }

    /** A held group's hold is over: it stays where it is, or goes to the back of its queue. */
    private void holdOver(int g) {
        fates.endHold(g);
        held--;
        if (backAfterHold) {
            GroupQueue q = medicalFirst && groups.medical[g] ? medicalQueue : queue;
            q.remove(g);
            q.add(g);
        }
        screen();
    }

    private void renege(int g) {
        groups.renegeHandle[g] = Groups.NONE;
        leaveQueue(g);
        observations.reneged(groups.size[g]);
        fates.retryOrGiveUp(g);
    }

    private void screened(int g) {
        busy--;
        if (first) {
            observations.busyLanes(corridor.index, sim.now(), busy);
        }
        observations.passed(slot, groups.size[g]);
        run.dispatcher.forward(g);
        screen();
    }

    @Override
    void sendHome(int policy) {
        while (waiting() > 0) {
            int g = anyWaiting();
            leaveQueue(g);
            if (policy >= 0) {
                observations.dispersed(groups.size[g]);
                fates.stopBy(policy, g, false);
            } else {
                observations.sentHome(groups.size[g]);
                fates.retryOrGiveUp(g);
            }
        }
    }

    @Override
    String involved(EventHandler handler) {
        return handler == holdOver || handler == screened || handler == renege
                ? "checkpoint queues and screening" : null;
    }
}
