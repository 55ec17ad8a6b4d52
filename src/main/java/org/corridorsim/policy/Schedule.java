package org.corridorsim.policy;

import java.util.Arrays;

/**
 * A number that changes over time in pieces: piece {@code i} holds from {@code from(i)} until
 * the next piece starts (the first also before its start). Written in a policy entry as a list
 * of values with the entry's {@code schedule:} of local date-times, each piece reachable by an
 * override path such as {@code blocking.x.probability[2]}. Looking a value up does not allocate.
 */
public final class Schedule {

    private final double[] from;
    private final double[] values;

    private Schedule(double[] from, double[] values) {
        this.from = from;
        this.values = values;
    }

    /**
     * A value that never changes.
     *
     * @param value the value
     * @return the schedule of one piece
     */
    public static Schedule constant(double value) {
        return new Schedule(new double[] {Double.NEGATIVE_INFINITY}, new double[] {value});
    }

    /**
     * Pieces starting at the given times.
     *
     * @param from the start of each piece, in seconds from the scenario start, increasing
     * @param values the value of each piece, as many as {@code from}
     * @return the schedule
     * @throws IllegalArgumentException if the lengths differ, there is no piece or the times do not increase
     */
    public static Schedule of(double[] from, double[] values) {
        return new Schedule(PieceTimes.checked(from, values.length, "value"), values.clone());
    }

    /**
     * The value at a time.
     *
     * @param time seconds from the scenario start
     * @return the value of the last piece started by then, or the first piece's before it starts
     */
    public double at(double time) {
        return values[PieceTimes.pieceAt(from, time)];
    }

    /** {@return the number of pieces} */
    public int pieces() {
        return values.length;
    }

    /**
     * The value of one piece.
     *
     * @param piece from 0 to {@link #pieces()} minus one
     * @return its value
     */
    public double value(int piece) {
        return values[piece];
    }

    /** {@return whether the value changes over time} */
    public boolean varies() {
        for (double v : values) {
            if (v != values[0]) {
                return true;
            }
        }
        return false;
    }

    /** Two schedules are equal when they have the same pieces: the same start times and values. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Schedule s && Arrays.equals(from, s.from) && Arrays.equals(values, s.values);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(from) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "Schedule" + Arrays.toString(values) + " from " + Arrays.toString(from);
    }
}
