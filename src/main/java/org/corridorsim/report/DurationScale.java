package org.corridorsim.report;

import java.util.function.DoubleFunction;
import org.corridorsim.format.Format;

/** The unit a chart of durations is drawn in, chosen so that its numbers stay readable. */
record DurationScale(String unit, double seconds) {

    /** Seconds below 2 minutes, minutes below 3 hours, hours below 3 days, then days. */
    static DurationScale fitting(double largestSeconds) {
        if (largestSeconds < 120) {
            return new DurationScale("s", 1);
        }
        if (largestSeconds < 3 * 3600) {
            return new DurationScale("min", 60);
        }
        if (largestSeconds < 3 * 86_400) {
            return new DurationScale("h", 3600);
        }
        return new DurationScale("d", 86_400);
    }

    double apply(double durationSeconds) {
        return durationSeconds / seconds;
    }

    /**
     * Durations in this one unit, "65 min", so that a mean, its half-width and its differences
     * read in the same unit rather than "1 h 5 min ± 16.9 s".
     */
    DoubleFunction<String> text() {
        return value -> Format.number(apply(value)) + (unit.isEmpty() ? "" : "\u00a0" + unit);
    }

    /**
     * Values of one column or row in this unit, with noise far below {@code largest} (in seconds
     * for a duration scale) shown as 0: see {@link Format#inColumn}.
     *
     * @param named whether each value carries the unit (not where the column heading names it)
     */
    DoubleFunction<String> column(double largest, boolean named) {
        return value -> Format.inColumn(apply(value), Math.abs(apply(largest)))
                + (!named || unit.isEmpty() || !Double.isFinite(value) ? "" : "\u00a0" + unit);
    }

    /** Plain numbers, no unit. */
    static final DurationScale NONE = new DurationScale("", 1);
}
