package org.corridorsim.experiment.output;

import java.util.Map;

/**
 * What each metric means and its unit, for the data package descriptor. The wording follows the
 * metric table of docs/model.md; a metric not listed here (a newer one) points there.
 */
final class MetricGlossary {

    /** A metric's meaning and unit; the unit is {@code person}, {@code second}, {@code group} or {@code 1}. */
    record Entry(String description, String unit) {}

    private static final Map<String, Entry> FIXED = Map.ofEntries(
            Map.entry("evacuated", new Entry("Persons out through a corridor by the horizon.", "person")),
            Map.entry("evacuated.civilian", new Entry("Civilians out by the horizon.", "person")),
            Map.entry("evacuated.fighter", new Entry("Fighters out by the horizon.", "person")),
            Map.entry("evacuated.medical", new Entry("Medical cases out by the horizon.", "person")),
            Map.entry("attempted", new Entry("Persons setting out, counted at every attempt: a group that retries twice "
                    + "counts three times.", "person")),
            Map.entry("blocked", new Entry("Persons stopped by a blocking policy (turned back, detained, or dispersed "
                    + "from a queue), counted at every stop.", "person")),
            Map.entry("detained", new Entry("Persons detained (also counted in blocked).", "person")),
            Map.entry("balked", new Entry("Arrivals turned away at the checkpoint, balked.full plus balked.closed.",
                    "person")),
            Map.entry("balked.full", new Entry("Arrivals that found the checkpoint's waiting room full.", "person")),
            Map.entry("balked.closed", new Entry("Arrivals at a closed window under on-window-close: go-home.",
                    "person")),
            Map.entry("sent-home", new Entry("Persons whose group was waiting when the window closed under go-home "
                    + "and was sent away.", "person")),
            Map.entry("delayed", new Entry("Holds: persons held by a policy, counted once per hold.", "person")),
            Map.entry("delay-time", new Entry("Person-hours spent held by policies, up to the end of each hold or the "
                    + "horizon.", "person-hour")),
            Map.entry("fate.stayed", new Entry("Persons who never set out (did not intend to, or would have left after "
                    + "the horizon).", "person")),
            Map.entry("fate.evacuated", new Entry("Persons whose fate is evacuation (equals evacuated).", "person")),
            Map.entry("fate.detained", new Entry("Persons whose fate is detention (equals detained).", "person")),
            Map.entry("fate.gave-up", new Entry("Persons stopped, turned away or discouraged on their last attempt, who "
                    + "will not try again.", "person")),
            Map.entry("fate.retrying", new Entry("Persons who will try again after the horizon.", "person")),
            Map.entry("fate.en-route", new Entry("Persons travelling, held, queued, in screening or waiting for a vehicle "
                    + "at the horizon.", "person")),
            Map.entry("reneged", new Entry("Persons whose group gave up waiting at the checkpoint, counted at every "
                    + "occurrence.", "person")),
            Map.entry("dispersed", new Entry("Persons sent from a queue by a policy that closed the corridor (also "
                    + "counted in blocked).", "person")),
            Map.entry("remaining", new Entry("Persons who set out at least once and are neither evacuated nor detained "
                    + "at the horizon.", "person")),
            Map.entry("time-in-system", new Entry("Mean time from a group's first setting out to its last member "
                    + "leaving the corridor, over evacuated groups only (conditional on evacuation).", "second")),
            Map.entry("time-in-system.p50", new Entry("Median time in system, over evacuated groups only "
                    + "(conditional on evacuation).", "second")),
            Map.entry("time-in-system.p90", new Entry("90th percentile of time in system, over evacuated groups only "
                    + "(conditional on evacuation).", "second")));

    private static final Map<String, Entry> PER_CORRIDOR = Map.of(
            "evacuated", new Entry("Persons out through corridor %s.", "person"),
            "checkpoint.wait", new Entry("Mean wait of a group at corridor %s before its screening starts.", "second"),
            "checkpoint.queue", new Entry("Time-average number of groups waiting at the checkpoint of corridor %s.",
                    "group"),
            "checkpoint.utilization", new Entry("Busy lane-seconds divided by lanes times the open time of corridor %s "
                    + "(a fraction; may slightly exceed 1 when screening runs past closing time).", "1"),
            "transport.wait", new Entry("Mean time at corridor %s from the end of screening until a group's last "
                    + "member leaves on a vehicle.", "second"),
            "time-in-system", new Entry("Mean time in system of groups that left through corridor %s "
                    + "(conditional on evacuation).", "second"));

    private MetricGlossary() {
    }

    static Entry describe(String metric) {
        Entry fixed = FIXED.get(metric);
        if (fixed != null) {
            return fixed;
        }
        for (String[] perPolicy : new String[][] {
            {"persons-stopped.", "Distinct persons the blocking policy %s stopped at least once.", "person"},
            {"delayed.", "Holds by the blocking policy %s: persons held, counted once per hold.", "person"},
            {"delay-time.", "Person-hours spent held by the blocking policy %s.", "person-hour"}}) {
            if (metric.startsWith(perPolicy[0])) {
                return new Entry(String.format(perPolicy[1], metric.substring(perPolicy[0].length())), perPolicy[2]);
            }
        }
        if (metric.startsWith("blocked.")) {
            return new Entry("Persons stopped by the blocking policy " + metric.substring("blocked.".length())
                    + ", counted at every stop.", "person");
        }
        if (metric.startsWith("corridor.")) {
            for (var entry : PER_CORRIDOR.entrySet()) {
                String suffix = "." + entry.getKey();
                int idEnd = metric.length() - suffix.length();
                if (metric.endsWith(suffix) && idEnd > "corridor.".length()) {
                    String corridor = metric.substring("corridor.".length(), idEnd);
                    return new Entry(String.format(entry.getValue().description(), corridor), entry.getValue().unit());
                }
            }
        }
        return new Entry("The model metric " + metric + "; see docs/model.md.", "");
    }

    /** Whether the metric is averaged over evacuated groups only, so that it depends on who got out. */
    static boolean isConditional(String metric) {
        return metric.startsWith("time-in-system") || metric.endsWith(".time-in-system");
    }
}
