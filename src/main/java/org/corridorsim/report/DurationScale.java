package org.corridorsim.report;

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
}
