package org.corridorsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.corridorsim.model.EvacuationModel;
import org.corridorsim.scenario.Scenario;
import org.corridorsim.scenario.ScenarioLoader;
import org.corridorsim.stats.Summary;
import org.junit.jupiter.api.Test;

/** The embedding example of the README, kept compiling and running. */
class EmbeddingExampleTest {

    @Test
    void theReadmeExampleRunsTheAleppoScenario() {
        java.io.PrintStream console = System.out;
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            readmeExample();
        } finally {
            System.setOut(console);
        }
        assertTrue(printed.toString(java.nio.charset.StandardCharsets.UTF_8).matches("evacuated \\d+ ± \\d+\\R"),
                printed.toString(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static void readmeExample() {
        Scenario scenario = new ScenarioLoader().load(Path.of("scenarios/aleppo-2016-10.yaml"));
        ExperimentResult result = Experiment.of(scenario)   // replications, seed, confidence, bin from the file
                .threads(4)
                .run();
        Summary evacuated = result.summary("evacuated");
        System.out.printf("evacuated %.0f ± %.0f%n", evacuated.mean(), evacuated.halfWidth());

        assertEquals(scenario.experiment().replications(), evacuated.n());
        assertEquals(scenario.experiment().seed(), result.seed());
        assertTrue(evacuated.halfWidth() > 0 && evacuated.halfWidth() < evacuated.mean(), evacuated.toString());
    }

    @Test
    void experimentOfAScenarioHonoursItsExperimentBlockUnlessOverridden() {
        Scenario scenario = new ScenarioLoader().load(Path.of("scenarios/example-minimal.yaml"));
        // example-minimal.yaml: experiment: {replications: 10, seed: 42, confidence: 0.95, bin: 1h}
        ExperimentResult result = Experiment.of(scenario).run();
        assertEquals(10, result.replications());
        assertEquals(42, result.seed());
        assertEquals(0.95, result.confidence());
        assertEquals(3600, result.binWidth());
        assertEquals("example-minimal", result.scenarioId());
        ExperimentResult byHand = Experiment.of(new EvacuationModel(scenario.evacuation())).replications(10).seed(42)
                .run();
        assertEquals(result.summary("evacuated"), byHand.summary("evacuated"), "the same experiment");

        ExperimentResult overridden = Experiment.of(scenario).replications(3).seed(7).confidence(0.9).run();
        assertEquals(3, overridden.replications());
        assertEquals(7, overridden.seed());
        assertEquals(0.9, overridden.confidence());
    }
}
