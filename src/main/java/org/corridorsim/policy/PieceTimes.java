package org.corridorsim.policy;

import java.util.Arrays;

/** The start times of a schedule's pieces, shared by {@link Schedule} and {@link DistributionSchedule}. */
final class PieceTimes {

    private PieceTimes() {
    }

    /**
     * A copy of {@code from}, checked against the number of pieces.
     *
     * @param what what each piece holds, e.g. {@code value}, for the message
     * @throws IllegalArgumentException if the lengths differ, there is no piece or the times do not increase
     */
    static double[] checked(double[] from, int pieces, String what) {
        if (from.length == 0 || from.length != pieces) {
            throw new IllegalArgumentException("a schedule needs one " + what + " per start time, got " + pieces
                    + " " + what + "s and " + from.length + " times");
        }
        for (int i = 1; i < from.length; i++) {
            if (!(from[i] > from[i - 1])) {
                throw new IllegalArgumentException("schedule times must increase");
            }
        }
        return from.clone();
    }

    /** The index of the last piece started by {@code time}, or 0 before the first starts. */
    static int pieceAt(double[] from, double time) {
        int i = Arrays.binarySearch(from, time);
        return i >= 0 ? i : Math.max(0, -i - 2);
    }
}
