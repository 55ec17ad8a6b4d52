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
        Scenario scenario = new ScenarioLoader().load(Path.of("scenarios/aleppo-2016-10.yaml"));
        ExperimentResult result = Experiment.of(new EvacuationModel(scenario.evacuation()))
                .replications(100)
                .seed(20161020)
                .threads(4)
                .run();
        Summary evacuated = result.summary("evacuated");
        System.out.printf("evacuated %.0f ± %.0f%n", evacuated.mean(), evacuated.halfWidth());

        assertEquals(100, evacuated.n());
        assertTrue(evacuated.halfWidth() > 0 && evacuated.halfWidth() < evacuated.mean(), evacuated.toString());
    }
}
