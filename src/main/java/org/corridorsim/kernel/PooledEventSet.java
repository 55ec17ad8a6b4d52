package org.corridorsim.kernel;

/**
 * What the event-set implementations share: entries live in pooled {@link EventSlots}, and the
 * entry last removed is remembered for {@link #removedTime()} and {@link #removedArg()}.
 */
abstract class PooledEventSet implements EventSet {

    protected final EventSlots slots;
    private double removedTime;
    private int removedArg;

    protected PooledEventSet(int capacity) {
        slots = new EventSlots(capacity);
    }

    /** Remembers the entry in {@code slot} as the one removed, frees the slot, returns its handler. */
    protected final EventHandler take(int slot, double time) {
        removedTime = time;
        removedArg = slots.arg(slot);
        EventHandler handler = slots.handler(slot);
        slots.release(slot);
        return handler;
    }

    @Override
    public final double removedTime() {
        return removedTime;
    }

    @Override
    public final int removedArg() {
        return removedArg;
    }
}
