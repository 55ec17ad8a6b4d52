package org.corridorsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.corridorsim.experiment.ExperimentFailure;
import org.corridorsim.experiment.Provenance;
import org.corridorsim.experiment.output.PlanFiles;
import org.corridorsim.planning.Plan;
import org.corridorsim.planning.PlanPoint;
import org.corridorsim.planning.PlanResult;
import org.corridorsim.planning.TargetEstimate;
import org.corridorsim.report.HtmlReport;
import org.corridorsim.scenario.Planning;
import org.corridorsim.scenario.Scenario;
import org.corridorsim.scenario.ScenarioException;
import org.corridorsim.scenario.ScenarioOverride;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"Find the cheapest configuration of the scenario's decision variables (lanes, vehicles, seats, "
                + "ambulances) that meets every target of its plan: section with the stated probability.",
                "Configurations share common random numbers; each runs in batches until it clearly meets every target "
                + "or clearly misses one; when the plan is monotone, results settle the configurations they dominate.",
                "Writes plan.json, plan.csv and report.html. See docs/planning.md."})
final class PlanCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "Scenario file (YAML) with a plan: section.")
    Path file;

    @Option(names = "--first-batch", paramLabel = "N", defaultValue = "" + Plan.DEFAULT_FIRST_BATCH,
            description = "Replications of each configuration's first batch; later batches double it "
                    + "(default: ${DEFAULT-VALUE}).")
    int firstBatch;

    @Option(names = "--exhaustive", description = "Run every configuration and assume nothing, e.g. to count what "
            + "the search saves.")
    boolean exhaustive;

    @Option(names = "--not-monotone", description = "Do not assume that more of a variable never hurts, whatever the "
            + "plan section says.")
    boolean notMonotone;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Output folder (default: results/<scenario-id>-plan/).")
    Path outFolder;

    @Mixin
    SimulationOptions simulation = new SimulationOptions();

    @Mixin
    OverrideOptions overrides = new OverrideOptions();

    @Mixin
    PluginOptions plugins = new PluginOptions();

    @Mixin
    BackendOptions backendOptions = new BackendOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<ScenarioOverride> parsed = overrides.parsed();
        Scenario scenario = new ScenarioFiles(plugins).load(file, parsed, "");
        ObservationPrinter.printWarnings(scenario.inference().warnings(), err);
        if (scenario.plan().isEmpty()) {
            throw CommandFailure.invalid("corridorsim: " + file + " has no plan: section; add one with decision variables "
                    + "and targets (see docs/planning.md), or give it with --set 'plan={...}'");
        }
        List<String> assignments = parsed.stream().map(ScenarioOverride::toString).toList();
        int workers = simulation.workers();
        Plan plan = Plan.of(scenario).threads(workers).firstBatch(firstBatch).exhaustive(exhaustive);
        if (notMonotone) {
            plan = plan.monotone(false);
        }
        if (simulation.seed != null) {
            plan = plan.seed(simulation.seed);
        }
        Path folder = outFolder != null ? outFolder : Path.of("results", scenario.id() + "-plan");
        long planSeed = simulation.seed != null ? simulation.seed : scenario.experiment().seed();
        Provenance planned = ExperimentOptions.provenance(List.of(file), assignments, planSeed,
                scenario.experiment().replications(), workers, Instant.now());
        OverwriteCheck.checkOverwrite(folder, planned, scenario.id(), simulation.result.force);
        Fingerprint fingerprint = Fingerprint.of("plan").files(List.of(file)).overrides(overrides.assignments)
                .plugins(plugins.jars()).seed(planSeed).add("options", firstBatch + " " + exhaustive + " " + notMonotone);
        Instant started = Instant.now();
        try (ResultSet output = ResultSet.open(folder, fingerprint.hex(), simulation.result);
                Backend backend = backendOptions.open("corridorsim plan " + scenario.id(), workers, plugins.jars())) {
            if (output.resumed() > 0) {
                err.println("resuming: " + output.resumed() + " replications already journalled");
            }
            // on Spark, each configuration is its own model source: the file, the --set overrides, then its values
            Plan placed = plan.on(point -> {
                List<ScenarioOverride> all = new java.util.ArrayList<>(parsed);
                all.addAll(point);
                return backend.placement(model -> ScenarioFiles.source(file, all, scenario.id(), null)).orElse(null);
            });
            PlanResult found;
            try (ProgressDisplay progress = ProgressDisplay.open("plan", firstBatch, !simulation.noProgress)) {
                found = placed.journal(output.journal()).onProgress(progress).run();
            } catch (ExperimentFailure e) {
                return output.unfinished(Limits.describe(e), "replications", spec, err);
            } catch (ScenarioException e) {
                throw CommandFailure.invalid(e, "a configuration of the plan");
            } catch (IllegalArgumentException e) {
                throw CommandFailure.invalid("corridorsim: " + e.getMessage());
            }
            Provenance provenance = ExperimentOptions.provenance(List.of(file), assignments, found.seed(),
                    (int) Math.min(Integer.MAX_VALUE, found.replications()), backend.parallelism(), started);
            boolean signalled = output.write(() -> {
                PlanFiles.writeAll(output.staging(), found, provenance);
                if (!simulation.noReport) {
                    HtmlReport.writePlan(output.staging(), scenario, found);
                }
            }, true, err);
            print(found, out);
            out.println();
            out.println("results written to " + folder);
            return signalled ? Main.INTERRUPTED : Main.OK;
        }
    }

    static void print(PlanResult result, PrintWriter out) {
        Planning planning = result.planning();
        out.printf("%s: capacity plan, %.0f%% confidence, seed %d%n", result.scenarioId(), 100 * planning.confidence(),
                result.seed());
        for (Planning.Target target : planning.targets()) {
            out.println("target: " + target.describe());
        }
        out.println();
        if (result.chosen().isPresent()) {
            PlanPoint chosen = result.chosen().get();
            out.println("cheapest configuration meeting every target: " + configuration(planning, chosen) + " (cost "
                    + number(chosen.cost()) + ")");
            for (TargetEstimate e : chosen.targets()) {
                out.println("  " + estimate(e));
            }
        } else {
            out.println("no configuration was found feasible");
        }
        out.println();
        ConsoleTable table = new ConsoleTable("runner-up", "cost", "verdict", "replications");
        for (PlanPoint p : result.runnersUp(5)) {
            table.row(configuration(planning, p), number(p.cost()), p.verdict().word(), Integer.toString(p.replications()));
        }
        table.print(out);
        out.println();
        out.printf("%d replications on %d of %d configurations%s%n", result.replications(), result.runPoints().size(),
                result.gridSize(), result.exhaustive() ? " (every configuration)" : "");
        result.notes().forEach(note -> out.println("note: " + note));
    }

    private static String configuration(Planning planning, PlanPoint point) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < point.values().size(); i++) {
            parts.add(planning.variables().get(i).name() + "=" + point.values().get(i));
        }
        return String.join(" ", parts);
    }

    private static String estimate(TargetEstimate e) {
        String kind = e.target().probability().isPresent() ? "P = " : "mean = ";
        return e.target().describe() + ": " + kind + number(e.estimate()) + " [" + number(e.lower()) + ", "
                + number(e.upper()) + "] over " + e.n() + " replications";
    }

    private static String number(double value) {
        if (!Double.isFinite(value)) {
            return "-";
        }
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : String.format(java.util.Locale.ROOT, "%.4g", value);
    }
}
