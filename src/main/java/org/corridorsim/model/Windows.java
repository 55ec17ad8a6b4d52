package org.corridorsim.model;

import java.util.List;

/**
 * The opening windows of a corridor.
 *
 * @param intervals sorted, non-overlapping intervals during which the corridor is open
 */
public record Windows(List<Interval> intervals) {

    private static final Windows ALWAYS =
            new Windows(List.of(new Interval(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY)));

    /**
     * Checks the components.
     *
     * @param intervals sorted, non-overlapping intervals during which the corridor is open
     */
    public Windows {
        intervals = List.copyOf(intervals);
        for (int i = 1; i < intervals.size(); i++) {
            if (intervals.get(i).from() < intervals.get(i - 1).to()) {
                throw new IllegalArgumentException("windows must be sorted and must not overlap, got "
                        + intervals.get(i - 1) + " before " + intervals.get(i));
            }
        }
    }

    /** {@return windows that are open at every time} */
    public static Windows always() {
        return ALWAYS;
    }

    /**
     * Whether the corridor is open.
     *
     * @param time in seconds from the scenario start
     * @return true inside a window
     */
    public boolean isOpen(double time) {
        int i = indexAtOrAfter(time);
        return i < intervals.size() && intervals.get(i).contains(time);
    }

    /**
     * When the corridor is next open.
     *
     * @param time in seconds from the scenario start
     * @return {@code time} itself when open, else the start of the next window, or +infinity
     */
    public double nextOpening(double time) {
        int i = indexAtOrAfter(time);
        if (i == intervals.size()) {
            return Double.POSITIVE_INFINITY;
        }
        Interval window = intervals.get(i);
        return window.contains(time) ? time : window.from();
    }

    /**
     * When the window open at {@code time} closes.
     *
     * @param time in seconds from the scenario start
     * @return the end of that window, or {@code time} when closed
     */
    public double closingAfter(double time) {
        int i = indexAtOrAfter(time);
        return i < intervals.size() && intervals.get(i).contains(time) ? intervals.get(i).to() : time;
    }

    /**
     * Total open time within [from, to).
     *
     * @param from in seconds from the scenario start
     * @param to in seconds, not before {@code from}
     * @return seconds open
     */
    public double openTime(double from, double to) {
        double total = 0;
        for (Interval window : intervals) {
            total += Math.max(0, Math.min(to, window.to()) - Math.max(from, window.from()));
        }
        return total;
    }

    /** Index of the first window whose end is after {@code time}. */
    private int indexAtOrAfter(double time) {
        int low = 0;
        int high = intervals.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (intervals.get(mid).to() <= time) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
