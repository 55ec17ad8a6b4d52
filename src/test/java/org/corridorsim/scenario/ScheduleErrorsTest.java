package org.corridorsim.scenario;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Mistakes in values that change by date are located errors that say what is allowed. */
class ScheduleErrorsTest {

    private static List<String> errors(String population, String blocking) {
        String text = """
                id: schedules
                start: 2020-01-01T00:00
                end: 2020-01-03T00:00
                populations:
                  - id: p
                    travel: {C: 5m}
                """ + population.indent(4) + """
                corridors:
                  - {id: C, checkpoint: {screening: 1m}}
                """ + (blocking.isEmpty() ? "" : "blocking:\n" + blocking.indent(2));
        ScenarioException e = org.junit.jupiter.api.Assertions.assertThrows(ScenarioException.class,
                () -> new ScenarioLoader().parse(text, "s.yaml"));
        return e.errors().stream().map(ScenarioError::toString).toList();
    }

    private static void assertError(List<String> errors, String where, String what) {
        assertTrue(errors.size() == 1 && errors.get(0).startsWith("s.yaml:") && errors.get(0).contains(where)
                && errors.get(0).contains(what), errors.toString());
    }

    private static final String TIMES = "schedule: [2020-01-01T00:00, 2020-01-02T00:00]\n";

    @Test
    void populationSchedulesPointAtTheirKey() {
        assertError(errors("size: 10\nintent: [0.5, 1]", ""), "populations[0].intent", "a list needs schedule:");
        assertError(errors("size: 10\n" + TIMES, ""), "populations[0].schedule", "neither intent nor departures is a list");
        assertError(errors("size: 10\n" + TIMES + "intent: [0.5]", ""), "populations[0].intent",
                "has 1 item but schedule: has 2 times");
        assertError(errors("size: 10\n" + TIMES + "departures: [uniform, uniform, windows]", ""),
                "populations[0].departures", "has 3 items but schedule: has 2 times");
        assertError(errors("size: 10\nschedule: [2020-01-02T00:00, 2020-01-01T00:00]\nintent: [0.5, 1]", ""),
                "populations[0].schedule", "the times must increase");
        assertError(errors("size: 10\n" + TIMES + "intent: [0.5, 1.5]", ""), "populations[0].intent[1]", "1.5");
        assertError(errors("size: 10\n" + TIMES + "departures: [uniform, sometimes]", ""),
                "populations[0].departures[1]", "unknown departures");
        assertError(errors("arrivals: {rate: 10/h}\n" + TIMES, ""), "populations[0].schedule",
                "cannot be combined with arrivals");
        // every piece is shorter than a day and its profile only weighs an hour outside it
        assertError(errors("size: 10\nschedule: [2020-01-01T00:00, 2020-01-01T20:00, 2020-01-02T12:00, 2020-01-02T20:00]\n"
                + "departures: [" + hour(21) + ", " + hour(13) + ", " + hour(21) + ", " + hour(5) + "]", ""),
                "populations[0].schedule", "no piece gives any departure weight to its own dates");
    }

    /** An hourly profile that weighs only one local hour. */
    private static String hour(int h) {
        String[] weights = new String[24];
        java.util.Arrays.fill(weights, "0");
        weights[h] = "1";
        return "{profile: [" + String.join(",", weights) + "]}";
    }

    @Test
    void policySchedulesPointAtTheirKey() {
        assertError(errors("size: 10", "- {id: q, policy: quota, per-hour: [10, 20]}"), "blocking[0].per-hour",
                "a list of values needs schedule:");
        assertError(errors("size: 10", "- {id: q, policy: quota, " + TIMES.strip() + ", per-hour: [10, 0]}"),
                "blocking[0].per-hour[1]", "at least 1");
        assertError(errors("size: 10", "- {id: q, policy: quota, " + TIMES.strip() + ", per-hour: [10]}"),
                "blocking[0].per-hour", "one value per time in schedule: 2 times, got 1 values");
        assertError(errors("size: 10", "- {id: i, policy: interception, " + TIMES.strip()
                + ", probability: [0.1, 0.2, 0.3]}"), "blocking[0].probability", "2 times, got 3 values");
    }

    @Test
    void scheduledDistributionsPointAtTheirKey() {
        String every = "every: [{dist: exponential, mean: 8h}, {dist: exponential, mean: 2h}]";
        assertError(errors("size: 10", "- {id: s, policy: disruption, " + every + ", lasts: 1h}"),
                "blocking[0].every", "a list of distributions needs schedule:");
        assertError(errors("size: 10", "- {id: s, policy: disruption, " + TIMES.strip() + ", every: 8h, lasts: 1h}"),
                "blocking[0].schedule", "unknown");
        assertError(errors("size: 10", "- {id: s, policy: disruption, " + TIMES.strip() + ", " + every
                + ", lasts: [1h, 2h, 3h]}"), "blocking[0].lasts", "2 times, got 3 distributions");
        assertError(errors("size: 10", "- {id: s, policy: disruption, " + TIMES.strip()
                + ", every: [{dist: exponential, mean: 8h}, {dist: exponential, mean: -2h}], lasts: 1h}"),
                "blocking[0].every[1].mean", "-2h");
        assertError(errors("size: 10", "- {id: i, policy: interception, probability: 0.5, outcome: delay, "
                + TIMES.strip() + ", delay: [1h]}"), "blocking[0].delay", "2 times, got 1 distributions");
    }
}
