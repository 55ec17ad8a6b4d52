package org.corridorsim.kernel;

import java.util.Arrays;

/**
 * A calendar queue (Brown, 1988): events hashed by time into a ring of day-wide buckets, each a
 * sorted singly linked list over slot indices. Dequeue scans forward from the current day, so
 * both operations take expected constant time when the bucket width suits the event spacing;
 * the ring is resized (and the width re-estimated) when the number of events doubles or halves.
 */
public final class CalendarEventSet implements EventSet {

    private static final int NONE = -1;
    private static final int MIN_BUCKETS = 16;

    private final EventSlots slots;
    private double[] times;
    private int[] next;
    private int[] heads;
    private int mask;
    private double width = 1.0;
    private int size;
    /** The day (time / width, rounded down) from which the search for the earliest event starts. */
    private long day;
    private double lastRemoved;
    private double removedTime;
    private int removedArg;

    public CalendarEventSet() {
        this(64);
    }

    public CalendarEventSet(int initialCapacity) {
        int capacity = Math.max(4, initialCapacity);
        slots = new EventSlots(capacity);
        times = new double[capacity];
        next = new int[capacity];
        heads = new int[MIN_BUCKETS];
        Arrays.fill(heads, NONE);
        mask = MIN_BUCKETS - 1;
    }

    @Override
    public long add(double time, long order, EventHandler handler, int arg) {
        int slot = slots.allocate(order, handler, arg);
        if (slot >= times.length) {
            times = Arrays.copyOf(times, Math.max(slot + 1, times.length * 2));
            next = Arrays.copyOf(next, times.length);
        }
        times[slot] = time;
        insert(slot);
        if (dayOf(time) < day) {
            // earlier than the day being scanned (after a peek, or a bare set used out of order)
            day = dayOf(time);
        }
        if (++size > 2 * heads.length) {
            resize(heads.length * 2);
        }
        return slots.handle(slot);
    }

    @Override
    public boolean cancel(long handle) {
        int slot = slots.markCancelled(handle);
        if (slot < 0) {
            return false;
        }
        unlink(slot);
        slots.release(slot);
        size--;
        return true;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public double firstTime() {
        if (size == 0) {
            return Double.POSITIVE_INFINITY;
        }
        return times[heads[locateFirst()]];
    }

    @Override
    public EventHandler removeFirst() {
        if (size == 0) {
            throw new IllegalStateException("the event set is empty");
        }
        int bucket = locateFirst();
        int slot = heads[bucket];
        heads[bucket] = next[slot];
        removedTime = times[slot];
        removedArg = slots.arg(slot);
        lastRemoved = removedTime;
        EventHandler handler = slots.handler(slot);
        slots.release(slot);
        if (--size < heads.length / 2 && heads.length > MIN_BUCKETS) {
            resize(heads.length / 2);
        }
        return handler;
    }

    @Override
    public double removedTime() {
        return removedTime;
    }

    @Override
    public int removedArg() {
        return removedArg;
    }

    @Override
    public void clear() {
        slots.clear();
        Arrays.fill(heads, NONE);
        size = 0;
        day = 0;
        lastRemoved = 0;
    }

    /** Finds the bucket holding the earliest event and makes it current; the set is not empty. */
    private int locateFirst() {
        int buckets = heads.length;
        for (int i = 0; i < buckets; i++) {
            int bucket = (int) (day & mask);
            int head = heads[bucket];
            if (head != NONE && dayOf(times[head]) <= day) {
                return bucket;
            }
            day++;
        }
        // a whole year without an event due: jump straight to the earliest one
        int best = NONE;
        for (int b = 0; b < buckets; b++) {
            int head = heads[b];
            if (head != NONE && (best == NONE || before(head, heads[best]))) {
                best = b;
            }
        }
        day = dayOf(times[heads[best]]);
        return best;
    }

    private boolean before(int a, int b) {
        return times[a] < times[b] || (times[a] == times[b] && slots.order(a) < slots.order(b));
    }

    private long dayOf(double time) {
        return (long) Math.floor(time / width);
    }

    private int bucketOf(double time) {
        return (int) (dayOf(time) & mask);
    }

    private void insert(int slot) {
        int bucket = bucketOf(times[slot]);
        int previous = NONE;
        int cursor = heads[bucket];
        while (cursor != NONE && !before(slot, cursor)) {
            previous = cursor;
            cursor = next[cursor];
        }
        next[slot] = cursor;
        if (previous == NONE) {
            heads[bucket] = slot;
        } else {
            next[previous] = slot;
        }
    }

    private void unlink(int slot) {
        int bucket = bucketOf(times[slot]);
        int previous = NONE;
        int cursor = heads[bucket];
        while (cursor != slot) {
            previous = cursor;
            cursor = next[cursor];
        }
        if (previous == NONE) {
            heads[bucket] = next[slot];
        } else {
            next[previous] = next[slot];
        }
    }

    /** Re-hashes every event into {@code buckets} buckets with a width fitted to their spacing. */
    private void resize(int buckets) {
        int[] old = heads;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int head : old) {
            for (int s = head; s != NONE; s = next[s]) {
                min = Math.min(min, times[s]);
                max = Math.max(max, times[s]);
            }
        }
        if (size > 1 && max > min) {
            // about three events per day near the front (Brown's rule of thumb)
            width = 3 * (max - min) / size;
        }
        heads = new int[buckets];
        Arrays.fill(heads, NONE);
        mask = buckets - 1;
        for (int head : old) {
            int s = head;
            while (s != NONE) {
                int following = next[s];
                insert(s);
                s = following;
            }
        }
        day = dayOf(size > 0 ? min : lastRemoved);
    }
}
