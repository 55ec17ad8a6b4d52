package org.corridorsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The checks within and across sections, each with the message a user would see. */
class ScenarioValidationTest {

    private final ScenarioLoader loader = new ScenarioLoader();

    private List<String> errors(String text) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> loader.parse(text, "s.yaml"));
        return e.errors().stream().map(ScenarioError::toString).toList();
    }

    /** The minimal scenario with its population and corridor entries replaced. */
    private static String with(String populations, String corridors) {
        return """
                id: checks
                start: 2020-01-01T00:00
                end: 2020-01-02T00:00
                populations:
                """ + populations.indent(2) + "corridors:\n" + corridors.indent(2);
    }

    @Test
    void travelMustNameExistingCorridors() {
        assertEquals(List.of("s.yaml:7:22 populations[0].travel.C7: unknown corridor 'C7'; corridors: C1"),
                errors(with("- id: p\n  size: 1\n  travel: {C1: 5m, C7: 5m}", "- {id: C1, checkpoint: {screening: 1m}}")));
    }

    @Test
    void aPopulationMustReachACorridorThatServesItsKind() {
        assertEquals(List.of("s.yaml:8:13 populations[0].travel: population 'p' reaches no corridor that serves fighter; "
                        + "it reaches C1"),
                errors(with("- id: p\n  kind: fighter\n  size: 1\n  travel: {C1: 5m}",
                        "- {id: C1, serves: [civilian], checkpoint: {screening: 1m}}")));
    }

    @Test
    void idsMustBeUnique() {
        assertEquals(List.of(
                        "s.yaml:6:10 populations[1].id: duplicate population id 'p'",
                        "s.yaml:9:10 corridors[1].id: duplicate corridor id 'C1'"),
                errors(with("- {id: p, size: 1, travel: {C1: 5m}}\n- {id: p, size: 2, travel: {C1: 5m}}",
                        "- {id: C1, checkpoint: {screening: 1m}}\n- {id: C1, checkpoint: {screening: 2m}}")));
        String policies = ScenarioTexts.MINIMAL + """
                blocking:
                  - {id: b, policy: test-probability, probability: 0.1}
                  - {id: b, policy: test-probability, probability: 0.2}
                """;
        assertEquals(List.of("s.yaml:13:10 blocking[1].id: duplicate policy id 'b'"), errors(policies));
    }

    @Test
    void theEndMustComeAfterTheStart() {
        assertEquals(List.of("s.yaml:3:6 end: must be after start 2020-01-01T00:00, got 2019-12-31T00:00"),
                errors(ScenarioTexts.MINIMAL.replace("end: 2020-01-02T00:00", "end: 2019-12-31T00:00")));
    }

    @Test
    void explicitWindowsMustBeInOrderAndInsideTheScenario() {
        String text = ScenarioTexts.MINIMAL + """
                windows:
                  - {from: 2020-01-01T10:00, to: 2020-01-01T12:00}
                  - {from: 2020-01-01T11:00, to: 2020-01-01T13:00}
                  - {from: 2020-01-01T15:00, to: 2020-01-01T14:00}
                  - {from: 2021-01-01T10:00, to: 2021-01-01T12:00}
                """;
        assertEquals(List.of(
                "s.yaml:13:12 windows[1].from: windows must be in order and must not overlap; "
                        + "this one starts before the previous one ends",
                "s.yaml:14:34 windows[2].to: a window must end after it starts at 2020-01-01T15:00, got 2020-01-01T14:00",
                "s.yaml:15:5 windows[3]: the window from 2021-01-01T10:00 to 2021-01-01T12:00 lies outside the scenario, "
                        + "which runs from 2020-01-01T00:00 to 2020-01-02T00:00"),
                errors(text));
    }

    @Test
    void arrivalsExcludeAFinitePopulation() {
        assertEquals(List.of(
                        "s.yaml:6:11 populations[0].size: cannot be combined with arrivals: a population is either finite "
                                + "(size, intent, departures, schedule) or an open stream (arrivals)",
                        "s.yaml:7:17 populations[0].departures: cannot be combined with arrivals: a population is either "
                                + "finite (size, intent, departures, schedule) or an open stream (arrivals)"),
                errors(with("- id: p\n  size: 5\n  departures: uniform\n  arrivals: {rate: 3/h}\n  travel: {C1: 1m}",
                        "- {id: C1, checkpoint: {screening: 1m}}")));
        assertEquals(List.of("s.yaml:5:5 populations[0].size: is required: give size (a finite population) or arrivals "
                        + "(an open stream of groups, e.g. {rate: 120/h})"),
                errors(with("- id: p\n  travel: {C1: 1m}", "- {id: C1, checkpoint: {screening: 1m}}")));
    }

    @Test
    void aProfileHas24NonNegativeWeightsWithSomeWeight() {
        String corridor = "- {id: C1, checkpoint: {screening: 1m}}";
        assertEquals(List.of("s.yaml:7:27 populations[0].departures.profile: needs 24 weights, one per local hour from 0 "
                        + "to 23, got 2"),
                errors(with("- id: p\n  size: 1\n  departures: {profile: [1, 2]}\n  travel: {C1: 1m}", corridor)));
        String negative = "[0, 0, 0, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, -9, 1, 1, 1, 1, 0, 0, 0, 0, 0]";
        assertEquals(List.of("s.yaml:7:70 populations[0].departures.profile[14]: must not be negative, got -9"),
                errors(with("- id: p\n  size: 1\n  departures: {profile: " + negative + "}\n  travel: {C1: 1m}", corridor)));
        String zeros = "[" + "0, ".repeat(23) + "0]";
        assertEquals(List.of("s.yaml:7:27 populations[0].departures.profile: the weights must not all be zero"),
                errors(with("- id: p\n  size: 1\n  departures: {profile: " + zeros + "}\n  travel: {C1: 1m}", corridor)));
    }

    @Test
    void distributionParametersAreCheckedWhereTheyAreWritten() {
        String corridors = """
                - id: C1
                  checkpoint:
                    screening: {dist: triangular, min: 5m, mode: 1m, max: 9m}
                - id: C2
                  checkpoint: {screening: {dist: weibull, shape: 0, scale: 1m}}
                - id: C3
                  checkpoint: {screening: {dist: exponential, mean: 3m, sd: 1m}}
                - id: C4
                  checkpoint: {screening: {dist: fastest}}
                """;
        assertEquals(List.of(
                "s.yaml:9:18 corridors[0].checkpoint.screening: Triangular needs min <= mode <= max and min < max, "
                        + "got min 300.0, mode 60.0, max 540.0",
                "s.yaml:11:29 corridors[1].checkpoint.screening: Weibull shape must be positive, got 0.0",
                "s.yaml:13:59 corridors[2].checkpoint.screening.sd: unknown key 'sd'; allowed: dist, mean",
                "s.yaml:15:36 corridors[3].checkpoint.screening.dist: unknown dist 'fastest'; allowed: exponential, "
                        + "lognormal, triangular, const, uniform, gamma, erlang, weibull, normal, empirical"),
                errors(with("- {id: p, size: 1, travel: {C1: 1m}}", corridors)));
    }

    @Test
    void groupSizesAreWholeNumbersOfAtLeastOne() {
        String corridor = "- {id: C1, checkpoint: {screening: 1m}}";
        assertEquals(List.of("s.yaml:5:59 populations[0].group-size.dist: poisson is not allowed for a group size, since "
                        + "it can give 0 and a group has at least one person; use geometric (1, 2, ...) or empirical. "
                        + "Allowed: const, geometric, empirical"),
                errors(with("- {id: p, size: 1, travel: {C1: 1m}, group-size: {dist: poisson, mean: 3}}", corridor)));
        assertEquals(List.of("s.yaml:5:82 populations[0].group-size.values[1]: must be at least 1, got 0"),
                errors(with("- {id: p, size: 1, travel: {C1: 1m}, group-size: {dist: empirical, values: [2, 0]}}",
                        corridor)));
        assertEquals(List.of("s.yaml:5:73 populations[0].group-size.value: a group size must be a whole number of at "
                        + "least 1, got 2.5"),
                errors(with("- {id: p, size: 1, travel: {C1: 1m}, group-size: {dist: const, value: 2.5}}", corridor)));
    }

    @Test
    void unknownKeysNameTheAllowedOnes() {
        assertEquals(List.of("s.yaml:10:33 corridors[0].checkpoint.lane: unknown key 'lane'; allowed: lanes, screening, "
                        + "discipline, capacity, after-hold"),
                errors(ScenarioTexts.MINIMAL.replace("{screening: 5m}", "{screening: 5m, lane: 2}")));
    }

    @Test
    void wordsNameTheAllowedOnes() {
        assertEquals(List.of("s.yaml:11:10 routing: unknown routing 'fastest'; allowed: nearest, least-queue, random"),
                errors(ScenarioTexts.MINIMAL + "routing: fastest\n"));
    }

    @Test
    void duplicateKeysAreReported() {
        assertEquals(List.of("s.yaml:11:1 id: duplicate key 'id'; each key may appear once in a mapping"),
                errors(ScenarioTexts.MINIMAL + "id: again\n"));
    }

    @Test
    void aCertainRetryAfterNoTimeIsRefusedBecauseItWouldNeverEnd() {
        List<String> errors = errors(with("- id: p\n  size: 1\n  travel: {C1: 5m}\n  retry: {probability: 1, after: 0}",
                "- {id: C1, checkpoint: {screening: 1m}}"));
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("s.yaml:8:36 populations[0].retry.after: a certain retry"), errors.get(0));
    }

    @Test
    void aCertainDelayOfNoTimeIsRefusedBecauseItWouldNeverEnd() {
        List<String> errors = errors(ScenarioTexts.MINIMAL + """
                blocking:
                  - {id: stall, policy: interception, probability: 1, outcome: delay, delay: 0}
                """);
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).contains("blocking[0].delay: a certain delay (probability: 1) of no time"), errors.get(0));
    }

    @Test
    void aZeroDelayOrRetryThatIsNotCertainIsAllowed() {
        loader.parse(ScenarioTexts.MINIMAL + """
                blocking:
                  - {id: stall, policy: interception, probability: 0.5, outcome: delay, delay: 0}
                """, "s.yaml");
        loader.parse(with("- id: p\n  size: 1\n  travel: {C1: 5m}\n  retry: {probability: 0.9, after: 0}",
                "- {id: C1, checkpoint: {screening: 1m}}"), "s.yaml");
    }
}
