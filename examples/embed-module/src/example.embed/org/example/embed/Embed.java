package org.example.embed;

import java.nio.file.Path;
import org.corridorsim.experiment.Experiment;
import org.corridorsim.experiment.ExperimentResult;
import org.corridorsim.scenario.Scenario;
import org.corridorsim.scenario.ScenarioLoader;
import org.corridorsim.stats.Summary;

/** Runs a scenario file through the exported API only: {@code Embed FILE}. */
public final class Embed {

    private Embed() {
    }

    public static void main(String[] args) throws Exception {
        Scenario scenario = new ScenarioLoader().load(Path.of(args[0]));
        ExperimentResult result = Experiment.of(scenario).replications(5).threads(1).run();
        Summary evacuated = result.summary("evacuated");
        System.out.printf(java.util.Locale.ROOT, "evacuated %.1f%n", evacuated.mean());
    }
}
