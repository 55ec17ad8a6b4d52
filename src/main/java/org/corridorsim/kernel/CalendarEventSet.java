package org.corridorsim.kernel;

import java.util.Arrays;

/**
 * A calendar queue (Brown, 1988): events hashed by time into a ring of day-wide buckets, each a
 * sorted singly linked list over slot indices. Dequeue scans forward from the current day, so
 * both operations take expected constant time when the bucket width suits the event spacing;
 * the ring is resized (and the width re-estimated) when the number of events doubles or halves.
 */
public final class CalendarEventSet extends PooledEventSet {

    private static final int NONE = -1;
    private static final int MIN_BUCKETS = 16;
    private static final int FRONT_SAMPLE = 32;

    private double[] times;
    private int[] next;
    private int[] heads;
    /** Last event of each bucket: ties and later events append in constant time. */
    private int[] tails;
    /** Time of each bucket's first event (+infinity when empty), so that scanning touches one array. */
    private double[] headTimes;
    /** Scratch space for estimating the bucket width on resize. */
    private double[] sample = new double[0];
    private int[] members = new int[0];
    private int mask;
    /** The ring never shrinks below this many buckets (a hint from an earlier run of the same model). */
    private final int floorBuckets;
    private double width = 1.0;
    /** 1 / {@link #width}: a day is found by multiplying. */
    private double perWidth = 1.0;
    /** Most events pending at once so far, and the ring's size and width when that was reached. */
    private int peakSize;
    private int peakBuckets = MIN_BUCKETS;
    private double peakWidth = 1.0;
    private int size;
    /** The day (time / width, rounded down) from which the search for the earliest event starts. */
    private long day;
    /** How often an event earlier than the scanned day moved the scan back; for tests. */
    private int stepsBack;
    private double lastRemoved;

    /** An empty calendar queue with room for 64 entries before it grows. */
    public CalendarEventSet() {
        this(64);
    }

    /**
     * An empty calendar queue.
     *
     * @param initialCapacity entries held before it grows; at least 4 is used
     */
    public CalendarEventSet(int initialCapacity) {
        this(initialCapacity, MIN_BUCKETS, 1.0);
    }

    /**
     * An empty calendar queue shaped like one an earlier run of the same workload ended up with,
     * so that it need not grow into that shape again: its room for events, its ring of buckets
     * (which then never shrinks below that size) and its bucket width. The shape changes speed
     * only: events come out in the same order whatever it is.
     *
     * @param initialCapacity entries held before it grows; at least 4 is used
     * @param buckets the smallest ring size; rounded up to a power of two, at least 16
     * @param width the initial bucket width in time units; positive and finite
     */
    public CalendarEventSet(int initialCapacity, int buckets, double width) {
        super(Math.max(4, initialCapacity));
        if (!(width > 0) || Double.isInfinite(width)) {
            throw new IllegalArgumentException("bucket width must be positive and finite, got " + width);
        }
        int capacity = Math.max(4, initialCapacity);
        int ring = Math.max(MIN_BUCKETS, Integer.highestOneBit(Math.max(1, Math.min(buckets, 1 << 24)) - 1) << 1);
        times = new double[capacity];
        next = new int[capacity];
        heads = new int[ring];
        Arrays.fill(heads, NONE);
        tails = new int[ring];
        headTimes = new double[ring];
        Arrays.fill(headTimes, Double.POSITIVE_INFINITY);
        mask = ring - 1;
        floorBuckets = ring;
        this.width = width;
        this.perWidth = 1 / width;
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
            stepsBack++;
        }
        if (++size > 2 * heads.length) {
            resize(heads.length * 2);
        }
        if (size > peakSize) {
            peakSize = size;
            peakBuckets = heads.length;
            peakWidth = width;
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
        return headTimes[locateFirst()];
    }

    @Override
    long firstOrder() {
        return slots.order(heads[locateFirst()]);
    }

    @Override
    public EventHandler removeFirst() {
        if (size == 0) {
            throw new IllegalStateException("the event set is empty");
        }
        int bucket = locateFirst();
        int slot = heads[bucket];
        if (tails[bucket] == slot) {
            tails[bucket] = NONE;
        }
        setHead(bucket, next[slot]);
        lastRemoved = times[slot];
        EventHandler handler = take(slot, times[slot]);
        if (--size < heads.length / 2 && heads.length > floorBuckets) {
            resize(heads.length / 2);
        }
        return handler;
    }

    @Override
    public void clear() {
        slots.clear();
        Arrays.fill(heads, NONE);
        Arrays.fill(headTimes, Double.POSITIVE_INFINITY);
        size = 0;
        day = 0;
        lastRemoved = 0;
    }

    /** Finds the bucket holding the earliest event and makes it current; the set is not empty. */
    private int locateFirst() {
        int buckets = heads.length;
        for (int i = 0; i < buckets; i++) {
            int bucket = (int) (day & mask);
            double first = headTimes[bucket];
            if (first != Double.POSITIVE_INFINITY && dayOf(first) <= day) {
                return bucket;
            }
            day++;
        }
        // a whole year without an event due: the days are too short for the spacing of events
        if (size > 1) {
            resize(heads.length);
            return locateFirst();
        }
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

    /** {@return the most events that were pending at once} */
    public int peakSize() {
        return peakSize;
    }

    /** {@return the number of buckets when the most events were pending} */
    public int peakBuckets() {
        return peakBuckets;
    }

    /** {@return the bucket width when the most events were pending} */
    public double peakWidth() {
        return peakWidth;
    }

    int stepsBack() {
        return stepsBack;
    }

    private void setHead(int bucket, int slot) {
        heads[bucket] = slot;
        headTimes[bucket] = slot == NONE ? Double.POSITIVE_INFINITY : times[slot];
    }

    private boolean before(int a, int b) {
        return times[a] < times[b] || (times[a] == times[b] && slots.order(a) < slots.order(b));
    }

    private long dayOf(double time) {
        return (long) Math.floor(time * perWidth);
    }

    private int bucketOf(double time) {
        return (int) (dayOf(time) & mask);
    }

    private void insert(int slot) {
        int bucket = bucketOf(times[slot]);
        int tail = tails[bucket];
        if (heads[bucket] == NONE || !before(slot, tail)) {
            next[slot] = NONE;
            if (heads[bucket] == NONE) {
                setHead(bucket, slot);
            } else {
                next[tail] = slot;
            }
            tails[bucket] = slot;
            return;
        }
        int previous = NONE;
        int cursor = heads[bucket];
        while (cursor != NONE && !before(slot, cursor)) {
            previous = cursor;
            cursor = next[cursor];
        }
        next[slot] = cursor;
        if (previous == NONE) {
            setHead(bucket, slot);
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
            setHead(bucket, next[slot]);
        } else {
            next[previous] = next[slot];
        }
        if (tails[bucket] == slot) {
            tails[bucket] = previous;
        }
    }

    /** Re-hashes every event into {@code buckets} buckets with a width fitted to their spacing. */
    private void resize(int buckets) {
        int n = 0;
        if (sample.length < size) {
            sample = new double[Math.max(size, 2 * sample.length)];
            members = new int[sample.length];
        }
        for (int head : heads) {
            for (int s = head; s != NONE; s = next[s]) {
                members[n] = s;
                sample[n++] = times[s];
            }
        }
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            min = Math.min(min, sample[i]);
        }
        if (n > 1) {
            // Brown's rule of thumb: about three events per day near the front of the queue,
            // where the spacing is measured over the earliest few events
            int k = Math.min(n - 1, FRONT_SAMPLE);
            double front = Selection.kthSmallest(sample, n, k) - min;
            if (front > 0) {
                width = 3 * front / k;
                perWidth = 1 / width;
            }
        }
        if (buckets != heads.length) {
            heads = new int[buckets];
            tails = new int[buckets];
            headTimes = new double[buckets];
            mask = buckets - 1;
        }
        Arrays.fill(heads, NONE);
        Arrays.fill(headTimes, Double.POSITIVE_INFINITY);
        for (int i = 0; i < n; i++) {
            insert(members[i]);
        }
        day = dayOf(n > 0 ? min : lastRemoved);
    }
}
