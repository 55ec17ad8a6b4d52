package org.corridorsim.model;

import org.corridorsim.random.GroupStream;
import org.corridorsim.random.Sampler;

/** One corridor during a replication: its checkpoint queue and lanes, vehicles and closures. */
final class CorridorState {

    final Corridor spec;
    final int index;
    final int lanes;
    final int capacity;
    private final GroupStream screeningStream;
    private final Sampler screening;
    final GroupQueue queue;
    /** Second class of the medical-first discipline; unused under FIFO. */
    final GroupQueue medicalQueue;
    final boolean medicalFirst;
    final boolean backAfterHold;
    /** Waiting groups held by a policy; they count against capacity but are not screened. */
    int held;
    int busy;
    boolean windowOpen;
    int closures;

    final GroupQueue boarding;
    final int seats;
    final double maxWait;
    final Sampler trip;
    int vehiclesIdle;
    long personsWaiting;
    long boardingTimeout = Groups.NONE;

    final GroupQueue ambulanceQueue;
    final Sampler ambulanceTrip;
    int ambulancesIdle;

    CorridorState(int index, Corridor spec, Groups groups, GroupStream screeningStream, Sampler screening, Sampler trip,
            Sampler ambulanceTrip) {
        this.screeningStream = screeningStream;
        this.index = index;
        this.spec = spec;
        this.lanes = spec.checkpoint().lanes();
        this.capacity = spec.checkpoint().capacity();
        this.screening = screening;
        this.queue = new GroupQueue(groups);
        this.medicalQueue = new GroupQueue(groups);
        this.medicalFirst = spec.checkpoint().discipline() == Discipline.MEDICAL_FIRST;
        this.backAfterHold = spec.checkpoint().afterHold() == Checkpoint.AfterHold.BACK;
        this.boarding = new GroupQueue(groups);
        this.seats = spec.transport().map(Transport::seats).orElse(0);
        this.maxWait = spec.transport().map(Transport::maxWait).orElse(Double.POSITIVE_INFINITY);
        this.trip = trip;
        this.vehiclesIdle = spec.transport().map(Transport::vehicles).orElse(0);
        this.ambulanceQueue = new GroupQueue(groups);
        this.ambulanceTrip = ambulanceTrip;
        this.ambulancesIdle = spec.ambulances().map(Ambulances::vehicles).orElse(0);
    }

    /** The screening time of the group keyed {@code groupKey}. */
    double drawScreening(long groupKey) {
        screeningStream.at(groupKey);
        return screening.sample();
    }

    boolean hasTransport() {
        return spec.transport().isPresent();
    }

    boolean hasAmbulances() {
        return spec.ambulances().isPresent();
    }

    boolean canScreen() {
        return windowOpen && closures == 0;
    }

    int waiting() {
        return queue.length() + medicalQueue.length();
    }

    void enqueue(int g, boolean medical) {
        (medicalFirst && medical ? medicalQueue : queue).add(g);
    }

    /** Any waiting group, held or not (to empty the queue), or NONE. */
    int anyWaiting() {
        return medicalQueue.isEmpty() ? queue.peek() : medicalQueue.peek();
    }

    /** The group screening would take next: medical first under that discipline, skipping held groups. */
    int nextToScreen() {
        if (held == 0) {
            return anyWaiting();
        }
        int g = medicalQueue.firstNotHeld();
        return g != Groups.NONE ? g : queue.firstNotHeld();
    }

    void leaveQueue(int g, boolean medical) {
        (medicalFirst && medical ? medicalQueue : queue).remove(g);
    }

    /** A held group's hold is over: it stays where it is, or goes to the back of its queue. */
    void holdOver(int g, boolean medical) {
        held--;
        if (backAfterHold) {
            GroupQueue q = medicalFirst && medical ? medicalQueue : queue;
            q.remove(g);
            q.add(g);
        }
    }
}
