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
     *
     * @param time when the entry comes due, in simulated seconds
     * @param order tie-break among entries at the same time; smaller runs first
     * @param handler what runs when the entry comes due
     * @param arg passed to the handler, typically an entity index
     * @return a handle for {@link #cancel(long)}
     */
    long add(double time, long order, EventHandler handler, int arg);

    /**
     * Cancels a pending entry.
     *
     * @param handle as returned by {@link #add}
     * @return false if it already ran, was cancelled or is unknown
     */
    boolean cancel(long handle);

    /**
     * Number of pending entries.
     *
     * @return the number of entries neither run nor cancelled
     */
    int size();

    /**
     * Whether nothing is pending.
     *
     * @return true when {@link #size()} is 0
     */
    default boolean isEmpty() {
        return size() == 0;
    }

    /**
     * Time of the earliest pending entry.
     *
     * @return that time in simulated seconds, or {@code Double.POSITIVE_INFINITY} when empty
     */
    double firstTime();

    /**
     * Removes the earliest pending entry; the set must not be empty.
     *
     * @return the entry's handler
     */
    EventHandler removeFirst();

    /**
     * Time of the entry last removed by {@link #removeFirst()}.
     *
     * @return that time in simulated seconds
     */
    double removedTime();

    /**
     * Argument of the entry last removed by {@link #removeFirst()}.
     *
     * @return the {@code arg} it was added with
     */
    int removedArg();

    /** Removes every entry; outstanding handles become invalid. */
    void clear();
}
