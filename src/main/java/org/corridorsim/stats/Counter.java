package org.corridorsim.stats;

/** A count of events, such as people who crossed a checkpoint or convoys turned back. */
public final class Counter {

    private long count;

    /**
     * Adds to the count.
     *
     * @param amount not negative: a counter only counts up
     * @throws IllegalArgumentException if {@code amount} is negative
     */
    public void add(long amount) {
        if (amount < 0) {
            throw new IllegalArgumentException("Counter amount must not be negative, got " + amount);
        }
        count += amount;
    }

    /** Adds 1. */
    public void increment() {
        count++;
    }

    /** {@return the total added since construction or the last reset} */
    public long count() {
        return count;
    }

    /**
     * Adds {@code other}'s count to this one.
     *
     * @param other another counter; unchanged
     */
    public void merge(Counter other) {
        count += other.count;
    }

    /** Sets the count back to 0. */
    public void reset() {
        count = 0;
    }

    @Override
    public String toString() {
        return "Counter[" + count + "]";
    }
}
