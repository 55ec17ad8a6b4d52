package org.corridorsim.spark;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaSparkContext;
import org.corridorsim.experiment.Experiment;
import org.corridorsim.experiment.ExperimentResult;
import org.corridorsim.experiment.Provenance;
import org.corridorsim.experiment.output.ExperimentFiles;
import org.corridorsim.experiment.output.ReplicationRows;
import org.corridorsim.report.HtmlReport;
import org.corridorsim.scenario.Scenario;
import org.corridorsim.scenario.ScenarioOverride;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a scenario's replications on Spark and write summary.json, replications.csv, "
                + "timeseries.csv and report.html.")
final class RunCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "Scenario file (YAML).")
    Path file;

    @Mixin
    OverrideOptions overrides = new OverrideOptions();

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
        PrintWriter err = spec.commandLine().getErr();
        ScenarioFiles files = new ScenarioFiles();
        List<ScenarioOverride> parsed = overrides.parsed();
        ScenarioFiles.Loaded loaded = files.load(file, parsed, "", "");
        Scenario scenario = loaded.scenario();
        String resolved = files.resolve(file, parsed);
        List<String> assignments = parsed.stream().map(ScenarioOverride::toString).toList();
        Instant started = Instant.now();
        Experiment experiment = options.experiment(scenario);
        Path folder = options.outputFolder(scenario.id());
        Job job = options.job(scenario, List.of(loaded.unit()));
        // opened before Spark starts, so a folder in use or not writable is found before any work
        try (Output output = Output.open(folder)) {
            ReplicationRows rows = ScenarioFiles.open(folder, () -> ReplicationRows.open(
                    output.staging().resolve(ExperimentFiles.REPLICATIONS_CSV), experiment.model().metricNames().names()));
            ExperimentResult result;
            int code = Main.OK;
            int cores = 1;
            try (JavaSparkContext context = spark.start("corridorsim run " + scenario.id())) {
                cores = context.defaultParallelism();
                SparkReplications replications = new SparkReplications(context, spark.partitions(), main.fault);
                result = new SparkExperiments(replications).run(job, List.of(experiment.onOutcome(rows))).get(0);
            } catch (UnitFailure e) {
                if (e.partial().replications() == 0) {
                    ScenarioFiles.write(folder, rows::close);
                    throw CommandFailure.failed(e.getMessage());
                }
                err.println("corridorsim-spark: " + e.getMessage());
                err.println("writing the " + e.partial().replications() + " replications that completed");
                result = e.partial();
                code = Main.FAILURE;
            }
            ExperimentResult written = result;
            Provenance provenance = ExperimentOptions.provenance(List.of(file), assignments, result, cores, started);
            ScenarioFiles.write(folder, () -> {
                try (rows) {
                    rows.commit();
                }
                ExperimentFiles.writeAll(output.staging(), written, scenario::offsetTime, provenance);
                ExperimentFiles.writeResolvedScenario(output.staging(), ExperimentFiles.RESOLVED_SCENARIO, resolved);
                if (!options.noReport) {
                    HtmlReport.writeRun(output.staging(), scenario, written);
                }
            });
            output.commit();
            print(scenario, result, folder, out);
            return code;
        }
    }

    private static void print(Scenario scenario, ExperimentResult result, Path folder, PrintWriter out) {
        SummaryPrinter.print(scenario, result, out);
        out.println();
        out.println("results written to " + folder);
    }
}
