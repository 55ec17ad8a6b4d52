package org.corridorsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.corridorsim.experiment.Attribution;
import org.corridorsim.experiment.AttributionResult;
import org.corridorsim.experiment.Estimate;
import org.corridorsim.experiment.ExperimentFailure;
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
import picocli.CommandLine.Spec;

@Command(name = "attribute", mixinStandardHelpOptions = true,
        description = {"Split the effect of the blocking policies on a metric between them, whatever their order in "
                + "the file: each policy's Shapley value, its effect alone (only it, against no policy) and its effect "
                + "when removed (every policy, against all but it), with confidence intervals across replications.",
                "Every subset of the policies runs the same replications under common random numbers; above "
                + Attribution.EXACT_LIMIT + " policies, Shapley values come from sampled permutations.",
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

    @Option(names = "--permutations", paramLabel = "N", defaultValue = "" + Attribution.DEFAULT_PERMUTATIONS,
            description = "Permutations sampled above " + Attribution.EXACT_LIMIT
                    + " policies, in antithetic pairs, from 4 to " + Attribution.MAX_PERMUTATIONS
                    + " (default: ${DEFAULT-VALUE}).")
    int permutations;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "Output folder (default: results/<scenario-id>-attribution/).")
    Path outFolder;

    @Mixin
    SimulationOptions simulation = new SimulationOptions();

    @Mixin
    BackendOptions backendOptions = new BackendOptions();

    @Mixin
    OverrideOptions overrides = new OverrideOptions();

    @Mixin
    PluginOptions plugins = new PluginOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<ScenarioOverride> parsed = overrides.parsed();
        Scenario scenario = new ScenarioFiles(plugins).load(file, parsed, "");
        ObservationPrinter.printWarnings(scenario.inference().warnings(), err);
        List<String> assignments = parsed.stream().map(ScenarioOverride::toString).toList();
        int workers = simulation.workers();
        Attribution attribution = Attribution.of(scenario).metric(metric).permutations(permutations).threads(workers);
        if (replications != null) {
            attribution = attribution.replications(replications);
        }
        if (simulation.seed != null) {
            attribution = attribution.seed(simulation.seed);
        }
        Path folder = outFolder != null ? outFolder : Path.of("results", scenario.id() + "-attribution");
        Provenance planned = ExperimentOptions.provenance(List.of(file), assignments, scenario.experiment().seed(),
                scenario.experiment().replications(), workers, Instant.now());
        OverwriteCheck.checkOverwrite(folder, planned, scenario.id(), simulation.result.force);
        Fingerprint fingerprint = Fingerprint.of("attribute").files(List.of(file)).overrides(overrides.assignments)
                .plugins(plugins.jars()).seed(simulation.seed);
        ModelSource source = ScenarioFiles.source(file, parsed, scenario.id(), null);
        Instant started = Instant.now();
        int subsets = 1 << Math.min(scenario.policyIds().size(), Attribution.EXACT_LIMIT);
        try (ResultSet output = ResultSet.open(folder, fingerprint.hex(), simulation.result);
                Backend backend = backendOptions.open("corridorsim attribute " + scenario.id(), workers,
                        plugins.jars())) {
            if (output.resumed() > 0) {
                err.println("resuming: " + output.resumed() + " replications already journalled");
            }
            AttributionResult attributed;
            try (ProgressDisplay progress = ProgressDisplay.open("attribute", subsets, !simulation.noProgress)) {
                attributed = attribution.runner(new Subsets(scenario, source, workers, simulation.result.replicationTimeout,
                        backend, output.journal(), progress)).run();
            } catch (ExperimentFailure e) {
                return output.unfinished(Limits.describe(e), "replications", spec, err);
            }
            Provenance provenance = ExperimentOptions.provenance(List.of(file), assignments, attributed.seed(),
                    attributed.replications(), backend.parallelism(), started);
            boolean signalled = output.write(() -> {
                AttributionFiles.writeAll(output.staging(), attributed, provenance);
                if (!simulation.noReport) {
                    HtmlReport.writeAttribution(output.staging(), scenario, attributed);
                }
            }, true, err);
            print(attributed, out);
            out.println();
            out.println("results written to " + folder);
            return signalled ? Main.INTERRUPTED : Main.OK;
        }
    }

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

    /** In the metric's console unit (persons, minutes, ...). */
    private static String text(String metric, Estimate estimate) {
        if (estimate.n() == 0) {
            return "-";
        }
        String mean = ConsoleUnits.format(metric, estimate.mean());
        return Double.isFinite(estimate.halfWidth()) ? mean + " +/- " + ConsoleUnits.format(metric, estimate.halfWidth()) : mean;
    }
}
