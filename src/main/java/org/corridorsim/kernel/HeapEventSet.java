package org.corridorsim.kernel;

import java.util.Arrays;

/**
 * A 4-ary min-heap keyed on time, with the tie-break order looked up only when times are equal.
 * Cancelled entries are removed lazily: they are skipped when they reach the top, and the heap
 * is rebuilt when they outnumber the live entries, so its size stays within twice the live size.
 */
public final class HeapEventSet extends PooledEventSet {

    private static final int ARITY = 4;

    private double[] times;
    private int[] heapSlots;
    private int heapSize;
    private int cancelledCount;
    private int rebuilds;

    /** An empty heap with room for 64 entries before it grows. */
    public HeapEventSet() {
        this(64);
    }

    /**
     * An empty heap.
     *
     * @param initialCapacity entries held before it grows; at least 4 is used
     */
    public HeapEventSet(int initialCapacity) {
        super(Math.max(4, initialCapacity));
        int capacity = Math.max(4, initialCapacity);
        times = new double[capacity];
        heapSlots = new int[capacity];
    }

    @Override
    public long add(double time, long order, EventHandler handler, int arg) {
        int slot = slots.allocate(order, handler, arg);
        if (heapSize == times.length) {
            times = Arrays.copyOf(times, heapSize * 2);
            heapSlots = Arrays.copyOf(heapSlots, heapSize * 2);
        }
        siftUp(heapSize++, time, slot);
        return slots.handle(slot);
    }

    @Override
    public boolean cancel(long handle) {
        if (slots.markCancelled(handle) < 0) {
            return false;
        }
        cancelledCount++;
        if (cancelledCount > 32 && cancelledCount * 2 > heapSize) {
            rebuildWithoutCancelled();
        }
        return true;
    }

    @Override
    public int size() {
        return heapSize - cancelledCount;
    }

    @Override
    public double firstTime() {
        dropCancelledTop();
        return heapSize == 0 ? Double.POSITIVE_INFINITY : times[0];
    }

    @Override
    long firstOrder() {
        return slots.order(heapSlots[0]);
    }

    @Override
    public EventHandler removeFirst() {
        dropCancelledTop();
        if (heapSize == 0) {
            throw new IllegalStateException("the event set is empty");
        }
        EventHandler handler = take(heapSlots[0], times[0]);
        removeTop();
        return handler;
    }

    @Override
    public void clear() {
        slots.clear();
        heapSize = 0;
        cancelledCount = 0;
    }

    private void dropCancelledTop() {
        // most workloads never cancel: one field read then, not a look at the top's slot
        while (cancelledCount > 0 && heapSize > 0 && slots.isCancelled(heapSlots[0])) {
            slots.release(heapSlots[0]);
            cancelledCount--;
            removeTop();
        }
    }

    private void removeTop() {
        int last = --heapSize;
        if (last > 0) {
            siftDown(0, times[last], heapSlots[last]);
        }
    }

    private boolean before(double time, int slot, double otherTime, int otherSlot) {
        return time < otherTime || (time == otherTime && slots.order(slot) < slots.order(otherSlot));
    }

    private void siftUp(int hole, double time, int slot) {
        while (hole > 0) {
            int parent = (hole - 1) >>> 2;
            double parentTime = times[parent];
            if (!before(time, slot, parentTime, heapSlots[parent])) {
                break;
            }
            times[hole] = parentTime;
            heapSlots[hole] = heapSlots[parent];
            hole = parent;
        }
        times[hole] = time;
        heapSlots[hole] = slot;
    }

    private void siftDown(int hole, double time, int slot) {
        int size = heapSize;
        while (true) {
            int first = hole * ARITY + 1;
            if (first >= size) {
                break;
            }
            int best = first;
            double bestTime = times[first];
            int end = Math.min(first + ARITY, size);
            for (int child = first + 1; child < end; child++) {
                double childTime = times[child];
                if (childTime < bestTime
                        || (childTime == bestTime && slots.order(heapSlots[child]) < slots.order(heapSlots[best]))) {
                    best = child;
                    bestTime = childTime;
                }
            }
            if (!before(bestTime, heapSlots[best], time, slot)) {
                break;
            }
            times[hole] = bestTime;
            heapSlots[hole] = heapSlots[best];
            hole = best;
        }
        times[hole] = time;
        heapSlots[hole] = slot;
    }

    /** How often cancelled entries were swept out; for tests. */
    int rebuilds() {
        return rebuilds;
    }

    private void rebuildWithoutCancelled() {
        rebuilds++;
        int kept = 0;
        for (int i = 0; i < heapSize; i++) {
            int slot = heapSlots[i];
            if (slots.isCancelled(slot)) {
                slots.release(slot);
            } else {
                times[kept] = times[i];
                heapSlots[kept] = slot;
                kept++;
            }
        }
        heapSize = kept;
        cancelledCount = 0;
        for (int i = (kept - 2) >>> 2; kept > 1 && i >= 0; i--) {
            siftDown(i, times[i], heapSlots[i]);
        }
    }
}
