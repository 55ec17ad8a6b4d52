package org.corridorsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Blocking entries: parameters read by providers, located errors, unknown keys and nesting. */
class PolicyEntryTest {

    private final ScenarioLoader loader = new ScenarioLoader(TestPolicies.providers());

    /** Errors for the minimal scenario (10 lines) followed by a blocking list starting on line 11. */
    private List<String> errors(String blocking) {
        String text = ScenarioTexts.MINIMAL + "blocking:\n" + blocking.indent(2);
        ScenarioException e = assertThrows(ScenarioException.class, () -> loader.parse(text, "s.yaml"));
        return e.errors().stream().map(ScenarioError::toString).toList();
    }

    @Test
    void gettersReportTheKeyTheyRead() {
        assertEquals(List.of("s.yaml:12:52 blocking[0].probability: must be between 0 and 1, got 1.5"),
                errors("- {id: b, policy: test-probability, probability: 1.5}"));
        assertEquals(List.of("s.yaml:12:5 blocking[0].probability: is required"),
                errors("- {id: b, policy: test-probability}"));
        assertEquals(List.of("s.yaml:12:62 blocking[0].where: unknown where 'border'; allowed: departure, approach, "
                        + "checkpoint"),
                errors("- {id: b, policy: test-probability, probability: 1, where: border}"));
        assertEquals(List.of("s.yaml:12:71 blocking[0].corridors[1]: unknown corridor 'C9'; corridors: C1"),
                errors("- {id: b, policy: test-probability, probability: 1, corridors: [C1, C9]}"));
        assertEquals(List.of("s.yaml:12:67 blocking[0].applies-to: unknown kind 'soldier'; allowed: civilian, fighter"),
                errors("- {id: b, policy: test-probability, probability: 1, applies-to: soldier}"));
    }

    @Test
    void timesAndDurationsAreConvertedAndChecked() {
        assertEquals(List.of("s.yaml:12:40 blocking[0].from: '2020-01-01 8h' is not a local date-time; "
                        + "use e.g. 2016-10-20T08:00"),
                errors("- {id: w, policy: test-window, from: 2020-01-01 8h, to: 2020-01-01T10:00}"));
        assertEquals(List.of("s.yaml:12:62 blocking[0].to: must be after from"),
                errors("- {id: w, policy: test-window, from: 2020-01-01T10:00, to: 2020-01-01T09:00}"));
        assertEquals(List.of("s.yaml:12:87 blocking[0].every: '8 hours' is not a duration; use e.g. 90s, 45m, 1.5h, 2d"),
                errors("- {id: w, policy: test-window, from: 2020-01-01T08:00, to: 2020-01-01T10:00, every: 8 hours}"));
        assertEquals(List.of("s.yaml:12:90 blocking[0].per-hour: must be at least 1, got 0"),
                errors("- {id: w, policy: test-window, from: 2020-01-01T08:00, to: 2020-01-01T10:00, per-hour: 0}"));
    }

    @Test
    void keysTheProviderDoesNotReadAreUnknown() {
        assertEquals(List.of("s.yaml:12:55 blocking[0].probabilty: unknown key 'probabilty' for policy 'test-probability'; "
                        + "it reads: id, policy, probability, applies-to, corridors, where, outcome"),
                errors("- {id: b, policy: test-probability, probability: 1, probabilty: 1}"));
        assertEquals(List.of("s.yaml:12:55 blocking[0].delay: unknown key 'delay' for policy 'test-probability'; "
                        + "it reads: id, policy, probability, applies-to, corridors, where, outcome"),
                errors("- {id: b, policy: test-probability, probability: 1, delay: 5m}"),
                "a key read only for another outcome is unknown here");
    }

    @Test
    void everyEntryIsCheckedEvenAfterAnError() {
        assertEquals(List.of(
                        "s.yaml:12:52 blocking[0].probability: must be between 0 and 1, got 2",
                        "s.yaml:13:5 blocking[1].id: is required; each blocking entry needs an id; blocked persons are "
                                + "counted under it",
                        "s.yaml:14:52 blocking[2].probability: expected a number, got 'high'"),
                errors("""
                        - {id: a, policy: test-probability, probability: 2}
                        - {policy: test-probability, probability: 1}
                        - {id: c, policy: test-probability, probability: high}
                        """));
    }

    @Test
    void nestedEntriesReportAllTheirErrors() {
        assertEquals(List.of(
                        "s.yaml:15:49 blocking[0].policies[0].probability: must be between 0 and 1, got 7",
                        "s.yaml:16:18 blocking[0].policies[1].policy: unknown policy 'nope'; available: test-broken, "
                                + "test-composite, test-faulty, test-probability, test-window"),
                errors("""
                        - id: both
                          policy: test-composite
                          policies:
                            - {policy: test-probability, probability: 7}
                            - {policy: nope}
                        """));
    }

    @Test
    void aProviderFailureBecomesALocatedError() {
        List<String> errors = errors("- {id: x, policy: test-broken}");
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("s.yaml:12:5 blocking[0]: policy 'test-broken' could not be created: "
                + "java.lang.IllegalStateException: broken on purpose in " + TestPolicies.class.getName()
                + "$BrokenProvider ("), "names the class and where it was loaded from: " + errors.get(0));
    }
}
