package org.corridorsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corridorsim.policy.BlockingPolicy;
import org.junit.jupiter.api.Test;

/** The observed, priors and hypotheses sections: what is read, and an error for each mistake. */
class InferenceFormatTest {

    static final String BASE = """
            id: two-interceptions
            start: 2020-01-01T00:00
            end: 2020-01-02T00:00
            populations:
              - id: people
                size: 100
                travel: {C1: 10m}
            corridors:
              - id: C1
                checkpoint: {screening: 5m}
            blocking:
              - id: east
                policy: interception
                where: departure
                probability: 0.5
              - id: west
                policy: interception
                where: departure
                probability: 0.2
            """;

    private final ScenarioLoader loader = new ScenarioLoader();

    private Scenario parse(String more) {
        return loader.parse(BASE + more, "s.yaml");
    }

    private List<String> errors(String more) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> parse(more));
        return e.errors().stream().map(error -> error.line() + ":" + error.column() + " " + error.path() + ": "
                + error.message()).toList();
    }

    @Test
    void readsObservationsPriorsAndHypotheses() {
        Scenario scenario = parse("""
                observed:
                  - metric: evacuated
                    at: 2020-01-01T12:00
                    between: [0, 17]
                    source: "an account"
                  - metric: blocked
                    between: [10, 90]
                priors:
                  blocking.east.probability: {dist: uniform, min: 0, max: 1}
                  blocking.west.probability: {dist: beta, alpha: 2, beta: 5}
                  corridors.C1.checkpoint.screening: {dist: log-uniform, min: 1m, max: 1h}
                hypotheses:
                  - id: east-only
                    policies: [east]
                    priors:
                      blocking.east.probability: {dist: normal, mean: 0.5, sd: 0.5}
                  - id: none
                    policies: []
                """);
        Inference inference = scenario.inference();

        assertEquals(List.of(new Observation("evacuated", Optional.of(LocalDateTime.of(2020, 1, 1, 12, 0)), 43200, 0, 17,
                "an account"), new Observation("blocked", Optional.empty(), 86400, 10, 90, "")), inference.observed());
        Hypothesis east = inference.hypothesis("east-only");
        assertEquals(List.of("east"), east.policies());
        assertEquals(List.of("blocking.east.probability", "corridors.C1.checkpoint.screening"), east.parameters());
        assertEquals(new Prior.Normal(0.5, 0.5, 0, 1), east.priors().get("blocking.east.probability"));
        assertEquals(new Prior.LogUniform(60, 3600), east.priors().get("corridors.C1.checkpoint.screening"));
        assertEquals(List.of("corridors.C1.checkpoint.screening"), inference.hypothesis("none").parameters());
        assertEquals(new Parameter("corridors.C1.checkpoint.screening", Parameter.Type.DURATION, 0,
                Double.POSITIVE_INFINITY), inference.parameters().get("corridors.C1.checkpoint.screening"));
        assertEquals(new Parameter("blocking.west.probability", Parameter.Type.NUMBER, 0, 1),
                inference.parameters().get("blocking.west.probability"));
        assertEquals(List.of("s.yaml:28:3 priors.blocking.east.probability: no hypothesis uses this prior: each "
                + "hypothesis with policy 'east' on has its own prior for it", "s.yaml:29:3 priors.blocking.west.probability: "
                + "no hypothesis uses this prior: every hypothesis leaves policy 'west' off"),
                inference.warnings().stream().map(ScenarioError::toString).toList());
    }

    @Test
    void withoutHypothesesEveryPolicyIsOn() {
        Inference inference = parse("priors:\n  blocking.west.probability: {dist: uniform, min: 0, max: 0.5}\n").inference();

        assertEquals(1, inference.hypotheses().size());
        assertEquals(new Hypothesis("all", List.of("east", "west"),
                Map.of("blocking.west.probability", new Prior.Uniform(0, 0.5))), inference.hypotheses().get(0));
        assertTrue(inference.warnings().isEmpty());
        assertTrue(loader.parse(ScenarioTexts.MINIMAL, "m.yaml").inference().observed().isEmpty());
        assertEquals(loader.parse(ScenarioTexts.MINIMAL, "m.yaml"), loader.parse(ScenarioTexts.MINIMAL, "m.yaml"),
                "two readings of one text are equal scenarios");
    }

    @Test
    void buildsTheScenarioOfAHypothesisWithGivenValues() {
        Scenario scenario = parse("""
                priors:
                  blocking.east.probability: {dist: uniform, min: 0, max: 1}
                  corridors.C1.checkpoint.screening: {dist: uniform, min: 1m, max: 1h}
                hypotheses:
                  - {id: east, policies: [east]}
                  - {id: both, policies: [west, east]}
                """);
        Hypothesis both = scenario.inference().hypothesis("both");
        Scenario variant = scenario.with(both, Map.of("blocking.east.probability", 0.125,
                "corridors.C1.checkpoint.screening", 1234.5678));

        assertEquals(List.of("east", "west"), variant.policyIds());
        assertTrue(variant.evacuation().blocking().get(0).toString().contains("0.125"), variant.evacuation().blocking().toString());
        assertEquals(1234.5678, variant.evacuation().corridors().get(0).checkpoint().screening().mean());
        Scenario eastOnly = scenario.with(scenario.inference().hypothesis("east"),
                Map.of("blocking.east.probability", 0.75, "corridors.C1.checkpoint.screening", 60.0));
        assertEquals(List.of("east"), eastOnly.evacuation().blocking().stream().map(BlockingPolicy::id).toList());
        assertThrows(IllegalArgumentException.class, () -> scenario.with(both, Map.of("blocking.east.probability", 0.5)));
        assertEquals(List.of("west"), scenario.withPolicies(List.of("west")).policyIds());
    }

    @Test
    void mistakesInObservationsAreLocated() {
        assertEquals(List.of("21:13 observed[0].metric: unknown metric 'evacuees'; metrics: " + String.join(", ",
                new org.corridorsim.model.MetricNames(parse("").evacuation()).names())), errors("""
                observed:
                  - metric: evacuees
                    between: [0, 17]
                """));
        assertEquals(List.of("22:14 observed[0].between: low must not exceed high, got [17, 0]"), errors("""
                observed:
                  - metric: evacuated
                    between: [17, 0]
                """));
        assertEquals(List.of("22:9 observed[0].at: 'at' is only for counts that grow as the evacuation runs ("
                + InferenceReader.COUNTS + "), not time-in-system, which is worked out at the end"), errors("""
                observed:
                  - metric: time-in-system
                    at: 2020-01-01T12:00
                    between: [0, 17]
                """));
        assertEquals(1, parse("""
                observed:
                  - metric: blocked
                    at: 2020-01-01T12:00
                    between: [0, 17]
                """).inference().observed().size(), "a count that grows may be given at a time");
    }

    @Test
    void aSeriesIsOneObservationPerPoint() {
        Scenario scenario = parse("""
                observed:
                  - metric: evacuated
                    source: "a daily account"
                    series:
                      - {at: 2020-01-01T06:00, between: [0, 10]}
                      - {from: 2020-01-01T06:00, at: 2020-01-01T12:00, at-most: 0}
                      - {at-least: 5}
                """);
        List<Observation> observed = scenario.inference().observed();
        assertEquals(3, observed.size());
        assertTrue(observed.stream().allMatch(o -> o.metric().equals("evacuated") && o.source().equals("a daily account")));
        assertEquals("evacuated at 2020-01-01T06:00 in [0, 10]", observed.get(0).label());
        assertEquals("evacuated from 2020-01-01T06:00 to 2020-01-01T12:00 at most 0", observed.get(1).label());
        assertEquals("evacuated at least 5", observed.get(2).label());
        assertEquals(List.of("22:13 observed[0].series: must list at least one point, e.g. {at: 2018-03-16T07:00, "
                + "between: [190, 200]}"), errors("""
                observed:
                  - metric: evacuated
                    series: []
                """));
        assertEquals(List.of("23:32 observed[0].series[0].metric: unknown key 'metric'; allowed: at, from, between, "
                + "at-least, at-most, count"), errors("""
                observed:
                  - metric: evacuated
                    series:
                      - {at: 2020-01-01T06:00, metric: blocked, between: [0, 10]}
                """));
    }

    @Test
    void aCountInsideABinIsExactSoNoWarning() {
        Scenario scenario = parse("""
                observed:
                  - metric: evacuated
                    at: 2020-01-01T12:30
                    between: [0, 17]
                  - metric: detained
                    from: 2020-01-01T10:00
                    at: 2020-01-01T12:00
                    between: [0, 17]
                """);
        assertEquals(2, scenario.inference().observed().size());
        assertEquals(List.of(), scenario.inference().warnings());
        // the model records both metrics at the three times, whatever experiment.bin is
        assertEquals(new org.corridorsim.model.CountRecording(List.of("detained", "evacuated"),
                List.of(10 * 3600.0, 12 * 3600.0, 12.5 * 3600)), scenario.evacuation().recording());
    }

    @Test
    void mistakesInPriorsAreLocated() {
        assertEquals(List.of("21:3 priors.id: a prior needs the path of a number or a duration of the scenario (as for "
                + "--set); id: the scenario reads no number or duration there"), errors("""
                priors:
                  id: {dist: uniform, min: 0, max: 1}
                """));
        assertEquals(List.of("21:30 priors.blocking.east.probability: the prior gives values from 0 to 2, but "
                + "blocking.east.probability accepts values from 0 to 1"), errors("""
                priors:
                  blocking.east.probability: {dist: uniform, min: 0, max: 2}
                """));
        assertEquals(List.of("21:38 priors.corridors.C1.checkpoint.screening: corridors.C1.checkpoint.screening is a "
                + "duration; write the prior's values as durations, e.g. min: 10m, max: 2h"), errors("""
                priors:
                  corridors.C1.checkpoint.screening: {dist: uniform, min: 1, max: 60}
                """));
        assertEquals(List.of("21:37 priors.blocking.east.probability.dist: unknown prior 'gaussian'; allowed: uniform, "
                + "log-uniform, beta, normal, choice"), errors("""
                priors:
                  blocking.east.probability: {dist: gaussian, mean: 0, sd: 1}
                """));
        List<String> noItem = errors("""
                priors:
                  blocking.north.probability: {dist: uniform, min: 0, max: 1}
                """);
        assertEquals(1, noItem.size());
        assertTrue(noItem.get(0).startsWith("21:3 priors.blocking.north.probability: a prior needs the path"), noItem.get(0));
        assertTrue(noItem.get(0).contains("no item of blocking has the id 'north'"), noItem.get(0));
    }

    @Test
    void mistakesInHypothesesAreLocated() {
        assertEquals(List.of("22:22 hypotheses[0].policies[1]: unknown policy 'north'; policies: east, west"), errors("""
                hypotheses:
                  - id: h
                    policies: [east, north]
                """));
        assertEquals(List.of("24:34 hypotheses[0].priors.blocking.west.probability: hypothesis 'h' leaves policy 'west' "
                + "off, so blocking.west.probability has no effect in it"), errors("""
                hypotheses:
                  - id: h
                    policies: [east]
                    priors:
                      blocking.west.probability: {dist: uniform, min: 0, max: 1}
                """));
        assertEquals(List.of("22:10 hypotheses[1].id: duplicate hypothesis id 'h'"), errors("""
                hypotheses:
                  - {id: h, policies: [east]}
                  - {id: h, policies: []}
                """));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "observed: {metric: evacuated}| expected a list",
        "observed: [{metric: evacuated, between: [0, 1], sauce: x}]| unknown key 'sauce'",
        "observed: [{metric: evacuated}]| between: is required",
        "observed: [{metric: evacuated, between: [0, 1, 2]}]| expected [low, high], got 3 values",
        "observed: [{metric: evacuated, between: [0, x]}]| expected a number",
        "observed: [{metric: evacuated, at: 2021-01-01T00:00, between: [0, 1]}]| must lie between start",
        "observed: [{metric: evacuated, at: noon, between: [0, 1]}]| at:",
        "observed: [{metric: evacuated, from: 2020-01-01T12:00, at: 2020-01-01T10:00, between: [0, 1]}]| an incident interval must end after it starts: 'from' 2020-01-01T12:00 is not before 'at' 2020-01-01T10:00",
        "observed: [{metric: evacuated, from: 2020-01-01T12:00, between: [0, 1]}]| an incident count (from) also needs its end, 'at'",
        "observed: [{metric: evacuated, from: 2019-12-31T12:00, at: 2020-01-01T10:00, between: [0, 1]}]| must lie between start",
        "observed: [{metric: fate.detained, from: 2020-01-01T08:00, at: 2020-01-01T10:00, between: [0, 1]}]| 'at' is only for counts that grow as the evacuation runs",
        "observed: [{metric: delay-time, at: 2020-01-01T10:00, between: [0, 1]}]| not delay-time, which is worked out at the end",
        "observed: [{metric: evacuated, between: [0, 1], at-least: 0}]| give either between or at-least / at-most, not both",
        "observed: [{metric: evacuated, at-least: 10, at-most: 5}]| at-most must not be below at-least, got 5 < 10",
        "observed: [{metric: evacuated, at-least: many}]| expected a number",
        "priors: [1, 2]| expected a mapping of override paths to priors",
        "priors: {blocking.east.probability: 0.5}| expected a prior such as",
        "priors: {blocking.east.probability: {dist: uniform, min: 1, max: 0}}| min must be below max",
        "priors: {blocking.east.probability: {dist: uniform, min: 0}}| max: is required",
        "priors: {blocking.east.probability: {dist: uniform, min: 0, max: 1, mode: 1}}| unknown key 'mode'",
        "priors: {corridors.C1.checkpoint.screening: {dist: uniform, min: 1m, max: 2}}| mixes plain numbers and durations",
        "priors: {blocking.east.probability: {dist: uniform, min: 0, max: 1h}}| is a plain number, not a duration",
        "priors: {corridors.C1.checkpoint.screening: {dist: beta, alpha: 2, beta: 2}}| a beta prior gives values in [0, 1]",
        "priors: {corridors.C1.checkpoint.screening: {dist: log-uniform, min: 0, max: 1h}}| needs 0 < min < max",
        "priors: {populations.people.size: {dist: choice, values: [10, 10.5]}}| must be whole",
        "priors: {blocking.east.where: {dist: uniform, min: 0, max: 1}}| reads no number or duration there",
        "hypotheses: []| must list at least one hypothesis",
        "priors: {blocking.east.probability: {dist: beta, alpha: 1, beta: 1}, 'blocking[0].probability': {dist: beta, alpha: 2, beta: 1}}| names the same value as blocking.east.probability",
        "hypotheses: [{id: h}]| policies: is required",
        "hypotheses: [{id: h, policies: [east, east]}]| names a policy twice",
        "hypotheses: [{id: 'not an id', policies: []}]| is not a valid id"})
    void eachMistakeIsOneLocatedError(String section, String expected) {
        List<String> found = errors(section.replace("\\n", "\n") + "\n");

        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).contains(expected.strip()), found.get(0));
        assertFalse(found.get(0).startsWith("0:"), "located: " + found.get(0));
    }

    @Test
    void priorsSampleWithinTheirSupport() {
        var random = org.apache.commons.rng.simple.RandomSource.SPLIT_MIX_64.create(7L);
        List<Prior> priors = List.of(new Prior.Uniform(1, 2), new Prior.LogUniform(1, 100), new Prior.Beta(2, 5),
                new Prior.Normal(0, 1, 0, 0.5), new Prior.Choice(List.of(1.0, 4.0), List.of(0.0, 1.0)));
        for (Prior prior : priors) {
            for (int i = 0; i < 1000; i++) {
                double x = prior.sample(random);
                assertTrue(x >= prior.lower() && x <= prior.upper() && prior.density(x) > 0, prior + " gave " + x);
            }
        }
        assertEquals(4.0, priors.get(4).sample(random));
        assertEquals(1.0, new Prior.Uniform(1, 2).density(1.5));
        assertEquals(0.0, new Prior.Uniform(1, 2).density(2.5));
        assertInstanceOf(Prior.Choice.class, priors.get(4));
        assertFalse(priors.get(0).isDiscrete());
    }

    @Test
    void aUniformPriorOnAWholeNumberNeedNotHaveAWholeMidpoint() {
        // (20 + 151) / 2 = 85.5: the values are rounded when they are set, so this prior is valid
        Scenario scenario = parse("priors:\n  populations.people.size: {dist: uniform, min: 20, max: 151}\n");
        assertEquals(Parameter.Type.INTEGER, scenario.inference().parameters().get("populations.people.size").type());
        Hypothesis h = scenario.inference().hypotheses().get(0);
        Scenario variant = scenario.with(h, java.util.Map.of("populations.people.size", 85.5));
        assertEquals(86, ((org.corridorsim.model.Demand.Finite) variant.evacuation().populations().get(0).demand()).size());
    }

    @Test
    void aDegenerateBetaPriorIsALocatedError() {
        List<String> errors = errors("priors:\n  blocking.west.probability: {dist: beta, alpha: 1e-300, beta: 1e-300}\n");
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).contains("alpha and beta must be between 0.1 and 1000000, got 1.0E-300"), errors.get(0));
    }

    @Test
    void aNormalPriorWithNoProbabilityInTheRangeIsRefusedWhereItIsWritten() {
        // validate used to pass it, and fit refused it without a location
        List<String> errors = errors("priors:\n  blocking.west.probability: {dist: normal, mean: 0.5, sd: 0.001, min: 0.9}\n");
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).contains("gives no probability to the range [0.9, 1.0]"), errors.get(0));
        assertTrue(errors.get(0).matches("\\d+:\\d+ .*"), "located: " + errors.get(0));
    }
}
