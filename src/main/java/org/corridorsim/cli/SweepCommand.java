package org.corridorsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.IdentityHashMap;
import java.util.List;
import org.corridorsim.model.EvacuationModel;
import java.util.Map;
import java.util.concurrent.Callable;
import org.corridorsim.experiment.Experiment;
import org.corridorsim.experiment.ExperimentFailure;
import org.corridorsim.experiment.Provenance;
import org.corridorsim.experiment.Sweep;
import org.corridorsim.experiment.SweepRow;
import org.corridorsim.experiment.Variant;
import org.corridorsim.experiment.output.ExperimentFiles;
import org.corridorsim.experiment.output.SweepFiles;
import org.corridorsim.report.HtmlReport;
import org.corridorsim.scenario.Scenario;
import org.corridorsim.scenario.ScenarioOverride;
import org.corridorsim.stats.Summary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Run a scenario at every combination of the given parameter values; one summary row per point."},
        footer = {"%nExample:", "  sweep scenarios/aleppo-2016-10.yaml \\",
                "      --set blocking.interception-east.probability=0,0.5,0.9"})
final class SweepCommand implements Callable<Integer> {

    private static final List<String> SHOWN = List.of("evacuated", "blocked", "remaining", "time-in-system");

    @Parameters(index = "0", paramLabel = "FILE", description = "Scenario file (YAML).")
    Path file;

    @Option(names = "--set", required = true, paramLabel = "PATH=V1,V2,...",
            description = {"A parameter and its values; repeat for a grid of all combinations.",
                    "A single value just overrides the scenario for every point."})
    List<String> parameters;

    @Mixin
    ExperimentOptions options = new ExperimentOptions();

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
        List<List<ScenarioOverride>> points;
        try {
            points = SweepGrid.points(parameters);
        } catch (IllegalArgumentException e) {
            throw CommandFailure.invalid(e.getMessage());
        }
        ScenarioFiles loader = new ScenarioFiles(plugins);
        List<Variant> variants = new ArrayList<>();
        Scenario first = null;
        Map<EvacuationModel, ModelSource> sources = new IdentityHashMap<>();
        for (List<ScenarioOverride> point : points) {
            Scenario scenario = loader.load(file, point, "at sweep point " + SweepGrid.label(point) + ":");
            first = first == null ? scenario : first;
            Variant variant = new Variant(SweepGrid.label(point), options.model(scenario));
            variants.add(variant);
            sources.put(variant.model(), ScenarioFiles.source(file, point, variant.label(), options.eventBudget));
        }
        int total = (int) Math.min(Integer.MAX_VALUE, (long) options.settings(first).replications() * variants.size());
        Experiment template = options.experiment(first, true);
        Limits.check(variants.stream().map(v -> template.model(v.model())).toList(), options, err);
        Path folder = options.outputFolder(first.id() + "-sweep");
        OverwriteCheck.checkOverwrite(folder, options.planned(List.of(file), parameters, first), first.id(), options.simulation.result.force);
        // Overrides with one value apply to every point: they belong to the resolved scenario.
        String resolved = loader.resolve(file, points.get(0).stream()
                .filter(o -> points.stream().allMatch(p -> p.contains(o))).toList());
        Instant started = Instant.now();
        List<String> fingerprinted = new ArrayList<>();
        fingerprinted.addAll(parameters);
        String fingerprint = options.fingerprint("sweep", List.of(file), fingerprinted, plugins);
        List<SweepRow> rows;
        boolean signalled;
        try (ResultSet output = ResultSet.open(folder, fingerprint, options.simulation.result);
                Backend backend = backendOptions.open("corridorsim sweep", template.threads(), plugins.jars())) {
            try (ProgressDisplay progress = ProgressDisplay.open("sweep", total, !options.simulation.noProgress)) {
                Experiment placed = backend.placement(sources::get).map(template::on).orElse(template);
                rows = Sweep.run(placed.onProgress(progress), variants, output.journal());
            } catch (ExperimentFailure e) {
                return output.unfinished(Limits.describe(e), "replications", spec, err);
            }
            Scenario base = first;
            List<SweepRow> written = rows;
            Provenance provenance = ExperimentOptions.provenance(List.of(file), parameters, rows.get(0).result().seed(),
                    rows.get(0).result().replications(), backend.parallelism(), started);
            List<Map<String, String>> values = new ArrayList<>();
            for (List<ScenarioOverride> point : points) {
                Map<String, String> byPath = new LinkedHashMap<>();
                point.forEach(o -> byPath.put(o.path(), o.value()));
                values.add(byPath);
            }
            signalled = output.write(() -> {
                SweepFiles.writeAll(output.staging(), written, values, provenance);
                ExperimentFiles.writeResolvedScenario(output.staging(), ExperimentFiles.RESOLVED_SCENARIO, resolved);
                if (!options.simulation.noReport) {
                    HtmlReport.writeSweep(output.staging(), base, written, points);
                }
            }, true, err);
        }
        List<String> header = new ArrayList<>(List.of("point"));
        SHOWN.forEach(m -> header.add(m + " (" + ConsoleUnits.unit(m) + ", mean +/-)"));
        ConsoleTable table = new ConsoleTable(header.toArray(String[]::new));
        for (SweepRow row : rows) {
            List<String> cells = new ArrayList<>(List.of(row.label()));
            for (String metric : SHOWN) {
                Summary s = row.summary(metric);
                cells.add(ConsoleUnits.format(metric, s.mean()) + " +/- " + ConsoleUnits.format(metric, s.halfWidth()));
            }
            table.row(cells.toArray(String[]::new));
        }
        table.print(out);
        out.println();
        out.println("results written to " + folder);
        return signalled ? Main.INTERRUPTED : Main.OK;
    }
}
