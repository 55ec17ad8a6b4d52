package org.corridorsim.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.corridorsim.experiment.Experiment;
import org.corridorsim.experiment.Precision;
import org.corridorsim.experiment.Provenance;
import org.corridorsim.model.EvacuationModel;
import org.corridorsim.scenario.ExperimentSettings;
import org.corridorsim.scenario.Scenario;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options shared by the commands that run experiments. */
final class ExperimentOptions {

    @Option(names = {"-r", "--replications"}, paramLabel = "N",
            description = {"Replications; default: from the scenario,", "experiment.replications."})
    Integer replications;

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

    @Mixin
    SimulationOptions simulation = new SimulationOptions();

    /**
     * What the results will record, before the run: used to refuse overwriting other results.
     * The times are placeholders; {@link #provenance} gives the real ones afterwards.
     */
    Provenance planned(List<Path> files, List<String> assignments, Scenario scenario) {
        return provenance(files, assignments, settings(scenario).seed(), settings(scenario).replications(),
                Instant.now());
    }

    Provenance provenance(List<Path> files, List<String> assignments, long seed, int replications, Instant started) {
        return provenance(files, assignments, seed, replications, simulation.workers(), started);
    }

    /** What the results record, with the threads or cores that the backend had. */
    static Provenance provenance(List<Path> files, List<String> assignments, long seed, int replications, int threads,
            Instant started) {
        try {
            return Provenance.of(files, assignments, seed, replications, threads, started, Instant.now());
        } catch (java.io.UncheckedIOException e) {
            throw CommandFailure.invalid("corridorsim: " + e.getMessage() + ": " + e.getCause().getMessage());
        }
    }

    @Option(names = "--event-budget", paramLabel = "N",
            description = "Fail a replication that handles more than N events (default: 2000000000); a replication "
                    + "also fails after 1000000 events at one simulated instant, a cycle that takes no time.")
    Long eventBudget;

    /** The scenario's model with this command's event budget. */
    EvacuationModel model(Scenario scenario) {
        EvacuationModel model = new EvacuationModel(scenario.evacuation());
        if (eventBudget != null) {
            if (eventBudget < 1) {
                throw CommandFailure.invalid("corridorsim: --event-budget must be at least 1, got " + eventBudget);
            }
            model = model.limitEvents(org.corridorsim.kernel.Simulator.DEFAULT_EVENTS_AT_ONE_INSTANT, eventBudget);
        }
        return model;
    }

    ExperimentSettings settings(Scenario scenario) {
        ExperimentSettings settings = scenario.experiment();
        if (replications != null) {
            settings = settings.withReplications(replications);
        }
        if (simulation.seed != null) {
            settings = settings.withSeed(simulation.seed);
        }
        return settings;
    }

    Experiment experiment(Scenario scenario, boolean allowPrecision) {
        ExperimentSettings settings = settings(scenario);
        Experiment experiment = Experiment.of(model(scenario))
                .replicationTimeout(simulation.result.replicationTimeout)
                .scenario(scenario.id(), scenario.title())
                .replications(settings.replications())
                .seed(settings.seed())
                .confidence(settings.confidence())
                .threads(simulation.workers());
        if (allowPrecision && targetHalfWidth != null) {
            experiment = experiment.precision(Precision.relative(targetHalfWidth, maxReplications)
                    .onMetric(targetMetric).inBatchesOf(Math.min(settings.replications(), maxReplications)));
        }
        return experiment;
    }

    /** What a journal of this command is for; see {@link Fingerprint}. */
    String fingerprint(String command, List<Path> files, List<String> assignments, PluginOptions plugins) {
        return Fingerprint.of(command).files(files).overrides(assignments).plugins(plugins.jars()).seed(simulation.seed)
                .add("event-budget", eventBudget == null ? "default budget" : Long.toString(eventBudget)).hex();
    }

    Path outputFolder(String name) {
        return out != null ? out : Path.of("results", name);
    }
}
