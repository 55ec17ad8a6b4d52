package org.corridorsim.model;

import java.util.Arrays;
import org.corridorsim.policy.GroupView;
import org.corridorsim.policy.Kind;

/**
 * The groups on their way in one replication, stored column-wise and recycled, so that memory
 * follows the number of groups present at once rather than the population size.
 */
final class Groups {

    static final int NONE = -1;

    private final Kind[] kinds;
    int[] population;
    int[] size;
    boolean[] medical;
    /** Whether the group leaves by its own car (skipping ambulances, shuttles and convoys). */
    boolean[] car;
    int[] corridor;
    /** Index in the corridor's route of the station the group is at or heading for; NONE before the first. */
    int[] station;
    /** When the group first set out; time in system runs from here. */
    double[] setOut;
    /** When the group joined the checkpoint queue (or the transport queue, later). */
    double[] queuedAt;
    long[] renegeHandle;
    /** Persons of the group not yet on a vehicle. */
    int[] toBoard;
    /** Links of the queue the group is in. */
    int[] prev;
    int[] next;
    boolean[] queued;
    /** The group's {@link Lifecycle} state. */
    byte[] state;
    /** Attempts made so far: 1 on the first setting out. */
    int[] attempt;
    /** Index of the group within its population, in departure order: its identity across variants. */
    long[] ordinal;
    /** The policy holding the group, or NONE; a hold started at {@link #holdStart}. */
    int[] holdPolicy;
    double[] holdStart;
    long[] holdHandle;
    /** The group's random key for its current attempt; see {@link org.corridorsim.random.GroupStream}. */
    long[] key;
    /** {@link org.corridorsim.random.GroupStream#prepare} of {@link #key}: where the group's streams start. */
    long[] streamKey;
    /** {@link org.corridorsim.random.GroupStream#groupIdentity}: the part of the key all attempts share. */
    long[] identity;
    /** Policy decisions asked for the group in its current attempt; keys the policies' draws. */
    int[] asks;
    /** Bit i set when policy i has stopped the group at least once (policies 0..63). */
    long[] stoppedBy;
    /** Bit i set when the group has the scenario's attribute i (see {@link PopulationState#attributeNames}). */
    long[] attributes;

    private int[] free;
    private int freeCount;
    private int used;
    private final View view = new View();

    Groups(Kind[] populationKinds, int capacity) {
        this.kinds = populationKinds;
        population = new int[capacity];
        size = new int[capacity];
        medical = new boolean[capacity];
        car = new boolean[capacity];
        corridor = new int[capacity];
        station = new int[capacity];
        setOut = new double[capacity];
        queuedAt = new double[capacity];
        renegeHandle = new long[capacity];
        toBoard = new int[capacity];
        prev = new int[capacity];
        next = new int[capacity];
        queued = new boolean[capacity];
        state = new byte[capacity];
        attempt = new int[capacity];
        ordinal = new long[capacity];
        holdPolicy = new int[capacity];
        holdStart = new double[capacity];
        holdHandle = new long[capacity];
        stoppedBy = new long[capacity];
        attributes = new long[capacity];
        key = new long[capacity];
        streamKey = new long[capacity];
        identity = new long[capacity];
        asks = new int[capacity];
        free = new int[capacity];
    }

    int allocate(int populationIndex, long groupOrdinal, int persons, boolean isMedical, double now) {
        int g;
        if (freeCount > 0) {
            g = free[--freeCount];
        } else {
            if (used == population.length) {
                grow();
            }
            g = used++;
        }
        population[g] = populationIndex;
        size[g] = persons;
        medical[g] = isMedical;
        car[g] = false;
        corridor[g] = NONE;
        station[g] = NONE;
        setOut[g] = now;
        renegeHandle[g] = NONE;
        queued[g] = false;
        attempt[g] = 1;
        ordinal[g] = groupOrdinal;
        holdPolicy[g] = NONE;
        holdHandle[g] = NONE;
        stoppedBy[g] = 0;
        attributes[g] = 0;
        toBoard[g] = 0;
        asks[g] = 0;
        return g;
    }

    /** Frees the slot of a group that reached a final state; its state stays readable until reuse. */
    void release(int g) {
        free[freeCount++] = g;
    }

    /** Slots ever used; live groups are those below this whose state is not final. */
    int slots() {
        return used;
    }

    Kind kind(int g) {
        return kinds[population[g]];
    }

    /** Groups currently allocated. */
    int live() {
        return used - freeCount;
    }

    /** A reusable view of group {@code g} for policies. */
    GroupView view(int g) {
        view.group = g;
        return view;
    }

    private void grow() {
        int n = population.length * 2;
        population = Arrays.copyOf(population, n);
        size = Arrays.copyOf(size, n);
        medical = Arrays.copyOf(medical, n);
        car = Arrays.copyOf(car, n);
        corridor = Arrays.copyOf(corridor, n);
        station = Arrays.copyOf(station, n);
        setOut = Arrays.copyOf(setOut, n);
        queuedAt = Arrays.copyOf(queuedAt, n);
        renegeHandle = Arrays.copyOf(renegeHandle, n);
        toBoard = Arrays.copyOf(toBoard, n);
        prev = Arrays.copyOf(prev, n);
        next = Arrays.copyOf(next, n);
        queued = Arrays.copyOf(queued, n);
        state = Arrays.copyOf(state, n);
        attempt = Arrays.copyOf(attempt, n);
        ordinal = Arrays.copyOf(ordinal, n);
        holdPolicy = Arrays.copyOf(holdPolicy, n);
        holdStart = Arrays.copyOf(holdStart, n);
        holdHandle = Arrays.copyOf(holdHandle, n);
        stoppedBy = Arrays.copyOf(stoppedBy, n);
        attributes = Arrays.copyOf(attributes, n);
        key = Arrays.copyOf(key, n);
        streamKey = Arrays.copyOf(streamKey, n);
        identity = Arrays.copyOf(identity, n);
        asks = Arrays.copyOf(asks, n);
        free = Arrays.copyOf(free, n);
    }

    private final class View implements GroupView {
        int group;

        @Override public Kind kind() { return Groups.this.kind(group); }
        @Override public int size() { return size[group]; }
        @Override public boolean medical() { return medical[group]; }
        @Override public int population() { return population[group]; }
        @Override public int corridor() { return corridor[group]; }
        @Override public int station() { return station[group]; }
        @Override public boolean has(int attribute) {
            return attribute >= 0 && attribute < 64 && (attributes[group] >>> attribute & 1L) != 0;
        }
    }
}
