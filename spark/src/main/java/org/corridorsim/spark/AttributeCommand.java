package org.corridorsim.spark;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaSparkContext;
import org.corridorsim.experiment.Attribution;
import org.corridorsim.experiment.AttributionResult;
import org.corridorsim.experiment.Estimate;
import org.corridorsim.experiment.PolicyEffect;
import org.corridorsim.experiment.Provenance;
import org.corridorsim.experiment.output.AttributionFiles;
import org.corridorsim.report.HtmlReport;
import org.corridorsim.scenario.Scenario;
import org.corridorsim.scenario.ScenarioOverride;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "attribute", mixinStandardHelpOptions = true,
        description = {"Split the effect of the blocking policies on a metric between them, on Spark, as the command "
                + "line's attribute does: each policy's Shapley value, its effect alone and its effect when removed.",
                "Work is split by (subset of the policies, replication); the values are combined on the driver in "
                + "index order, so the results are the command line's to the bit.",
                "Writes attribution.json, attribution.csv and report.html."})
final class AttributeCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "Scenario file (YAML).")
    Path file;

    @Option(names = "--metric", paramLabel = "NAME", defaultValue = Attribution.DEFAULT_METRIC,
            description = "Summary metric to attribute (default: ${DEFAULT-VALUE}).")
    String metric;

    @Option(names = {"-r", "--replications"}, paramLabel = "N",
            description = "Replications of every subset (default: the scenario's experiment.replications).")
    Integer replications;

    @Option(names = {"-s", "--seed"}, paramLabel = "S", description = "Experiment seed (default: the scenario's).")
    Long seed;

    @Option(names = {"-t", "--threads"}, paramLabel = "T", hidden = true,
            description = "Accepted for the command line's sake; Spark runs one task per executor core.")
    Integer threads;

    @Option(names = "--permutations", paramLabel = "N", defaultValue = "" + Attribution.DEFAULT_PERMUTATIONS,
            description = "Permutations sampled above " + Attribution.EXACT_LIMIT
                    + " policies, in antithetic pairs (default: ${DEFAULT-VALUE}).")
    int permutations;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "Output folder (default: results/<scenario-id>-attribution/).")
    Path outFolder;

    @Option(names = "--no-progress", description = "Accepted for the command line's sake; Spark logs its own progress.")
    boolean noProgress;

    @Option(names = "--no-report", description = "Do not write report.html.")
    boolean noReport;

    @Mixin
    OverrideOptions overrides = new OverrideOptions();

    @Mixin
    SparkOptions spark = new SparkOptions();

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<ScenarioOverride> parsed = overrides.parsed();
        ScenarioFiles.Loaded loaded = new ScenarioFiles().load(file, parsed, "", "");
        Scenario scenario = loaded.scenario();
        Attribution attribution = Attribution.of(scenario).metric(metric).permutations(permutations);
        if (replications != null) {
            attribution = attribution.replications(replications);
        }
        if (seed != null) {
            attribution = attribution.seed(seed);
        }
        Path folder = outFolder != null ? outFolder : Path.of("results", scenario.id() + "-attribution");
        Instant started = Instant.now();
        AttributionResult result;
        int cores;
        try (JavaSparkContext context = spark.start("corridorsim attribute " + scenario.id())) {
            SparkReplications work = new SparkReplications(context, spark.partitions(), main.fault);
            result = attribution.runner(new SparkSubsets(work, loaded.unit(), scenario.evacuation())).run();
            cores = Math.max(1, context.defaultParallelism());
        }
        Provenance provenance;
        try {
            provenance = Provenance.of(List.of(file), parsed.stream().map(ScenarioOverride::toString).toList(),
                    result.seed(), result.replications(), cores, started, Instant.now());
        } catch (UncheckedIOException e) {
            throw CommandFailure.invalid("corridorsim-spark: " + e.getMessage() + ": " + e.getCause().getMessage());
        }
        try (Output output = Output.open(folder)) {
            ScenarioFiles.write(folder, () -> {
                AttributionFiles.writeAll(output.staging(), result, provenance);
                if (!noReport) {
                    HtmlReport.writeAttribution(output.staging(), scenario, result);
                }
            });
            output.commit();
        }
        print(result, out);
        out.println();
        out.println("results written to " + folder);
        return Main.OK;
    }

    /** As the command line prints it. */
    static void print(AttributionResult result, PrintWriter out) {
        out.printf("%s: effect of each blocking policy on %s (%s)%n", result.scenarioId(), result.metric(),
                ConsoleUnits.unit(result.metric()));
        out.printf("%d replications per subset, seed %d, %.0f%% confidence intervals, %s%n%n", result.replications(),
                result.seed(), 100 * result.confidence(), result.method() == AttributionResult.Method.EXACT
                        ? "all " + result.subsets() + " subsets"
                        : result.permutations() + " sampled permutations (" + result.subsets() + " subsets)");
        out.printf("no policy: %s%nall policies: %s%n%n", text(result.metric(), result.none()),
                text(result.metric(), result.all()));
        ConsoleTable table = new ConsoleTable("policy", "Shapley value", "alone", "removed");
        for (PolicyEffect effect : result.effects().values()) {
            table.row(effect.policy(), text(result.metric(), effect.shapley()), text(result.metric(), effect.alone()),
                    text(result.metric(), effect.removed()));
        }
        table.print(out);
    }

    private static String text(String metric, Estimate estimate) {
        if (estimate.n() == 0) {
            return "-";
        }
        String mean = ConsoleUnits.format(metric, estimate.mean());
        return Double.isFinite(estimate.halfWidth()) ? mean + " +/- " + ConsoleUnits.format(metric, estimate.halfWidth()) : mean;
    }
}
