package org.corridorsim.spark;

import java.util.Locale;

/**
 * The unit each metric is printed in on the console, and one precision for all: every value has
 * one decimal in its unit, so columns line up and 0.0 means "less than 0.05", not a rounding of
 * a rounding. Durations are minutes, utilisation is a percentage, queues are groups, counts persons.
 */
final class ConsoleUnits {

    private ConsoleUnits() {
    }

    /** What a metric counts or measures: persons (each once), attempts, stops, holds, or a unit. */
    static String unit(String metric) {
        if (isDuration(metric)) {
            return "min";
        }
        if (metric.endsWith(".utilization")) {
            return "%";
        }
        if (metric.endsWith(".queue")) {
            return "groups";
        }
        if (metric.startsWith("delay-time")) {
            return "person-h";
        }
        if (metric.equals("attempted") || metric.startsWith("balked") || metric.equals("reneged")
                || metric.equals("dispersed") || metric.equals("sent-home")) {
            return "attempts";
        }
        if (metric.startsWith("blocked")) {
            return "stops";
        }
        if (metric.startsWith("delayed")) {
            return "holds";
        }
        return "persons";
    }

    /** {@code value} of {@code metric} in its console unit, with one decimal; "-" when it does not exist. */
    static String format(String metric, double value) {
        if (!Double.isFinite(value)) {
            return "-";
        }
        double scaled = isDuration(metric) ? value / 60 : metric.endsWith(".utilization") ? value * 100 : value;
        String text = String.format(Locale.ROOT, "%.1f", scaled);
        return text.equals("-0.0") ? "0.0" : text;
    }

    /** Averaged over evacuated groups only: its value depends on who got out, not only on how fast. */
    static boolean isConditional(String metric) {
        return metric.startsWith("time-in-system") || metric.endsWith(".time-in-system");
    }

    private static boolean isDuration(String metric) {
        return metric.startsWith("time-in-system") || metric.endsWith(".wait") || metric.endsWith(".time-in-system");
    }
}
