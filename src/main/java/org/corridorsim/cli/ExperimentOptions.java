package org.corridorsim.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.corridorsim.experiment.Experiment;
import org.corridorsim.experiment.Precision;
import org.corridorsim.experiment.Provenance;
import org.corridorsim.scenario.ExperimentSettings;
import org.corridorsim.scenario.Scenario;
import picocli.CommandLine.Option;

/** Options shared by the commands that run experiments. */
final class ExperimentOptions {

    @Option(names = {"-r", "--replications"}, paramLabel = "N",
            description = {"Replications; default: from the scenario,", "experiment.replications."})
    Integer replications;

    @Option(names = {"-s", "--seed"}, paramLabel = "S", description = "Experiment seed (default: the scenario's).")
    Long seed;

    @Option(names = {"-t", "--threads"}, paramLabel = "T",
            description = "Worker threads (default: available processors). Results do not depend on it.")
    Integer threads;

    @Option(names = "--target-half-width", paramLabel = "FRACTION",
            description = "Add replications until the confidence half-width of --target-metric is at most "
                    + "this fraction of its mean, e.g. 0.05.")
    Double targetHalfWidth;

    @Option(names = "--target-metric", paramLabel = "METRIC", defaultValue = "evacuated",
            description = "Metric for --target-half-width (default: ${DEFAULT-VALUE}).")
    String targetMetric;

    @Option(names = "--max-replications", paramLabel = "N", defaultValue = "1000",
            description = "Upper limit with --target-half-width (default: ${DEFAULT-VALUE}).")
    int maxReplications;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = {"Output folder; default: results/<scenario-id>/",
            "for run, results/<id>-compare/ for compare,", "results/<id>-sweep/ for sweep."})
    Path out;

    @Option(names = "--no-progress", description = "Do not draw a progress bar.")
    boolean noProgress;

    @Option(names = "--no-report", description = "Do not write report.html.")
    boolean noReport;

    @Option(names = "--force",
            description = "Overwrite results of a different scenario or different overrides in the output folder.")
    boolean force;

    int threadCount() {
        return threads != null ? threads : Runtime.getRuntime().availableProcessors();
    }

    /**
     * What the results will record, before the run: used to refuse overwriting other results.
     * The times are placeholders; {@link #provenance} gives the real ones afterwards.
     */
    Provenance planned(List<Path> files, List<String> assignments, Scenario scenario) {
        Instant now = Instant.now();
        return provenance(files, assignments, settings(scenario).seed(), settings(scenario).replications(), now);
    }

    Provenance provenance(List<Path> files, List<String> assignments, long seed, int replications, Instant started) {
        try {
            return Provenance.of(files, assignments, seed, replications, threadCount(), started, Instant.now());
        } catch (java.io.UncheckedIOException e) {
            throw CommandFailure.invalid("corridorsim: " + e.getMessage() + ": " + e.getCause().getMessage());
        }
    }

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

    Experiment experiment(Scenario scenario, boolean allowPrecision) {
        ExperimentSettings settings = settings(scenario);
        Experiment experiment = Experiment.of(scenario)
                .replications(settings.replications())
                .seed(settings.seed())
                .threads(threadCount());
        if (allowPrecision && targetHalfWidth != null) {
            experiment = experiment.precision(Precision.relative(targetHalfWidth, maxReplications)
                    .onMetric(targetMetric).inBatchesOf(Math.min(settings.replications(), maxReplications)));
        }
        return experiment;
    }

    Path outputFolder(String name) {
        return out != null ? out : Path.of("results", name);
    }
}
