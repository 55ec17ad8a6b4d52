package org.corridorsim.report;

import java.util.List;
import java.util.Map;
import java.util.function.DoubleFunction;
import org.corridorsim.format.Format;

/** What the report calls each metric, and in which unit it shows it. */
final class MetricLabels {

    /** The metrics that comparisons and sweeps chart: the headline figures and the mean time in system. */
    static final List<String> CHARTED = List.of("evacuated", "attempted", "blocked", "balked", "reneged", "remaining",
            "time-in-system");

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("evacuated", "Evacuated"),
            Map.entry("evacuated.civilian", "Evacuated civilians"),
            Map.entry("evacuated.fighter", "Evacuated fighters"),
            Map.entry("evacuated.medical", "Evacuated medical cases"),
            Map.entry("attempted", "Attempts"),
            Map.entry("blocked", "Stops by policies"),
            Map.entry("detained", "Detained"),
            Map.entry("balked", "Turned away at a checkpoint (attempts)"),
            Map.entry("balked.full", "Turned away, waiting room full (attempts)"),
            Map.entry("balked.closed", "Turned away, window closed (attempts)"),
            Map.entry("reneged", "Gave up waiting (attempts)"),
            Map.entry("dispersed", "Dispersed (attempts)"),
            Map.entry("sent-home", "Sent home at closing (attempts)"),
            Map.entry("delayed", "Holds by policies"),
            Map.entry("delay-time", "Person-hours held"),
            Map.entry("remaining", "Remaining (persons)"),
            Map.entry("fate.stayed", "Never set out"),
            Map.entry("fate.evacuated", "Fate: evacuated"),
            Map.entry("fate.detained", "Fate: detained"),
            Map.entry("fate.gave-up", "Fate: gave up"),
            Map.entry("fate.retrying", "Fate: will retry"),
            Map.entry("fate.en-route", "Fate: still on the way"),
            Map.entry("time-in-system", "Time in system, mean"),
            Map.entry("time-in-system.p50", "Time in system, median"),
            Map.entry("time-in-system.p90", "Time in system, 90th percentile"));

    private static final Map<String, String> CORRIDOR_NAMES = Map.of(
            "evacuated", "evacuated",
            "checkpoint.wait", "wait for screening",
            "checkpoint.queue", "groups waiting",
            "checkpoint.utilization", "lanes busy",
            "transport.wait", "wait for transport",
            "time-in-system", "time in system");

    private MetricLabels() {
    }

    /** "Evacuated", "Blocked by shelling", "C1: wait for screening"; unknown names as they are. */
    static String label(String metric) {
        String name = NAMES.get(metric);
        if (name != null) {
            return name;
        }
        if (metric.startsWith("blocked.")) {
            return "Stops by " + metric.substring("blocked.".length());
        }
        if (metric.startsWith("persons-stopped.")) {
            return "Persons stopped by " + metric.substring("persons-stopped.".length());
        }
        if (metric.startsWith("delayed.")) {
            return "Holds by " + metric.substring("delayed.".length());
        }
        if (metric.startsWith("delay-time.")) {
            return "Person-hours held by " + metric.substring("delay-time.".length());
        }
        if (metric.startsWith("corridor.")) {
            for (var entry : CORRIDOR_NAMES.entrySet()) {
                String suffix = "." + entry.getKey();
                if (metric.endsWith(suffix) && metric.length() > "corridor.".length() + suffix.length()) {
                    return metric.substring("corridor.".length(), metric.length() - suffix.length()) + ": " + entry.getValue();
                }
            }
        }
        return metric;
    }

    static boolean isDuration(String metric) {
        return metric.startsWith("time-in-system") || metric.endsWith(".wait") || metric.endsWith(".time-in-system");
    }

    /**
     * Averaged over evacuated groups only (time in system and its percentiles): a variant that
     * lets fewer people out can look faster only because of who got out.
     */
    static boolean isConditional(String metric) {
        return metric.startsWith("time-in-system") || metric.endsWith(".time-in-system");
    }

    static boolean isCorridor(String metric) {
        return metric.startsWith("corridor.");
    }

    /**
     * What a count metric counts, as a chart axis names it: stops and holds by policies and
     * attempts are events, not persons (a person stopped twice counts twice).
     */
    static String countUnit(String metric) {
        if (metric.equals("blocked") || metric.startsWith("blocked.")) {
            return "stops";
        }
        if (metric.equals("delayed") || metric.startsWith("delayed.")) {
            return "holds";
        }
        if (metric.equals("delay-time") || metric.startsWith("delay-time.")) {
            return "person-hours";
        }
        if (metric.equals("attempted") || metric.startsWith("balked") || metric.equals("reneged")
                || metric.equals("dispersed") || metric.equals("sent-home")) {
            return "attempts";
        }
        if (metric.endsWith(".checkpoint.queue")) {
            return "groups";
        }
        if (metric.endsWith(".utilization")) {
            return "%";
        }
        return "persons";
    }

    /** How the metric's values read: durations as durations, utilisation as a percentage, counts as numbers. */
    static DoubleFunction<String> unit(String metric) {
        if (isDuration(metric)) {
            return Format::duration;
        }
        if (metric.endsWith(".utilization")) {
            return Format::percent;
        }
        return Format::number;
    }
}
