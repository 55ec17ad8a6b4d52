package org.corridorsim.spark;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.corridorsim.experiment.ExperimentResult;
import org.corridorsim.experiment.Provenance;
import org.corridorsim.experiment.Experiment;
import org.corridorsim.kernel.Simulator;
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

    @Option(names = "--target-metric", paramLabel = "METRIC", hidden = true)
    String targetMetric;

    @Option(names = "--max-replications", paramLabel = "N", hidden = true)
    Integer maxReplications;

    @Option(names = "--force", hidden = true,
            description = "Accepted for the command line's sake; the result set is replaced as a whole.")
    boolean force;

    @Option(names = {"--resume", "--restart"}, hidden = true)
    boolean resume;

    @Option(names = "--replication-timeout", paramLabel = "DURATION", hidden = true)
    String replicationTimeout;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Output folder (default: results/<scenario-id>/).")
    Path out;

    @Option(names = "--no-progress", description = "Accepted for the command line's sake; Spark logs its own progress.")
    boolean noProgress;

    @Option(names = "--no-report", description = "Do not write report.html.")
    boolean noReport;

    @Option(names = "--event-budget", paramLabel = "N",
            description = "Fail a replication that handles more than N events (default: 2000000000); a replication "
                    + "also fails after 1000000 events at one simulated instant, a cycle that takes no time.")
    Long eventBudget;

    /** The scenario's model with this command's event budget, as the command line builds it. */
    EvacuationModel model(Scenario scenario) {
        EvacuationModel model = new EvacuationModel(scenario.evacuation());
        long budget = eventBudget();
        return budget == 0 ? model : model.limitEvents(Simulator.DEFAULT_EVENTS_AT_ONE_INSTANT, budget);
    }

    /** The event budget asked for, or 0 for the model's default. */
    long eventBudget() {
        if (eventBudget != null && eventBudget < 1) {
            throw CommandFailure.invalid("corridorsim-spark: --event-budget must be at least 1, got " + eventBudget);
        }
        return eventBudget == null ? 0 : eventBudget;
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

    /** The experiment of {@code scenario}, as the command line builds it; the template for every unit. */
    Experiment experiment(Scenario scenario) {
        if (targetHalfWidth != null || targetMetric != null || maxReplications != null) {
            throw new IllegalArgumentException("a precision target (--target-half-width, --target-metric, "
                    + "--max-replications) is not available on Spark yet; run a fixed number of replications with -r");
        }
        if (resume) {
            throw new IllegalArgumentException("--resume and --restart are not available on Spark: a Spark run keeps "
                    + "no journal, and Spark itself reruns the tasks of a lost executor");
        }
        if (replicationTimeout != null) {
            throw new IllegalArgumentException("--replication-timeout is not available on Spark; bound a run with "
                    + "--event-budget, or Spark's own task settings");
        }
        ExperimentSettings settings = settings(scenario);
        return Experiment.of(model(scenario))
                .scenario(scenario.id(), scenario.title())
                .replications(settings.replications())
                .seed(settings.seed())
                .confidence(settings.confidence());
    }

    /** What every executor needs besides the units: the seed and the event budget. */
    Job job(Scenario scenario, List<Unit> units) {
        return new Job(units, settings(scenario).seed(), eventBudget());
    }

    /**
     * What the results record about this run, as on the command line; {@code cores} stands for
     * the command line's threads: the Spark cores the job had.
     */
    static Provenance provenance(List<Path> files, List<String> assignments, ExperimentResult result, int cores,
            Instant started) {
        try {
            return Provenance.of(files, assignments, result.seed(), result.replications(), Math.max(1, cores), started,
                    Instant.now());
        } catch (java.io.UncheckedIOException e) {
            throw CommandFailure.invalid("corridorsim-spark: " + e.getMessage() + ": " + e.getCause().getMessage());
        }
    }

    Path outputFolder(String name) {
        return out != null ? out : Path.of("results", name);
    }
}
