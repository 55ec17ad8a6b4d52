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

    CheckpointRun(RunContext run, CorridorState corridor, int index, int slot, Station.AtCheckpoint spec,
            GroupStream screeningStream, Sampler screening, boolean first) {
        super(run, corridor, index, slot, spec);
        Checkpoint c = spec.checkpoint();
        this.lanes = c.lanes();
        this.capacity = c.capacity();
        this.screeningStream = screeningStream;
        this.screening = screening;
        this.queue = new GroupQueue(run.groups);
        this.medicalQueue = new GroupQueue(run.groups);
        this.medicalFirst = c.discipline() == Discipline.MEDICAL_FIRST;
        this.backAfterHold = c.afterHold() == Checkpoint.AfterHold.BACK;
        this.first = first;
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
            run.observations.balked(groups.size[g], closed);
            run.fates.retryOrGiveUp(g);
            return;
        }
        double now = run.sim.now();
        groups.queuedAt[g] = now;
        run.lifecycle.move(g, Lifecycle.QUEUED);
        (medicalFirst && groups.medical[g] ? medicalQueue : queue).add(g);
        queueChanged(now);
        PopulationState population = run.populations[groups.population[g]];
        if (population.patience != null) {
            groups.renegeHandle[g] = run.sim.scheduleAfter(population.drawPatience(groups.key[g]), renege, g);
        }
        screen();
    }

    /** The first checkpoint's station metrics are read off the corridor's, so it records only those. */
    private void queueChanged(double now) {
        if (first) {
            run.observations.queueLength(corridor.index, now, waiting());
        } else {
            run.observations.stationQueue(slot, now, waiting());
        }
    }

    @Override
    void resume() {
        screen();
    }

    private void screen() {
        PolicyGate gate = run.gate;
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
            double now = run.sim.now();
            double waited = now - groups.queuedAt[g];
            if (first) {
                run.observations.checkpointWait(corridor.index, waited, groups.medical[g]);
            } else {
                run.observations.stationWait(slot, waited);
            }
            run.lifecycle.move(g, Lifecycle.SCREENING);
            busy++;
            if (first) {
                run.observations.busyLanes(corridor.index, now, busy);
            }
            screeningStream.at(groups.key[g]);
            run.sim.scheduleAfter(screening.sample(), screened, g);
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
            run.sim.cancel(groups.holdHandle[g]);
            run.fates.endHold(g);
            held--;
        }
        (medicalFirst && groups.medical[g] ? medicalQueue : queue).remove(g);
        queueChanged(run.sim.now());
        if (groups.renegeHandle[g] != Groups.NONE) {
            run.sim.cancel(groups.renegeHandle[g]);
            groups.renegeHandle[g] = Groups.NONE;
        }
    }

    /** A policy objected to the group first in the queue: hold it there, or take it out. */
    private void stoppedInQueue(int g) {
        PolicyGate gate = run.gate;
        if (gate.stoppingDecision.verdict() == Decision.Verdict.DELAY) {
            run.fates.startHold(g);
            held++;
            groups.holdHandle[g] = run.sim.scheduleAfter(gate.stoppingDecision.delay(), holdOver, g);
        } else {
            leaveQueue(g);
            run.fates.stop(g);
        }
    }

    /** A held group's hold is over: it stays where it is, or goes to the back of its queue. */
    private void holdOver(int g) {
        run.fates.endHold(g);
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
        run.observations.reneged(groups.size[g]);
        run.fates.retryOrGiveUp(g);
    }

    private void screened(int g) {
        busy--;
        if (first) {
            run.observations.busyLanes(corridor.index, run.sim.now(), busy);
        }
        run.observations.passed(slot, groups.size[g]);
        run.dispatcher.forward(g);
        screen();
    }

    @Override
    void sendHome(int policy) {
        while (waiting() > 0) {
            int g = anyWaiting();
            leaveQueue(g);
            if (policy >= 0) {
                run.observations.dispersed(groups.size[g]);
                run.fates.stopBy(policy, g, false);
            } else {
                run.observations.sentHome(groups.size[g]);
                run.fates.retryOrGiveUp(g);
            }
        }
    }

    @Override
    String involved(EventHandler handler) {
        return handler == holdOver || handler == screened || handler == renege
                ? "checkpoint queues and screening" : null;
    }
}
