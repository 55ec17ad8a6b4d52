package org.corridorsim.stats;

/** A count of events, such as people who crossed a checkpoint or convoys turned back. */
public final class Counter {

    private long count;

    /** Adds {@code amount}, which must not be negative: a counter only counts up. */
    public void add(long amount) {
        if (amount < 0) {
            throw new IllegalArgumentException("Counter amount must not be negative, got " + amount);
        }
        count += amount;
    }

    public void increment() {
        count++;
    }

    public long count() {
        return count;
    }

    public void merge(Counter other) {
        count += other.count;
    }

    public void reset() {
        count = 0;
    }

    @Override
    public String toString() {
        return "Counter[" + count + "]";
    }
}
