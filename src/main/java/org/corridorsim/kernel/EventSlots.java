package org.corridorsim.kernel;

import java.util.Arrays;

/**
 * Pooled storage for event entries, shared by the event-set implementations: handler, argument
 * and tie-break order per slot, plus a free list. A handle packs the slot with a generation
 * counter, so a stale handle never cancels the slot's next occupant.
 */
final class EventSlots {

    private EventHandler[] handlers;
    private int[] args;
    private long[] orders;
    private int[] generations;
    private boolean[] cancelled;
    private int[] free;
    private int freeCount;
    private int used;

    EventSlots(int capacity) {
        handlers = new EventHandler[capacity];
        args = new int[capacity];
        orders = new long[capacity];
        generations = new int[capacity];
        cancelled = new boolean[capacity];
        free = new int[capacity];
    }

    int allocate(long order, EventHandler handler, int arg) {
        int slot;
        if (freeCount > 0) {
            slot = free[--freeCount];
        } else {
            if (used == handlers.length) {
                grow();
            }
            slot = used++;
        }
        handlers[slot] = handler;
        args[slot] = arg;
        orders[slot] = order;
        return slot;
    }

    void release(int slot) {
        handlers[slot] = null;
        cancelled[slot] = false;
        generations[slot]++;
        free[freeCount++] = slot;
    }

    long handle(int slot) {
        return ((long) generations[slot] << 32) | (slot & 0xFFFF_FFFFL);
    }

    /** Marks the slot of a live handle cancelled; returns the slot or -1 if the handle is stale. */
    int markCancelled(long handle) {
        int slot = (int) handle;
        if (slot < 0 || slot >= used || handlers[slot] == null || cancelled[slot]
                || generations[slot] != (int) (handle >>> 32)) {
            return -1;
        }
        cancelled[slot] = true;
        return slot;
    }

    boolean isCancelled(int slot) {
        return cancelled[slot];
    }

    EventHandler handler(int slot) {
        return handlers[slot];
    }

    int arg(int slot) {
        return args[slot];
    }

    long order(int slot) {
        return orders[slot];
    }

    void clear() {
        for (int slot = 0; slot < used; slot++) {
            if (handlers[slot] != null) {
                handlers[slot] = null;
                cancelled[slot] = false;
                generations[slot]++;
            }
        }
        freeCount = 0;
        used = 0;
    }

    private void grow() {
        int capacity = handlers.length * 2;
        handlers = Arrays.copyOf(handlers, capacity);
        args = Arrays.copyOf(args, capacity);
        orders = Arrays.copyOf(orders, capacity);
        generations = Arrays.copyOf(generations, capacity);
        cancelled = Arrays.copyOf(cancelled, capacity);
        free = Arrays.copyOf(free, capacity);
    }
}
