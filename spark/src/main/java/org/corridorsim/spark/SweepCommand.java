package org.corridorsim.spark;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.corridorsim.experiment.Experiment;
import org.corridorsim.experiment.Provenance;
import org.corridorsim.experiment.SweepRow;
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
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Run a scenario at every combination of the given parameter values on Spark; one summary "
                + "row per point. Work is split by (point, replication).",
                "Example: sweep scenarios/aleppo-2016-10.yaml --set blocking.interception-east.probability=0,0.5,0.9"})
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
    SparkOptions spark = new SparkOptions();

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<List<ScenarioOverride>> points;
        try {
            points = SweepGrid.points(parameters);
        } catch (IllegalArgumentException e) {
            throw CommandFailure.invalid(e.getMessage());
        }
        ScenarioFiles files = new ScenarioFiles();
        List<Unit> units = new ArrayList<>();
        List<Experiment> experiments = new ArrayList<>();
        Scenario first = null;
        Experiment template = null;
        for (List<ScenarioOverride> point : points) {
            String label = SweepGrid.label(point);
            ScenarioFiles.Loaded loaded = files.load(file, point, label, "at sweep point " + label + ":");
            if (first == null) {
                first = loaded.scenario();
                template = options.experiment(first);
            }
            units.add(loaded.unit());
            experiments.add(template.model(options.model(loaded.scenario())));
        }
        Job job = options.job(first, units);
        Path folder = options.outputFolder(first.id() + "-sweep");
        // Overrides with one value apply to every point: they belong to the resolved scenario.
        String resolved = files.resolve(file, points.get(0).stream()
                .filter(o -> points.stream().allMatch(p -> p.contains(o))).toList());
        Instant started = Instant.now();
        try (Output output = Output.open(folder)) {
            SparkExperiments.Ran ran;
            try {
                ran = SparkExperiments.run(spark, main.fault, "corridorsim sweep " + first.id(), job, experiments);
            } catch (UnitFailure e) {
                throw CommandFailure.failed("sweep point '" + units.get(e.unit()).label() + "': " + e.getMessage());
            }
            List<SweepRow> rows = new ArrayList<>();
            for (int p = 0; p < units.size(); p++) {
                rows.add(new SweepRow(units.get(p).label(), ran.results().get(p)));
            }
            Provenance provenance = ExperimentOptions.provenance(List.of(file), parameters, ran.results().get(0),
                    ran.cores(), started);
            List<Map<String, String>> values = new ArrayList<>();
            for (List<ScenarioOverride> point : points) {
                Map<String, String> byPath = new LinkedHashMap<>();
                point.forEach(o -> byPath.put(o.path(), o.value()));
                values.add(byPath);
            }
            Scenario base = first;
            ScenarioFiles.write(folder, () -> {
                SweepFiles.writeAll(output.staging(), rows, values, provenance);
                ExperimentFiles.writeResolvedScenario(output.staging(), ExperimentFiles.RESOLVED_SCENARIO, resolved);
                if (!options.noReport) {
                    HtmlReport.writeSweep(output.staging(), base, rows, points);
                }
            });
            output.commit();
            print(rows, folder, out);
        }
        return Main.OK;
    }

    private static void print(List<SweepRow> rows, Path folder, PrintWriter out) {
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
    }
}
