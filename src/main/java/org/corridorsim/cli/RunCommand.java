package org.corridorsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.corridorsim.experiment.ExperimentFailure;
import org.corridorsim.experiment.ExperimentResult;
import org.corridorsim.experiment.output.ExperimentFiles;
import org.corridorsim.report.HtmlReport;
import org.corridorsim.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a scenario's replications and write summary.json, replications.csv, timeseries.csv "
                + "and report.html.")
final class RunCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "Scenario file (YAML).")
    Path file;

    @Mixin
    OverrideOptions overrides = new OverrideOptions();

    @Mixin
    ExperimentOptions options = new ExperimentOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Scenario scenario = new ScenarioFiles().load(file, overrides.parsed(), "");
        ObservationPrinter.printWarnings(scenario.inference().warnings(), err);
        Path folder = options.outputFolder(scenario.id());
        ExperimentResult result;
        int code = Main.OK;
        try (ProgressDisplay progress = ProgressDisplay.open(scenario.id(), options.settings(scenario).replications(),
                !options.noProgress)) {
            result = options.experiment(scenario, true).onProgress(progress).run();
        } catch (ExperimentFailure e) {
            if (e.partial() == null || e.partial().replications() == 0) {
                throw CommandFailure.failed(e);
            }
            // keep what was computed: the completed replications are still written
            err.println(CommandFailure.describe(e));
            err.println("writing the " + e.partial().replications() + " replications that completed");
            result = e.partial();
            code = Main.FAILURE;
        }
        if (result.stop() == ExperimentResult.Stop.MAX_REPLICATIONS) {
            var target = result.precision().orElseThrow();
            err.printf(java.util.Locale.ROOT, "precision target missed: relative half-width of %s is %.4g after %d"
                    + " replications, target %.4g%n", target.metric(), result.achievedPrecision(),
                    result.replications(), target.relativeHalfWidth());
        }
        ExperimentResult written = result;
        ScenarioFiles.write(folder, () -> {
            ExperimentFiles.writeAll(folder, written, scenario::localTime);
            if (!options.noReport) {
                HtmlReport.writeRun(folder, scenario, written);
            }
        });
        SummaryPrinter.print(scenario, result, out);
        ObservationPrinter.print(scenario.inference().observed(), java.util.Map.of(scenario.id(), result), out);
        out.println();
        out.println("results written to " + folder);
        return code;
    }
}
