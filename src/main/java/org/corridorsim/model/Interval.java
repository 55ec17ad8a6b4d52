package org.corridorsim.model;

/**
 * A half-open span of simulation time [from, to), in seconds from the scenario start.
 *
 * @param from the inclusive start; may be negative infinity
 * @param to the exclusive end, after {@code from}; may be positive infinity
 */
public record Interval(double from, double to) {

    /**
     * Checks the components.
     *
     * @param from the inclusive start; may be negative infinity
     * @param to the exclusive end, after {@code from}; may be positive infinity
     */
    public Interval {
        if (!(from < to) || Double.isNaN(from) || Double.isNaN(to)) {
            throw new IllegalArgumentException("an interval must end after it starts, got [" + from + ", " + to + ")");
        }
    }

    /**
     * Whether {@code time} lies in [from, to).
     *
     * @param time in seconds from the scenario start
     * @return true if inside
     */
    public boolean contains(double time) {
        return time >= from && time < to;
    }

    /** {@return {@code to - from}, in seconds; infinite for an unbounded interval} */
    public double length() {
        return to - from;
    }
}
