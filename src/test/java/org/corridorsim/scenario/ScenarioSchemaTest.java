package org.corridorsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** scenarios/scenario.schema.json, for editors, agrees with the shipped scenarios and the loader. */
class ScenarioSchemaTest {

    private static final Path SCHEMA = Path.of("scenarios/scenario.schema.json");
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private static Schema schema() throws IOException {
        return REGISTRY.getSchema(new ObjectMapper().readTree(SCHEMA.toFile()));
    }

    private static List<String> violations(String yaml) throws IOException {
        JsonNode document = new YAMLMapper().readTree(yaml);
        return schema().validate(document).stream().map(Error::toString).toList();
    }

    static Stream<Path> shippedScenarios() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
            return files.filter(file -> file.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @Test
    void theSchemaIsAValidDraft202012Schema() throws IOException {
        Schema metaSchema = REGISTRY.getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));

        assertEquals(List.of(), metaSchema.validate(new ObjectMapper().readTree(SCHEMA.toFile())));
    }

    @Test
    void thereIsAtLeastOneShippedScenario() throws IOException {
        assertFalse(shippedScenarios().toList().isEmpty());
    }

    @ParameterizedTest
    @MethodSource("shippedScenarios")
    void everyShippedScenarioFollowsTheSchema(Path file) throws IOException {
        assertEquals(List.of(), violations(Files.readString(file)), file::toString);
    }

    @ParameterizedTest
    @MethodSource("shippedScenarios")
    void everyShippedScenarioLoads(Path file) {
        Scenario scenario = new ScenarioLoader().load(file);

        assertFalse(scenario.evacuation().populations().isEmpty(), file::toString);
    }

    @Test
    void theTestScenarioWithThirdPartyPoliciesFollowsTheSchema() throws IOException {
        assertEquals(List.of(), violations(Files.readString(ScenarioLoaderTest.ALEPPO)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{screening: 5m, lane: 2}",
        "{screening: 5 minutes}",
        "{screening: {dist: exponential, mean: 3m, sd: 1m}}",
        "{screening: {dist: poisson, mean: 3}}",
        "{lanes: 0, screening: 5m}"})
    void theSchemaRejectsWhatTheLoaderRejects(String checkpoint) throws IOException {
        String text = ScenarioTexts.MINIMAL.replace("{screening: 5m}", checkpoint);

        assertFalse(violations(text).isEmpty(), checkpoint);
        ScenarioException e = org.junit.jupiter.api.Assertions.assertThrows(ScenarioException.class,
                () -> new ScenarioLoader().parse(text, "s.yaml"));
        assertFalse(e.errors().isEmpty());
    }

    @Test
    void theSchemaRejectsAFiniteAndAnOpenPopulationAtOnce() throws IOException {
        assertFalse(violations(ScenarioTexts.MINIMAL.replace("size: 100", "size: 100\n    arrivals: {rate: 2/h}")).isEmpty());
        assertFalse(violations(ScenarioTexts.MINIMAL.replace("size: 100", "intent: 0.5")).isEmpty(), "size is required");
    }

    @Test
    void theSchemaKnowsEveryBuiltInStationKindAndNoOther() throws IOException {
        JsonNode station = new ObjectMapper().readTree(SCHEMA.toFile()).path("$defs").path("station").path("properties");
        List<String> keys = new java.util.ArrayList<>();
        station.fieldNames().forEachRemaining(keys::add);
        List<String> expected = new java.util.ArrayList<>(StationKinds.BUILT_IN.keys());
        expected.add(0, "id");
        assertEquals(expected.stream().sorted().toList(), keys.stream().sorted().toList());
    }

    @Test
    void theSchemaChecksTheKeysOfBuiltInPolicies() throws IOException {
        String good = ScenarioTexts.MINIMAL + "blocking:\n  - {id: q, policy: quota, corridors: [C1], per-hour: 100}\n";
        String bad = ScenarioTexts.MINIMAL + "blocking:\n  - {id: q, policy: quota, corridors: [C1], per-day: 100}\n";

        assertEquals(List.of(), violations(good));
        assertFalse(violations(bad).isEmpty());
    }

    @Test
    void theSchemaKnowsObservationsPriorsAndHypotheses() throws IOException {
        String good = InferenceFormatTest.BASE + """
                observed:
                  - {metric: evacuated, at: 2020-01-01T12:00, between: [0, 17], source: "an account"}
                priors:
                  blocking.east.probability: {dist: beta, alpha: 2, beta: 5}
                  corridors.C1.checkpoint.screening: {dist: normal, mean: 5m, sd: 2m, max: 20m}
                hypotheses:
                  - {id: east, policies: [east], priors: {blocking.east.probability: {dist: uniform, min: 0, max: 1}}}
                  - {id: none, policies: []}
                """;
        new ScenarioLoader().parse(good, "s.yaml");
        assertEquals(List.of(), violations(good));
        assertFalse(violations(InferenceFormatTest.BASE + "observed:\n  - {metric: evacuated, between: [1]}\n").isEmpty());
        assertFalse(violations(InferenceFormatTest.BASE + "priors:\n  x: {dist: uniform, min: 0}\n").isEmpty());
        assertFalse(violations(InferenceFormatTest.BASE + "priors:\n  x: {dist: beta, alpha: 2, beta: 1m}\n").isEmpty());
        assertFalse(violations(InferenceFormatTest.BASE + "hypotheses:\n  - {id: h}\n").isEmpty());
    }

    @Test
    void theSchemaKnowsSourcesAndObservationModels() throws IOException {
        String good = InferenceFormatTest.BASE + """
                sources:
                  ru-mod: {cite: "briefings", bias: {dist: log-uniform, min: 0.5, max: 4}, model: poisson}
                  unhcr: {model: {negative-binomial: {dispersion: {dist: log-uniform, min: 1, max: 100}}}}
                observed:
                  - metric: evacuated
                    source: ru-mod
                    series:
                      - {at: 2020-01-01T07:00, count: 194}
                      - {from: 2020-01-01T07:00, at: 2020-01-01T19:00, count: 0}
                  - {metric: evacuated, source: unhcr, count: 90, model: {relative: {sd: 0.3}}}
                  - {metric: evacuated, source: unhcr, between: [1, 900], model: range}
                """;
        new ScenarioLoader().parse(good, "s.yaml");
        assertEquals(List.of(), violations(good));
        String bad = InferenceFormatTest.BASE + "observed:\n  - {metric: evacuated, count: 5, between: [1, 9]}\n";
        assertFalse(violations(bad).isEmpty());
        assertFalse(violations(InferenceFormatTest.BASE + "observed:\n  - {metric: evacuated, count: 5, model: "
                + "{negative-binomial: {dispersion: -3}}}\n").isEmpty());
        assertFalse(violations(InferenceFormatTest.BASE + "sources:\n  a: {weight: 2}\n").isEmpty());
    }

    @Test
    void theSchemaKnowsLinkedNamesAndThePlan() throws IOException {
        String good = PlanFormatTest.BASE + """
                plan:
                  variables:
                    lanes: {from: 1, to: 4, cost: 1}
                  targets:
                    - {metric: evacuated, at-least: 90, probability: 0.9}
                    - {metric: corridor.*.checkpoint.wait, mean-at-most: 10m}
                  confidence: 0.95
                """;
        new ScenarioLoader().parse(good, "p.yaml");
        assertEquals(List.of(), violations(good));
        assertFalse(violations(good.replace("probability: 0.9", "probability: 1")).isEmpty(), "probability in (0, 1)");
        assertFalse(violations(good.replace("cost: 1", "cost: cheap")).isEmpty(), "cost is a number");
        assertFalse(violations(good.replace("mean-at-most: 10m", "mean-at-most: 10m, probability: 0.5")).isEmpty(),
                "no probability on a mean");
        assertFalse(violations(good.replace(", probability: 0.9", "")).isEmpty(), "a probability target needs one");
        assertFalse(violations(good.replace("lanes: corridors", "Lanes: corridors")).isEmpty(), "linked names");
    }
}
