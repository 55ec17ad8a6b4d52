package org.corridorsim.kernel;

/**
 * The pending-event set of a {@link Simulator}: entries ordered by time, then by {@code order}
 * (smaller first). Implementations store entries in primitive arrays and allocate nothing per
 * event once they have grown to the working size.
 *
 * <p>{@link #removeFirst()} returns the handler of the earliest entry; its time and argument are
 * then available from {@link #removedTime()} and {@link #removedArg()} until the next call.
 */
public interface EventSet {

    /**
     * Adds an entry and returns a handle for {@link #cancel(long)}. The caller guarantees that
     * {@code time} is finite and that {@code order} values are unique.
     */
    long add(double time, long order, EventHandler handler, int arg);

    /** Cancels a pending entry; returns false if it already ran, was cancelled or is unknown. */
    boolean cancel(long handle);

    /** Number of pending (not cancelled) entries. */
    int size();

    default boolean isEmpty() {
        return size() == 0;
    }

    /** Time of the earliest pending entry, or {@code Double.POSITIVE_INFINITY} when empty. */
    double firstTime();

    /** Removes the earliest pending entry and returns its handler; the set must not be empty. */
    EventHandler removeFirst();

    double removedTime();

    int removedArg();

    /** Removes every entry; outstanding handles become invalid. */
    void clear();
}
