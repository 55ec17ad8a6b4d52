package org.corridorsim.spark;

import java.nio.file.Path;
import org.corridorsim.experiment.Experiment;
import org.corridorsim.model.EvacuationModel;
import org.corridorsim.scenario.ExperimentSettings;
import org.corridorsim.scenario.Scenario;
import picocli.CommandLine.Option;

/** The command line's experiment options, with the same names and defaults. */
final class ExperimentOptions {

    @Option(names = {"-r", "--replications"}, paramLabel = "N",
            description = "Replications (default: the scenario's experiment.replications).")
    Integer replications;

    @Option(names = {"-s", "--seed"}, paramLabel = "S", description = "Experiment seed (default: the scenario's).")
    Long seed;

    @Option(names = {"-t", "--threads"}, paramLabel = "T", hidden = true,
            description = "Accepted for the command line's sake; Spark runs one task per executor core.")
    Integer threads;

    @Option(names = "--target-half-width", paramLabel = "FRACTION",
            description = "Not yet available on Spark; use the command line for a precision target.")
    Double targetHalfWidth;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Output folder (default: results/<scenario-id>/).")
    Path out;

    @Option(names = "--no-progress", description = "Accepted for the command line's sake; Spark logs its own progress.")
    boolean noProgress;

    @Option(names = "--no-report", description = "Do not write report.html.")
    boolean noReport;

    ExperimentSettings settings(Scenario scenario) {
        ExperimentSettings settings = scenario.experiment();
        if (replications != null) {
            settings = settings.withReplications(replications);
        }
        if (seed != null) {
            settings = settings.withSeed(seed);
        }
        return settings;
    }

    /** The experiment of {@code scenario}, as the command line builds it; the template for every unit. */
    Experiment experiment(Scenario scenario) {
        if (targetHalfWidth != null) {
            throw new IllegalArgumentException("--target-half-width is not available on Spark yet; "
                    + "run a fixed number of replications with -r");
        }
        ExperimentSettings settings = settings(scenario);
        return Experiment.of(new EvacuationModel(scenario.evacuation()))
                .scenario(scenario.id(), scenario.title())
                .replications(settings.replications())
                .seed(settings.seed())
                .confidence(settings.confidence());
    }

    long seed(Scenario scenario) {
        return settings(scenario).seed();
    }

    Path outputFolder(String name) {
        return out != null ? out : Path.of("results", name);
    }
}
