package org.corridorsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.corridorsim.random.Distribution;
import org.junit.jupiter.api.Test;

/** YAML beyond plain mappings: anchors, aliases, several documents, odd numbers. */
class YamlFeaturesTest {

    private final ScenarioLoader loader = new ScenarioLoader();

    private List<String> errors(String text) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> loader.parse(text, "y.yaml"));
        return e.errors().stream().map(ScenarioError::toString).toList();
    }

    @Test
    void aliasesRepeatAnAnchoredValue() {
        String text = ScenarioTexts.MINIMAL.replace("{screening: 5m}", "{screening: &quick {dist: exponential, mean: 2m}}")
                + "  - {id: C2, checkpoint: {screening: *quick}}\n";

        Scenario scenario = loader.parse(text, "y.yaml");

        assertEquals(new Distribution.Exponential(120), scenario.evacuation().corridors().get(1).checkpoint().screening());
    }

    @Test
    void anErrorInAnAliasedValuePointsAtTheAnchor() {
        String text = ScenarioTexts.MINIMAL.replace("{screening: 5m}", "{screening: &slow {dist: exponential, mean: 2}}")
                + "  - {id: C2, checkpoint: {screening: *slow}}\n";

        assertEquals(List.of(
                        "y.yaml:10:61 corridors[0].checkpoint.screening.mean: '2' is not a duration: a number needs a unit; "
                                + "use e.g. 90s, 45m, 1.5h, 2d",
                        "y.yaml:10:61 corridors[1].checkpoint.screening.mean: '2' is not a duration: a number needs a unit; "
                                + "use e.g. 90s, 45m, 1.5h, 2d"),
                errors(text));
    }

    @Test
    void anUnknownAliasIsReported() {
        assertEquals(List.of("y.yaml:10:29 corridors[0].checkpoint.screening: unknown alias '*nowhere'; define the anchor "
                        + "'&nowhere' before using it"),
                errors(ScenarioTexts.MINIMAL.replace("{screening: 5m}", "{screening: *nowhere}")));
    }

    @Test
    void onlyOneDocumentIsAllowed() {
        assertEquals(List.of("y.yaml:12:1: only one YAML document is allowed in a scenario file"),
                errors(ScenarioTexts.MINIMAL + "---\nid: second\n"));
    }

    @Test
    void yamlSpecialNumbersAreNotNumbersHere() {
        assertEquals(List.of("y.yaml:6:11 populations[0].size: expected a whole number, got '.inf'"),
                errors(ScenarioTexts.MINIMAL.replace("size: 100", "size: .inf")));
    }

    @Test
    void aScalarWhereAMappingBelongsIsReported() {
        assertEquals(List.of("y.yaml:10:17 corridors[0].checkpoint: expected a mapping such as {lanes: 2, screening: "
                        + "{dist: exponential, mean: 3m}}, got 'fast'"),
                errors(ScenarioTexts.MINIMAL.replace("{screening: 5m}", "fast")));
    }
}
