package org.corridorsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.corridorsim.experiment.Experiment;
import org.corridorsim.experiment.ExperimentFailure;
import org.corridorsim.experiment.ExperimentResult;
import org.corridorsim.experiment.ObservationTally;
import org.corridorsim.experiment.Provenance;
import org.corridorsim.experiment.output.ExperimentFiles;
import org.corridorsim.experiment.output.ReplicationRows;
import org.corridorsim.report.HtmlReport;
import org.corridorsim.scenario.Scenario;
import org.corridorsim.scenario.ScenarioLoader;
import org.corridorsim.scenario.ScenarioOverride;
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
        ScenarioFiles files = new ScenarioFiles(plugins);
        List<ScenarioOverride> parsed = overrides.parsed();
        ScenarioLoader.Resolved loaded = files.loadResolved(file, parsed);
        Scenario scenario = loaded.scenario();
        String resolved = loaded.resolved();
        List<String> assignments = parsed.stream().map(ScenarioOverride::toString).toList();
        ObservationPrinter.printWarnings(scenario.inference().warnings(), err);
        Path folder = options.outputFolder(scenario.id());
        OverwriteCheck.checkOverwrite(folder, options.planned(List.of(file), assignments, scenario), scenario.id(),
                options.simulation.result.force);
        Instant started = Instant.now();
        Experiment local = options.experiment(scenario, true);
        ObservationTally observed = new ObservationTally(scenario.inference().observed(), local.model(),
                options.settings(scenario).confidence());
        Limits.check(List.of(local), options, err);
        String fingerprint = options.fingerprint("run", List.of(file), overrides.assignments, plugins);
        ModelSource source = ScenarioFiles.source(file, parsed, scenario.id(), options.eventBudget);
        try (ResultSet output = ResultSet.open(folder, fingerprint, options.simulation.result);
                Backend backend = backendOptions.open("corridorsim run " + scenario.id(), local.threads(),
                        plugins.jars())) {
            Experiment experiment = backend.placement(model -> source).map(local::on).orElse(local);
            if (output.resumed() > 0) {
                err.println("resuming: " + output.resumed() + " replications already journalled");
            }
            ReplicationRows rows = ScenarioFiles.open(folder, () -> ReplicationRows.open(
                    output.staging().resolve(ExperimentFiles.REPLICATIONS_CSV), experiment.model().metricNames().names()));
            ExperimentResult result;
            int code = Main.OK;
            try (ProgressDisplay progress = ProgressDisplay.open(scenario.id(),
                    options.settings(scenario).replications(), !options.simulation.noProgress)) {
                result = experiment.onProgress(progress).onOutcome(outcome -> {
                    rows.accept(outcome);
                    observed.accept(outcome);
                }).run(output.journal(), "");
            } catch (ExperimentFailure e) {
                output.clearInterrupt();
                if (e.partial() == null || e.partial().replications() == 0) {
                    close(rows);
                    if (output.signalled()) {
                        err.println("corridorsim: stopped before any replication completed");
                        return Main.INTERRUPTED;
                    }
                    throw CommandFailure.failed(e);
                }
                err.println(output.signalled() ? "corridorsim: stopped by a signal" : Limits.describe(e));
                result = e.partial();
                code = output.signalled() ? Main.INTERRUPTED : Main.FAILURE;
            }
            if (result.precisionMissed()) {
                var target = result.precision().orElseThrow();
                err.printf(java.util.Locale.ROOT, "precision target missed: relative half-width of %s is %.4g after %d"
                        + " replications, target %.4g%n", target.metric(), result.achievedPrecision(),
                        result.replications(), target.relativeHalfWidth());
            }
            ExperimentResult written = result;
            Provenance provenance = ExperimentOptions.provenance(List.of(file), assignments, result.seed(),
                    result.replications(), backend.parallelism(), started);
            boolean signalled = output.write(() -> {
                try (rows) {
                    rows.commit();
                }
                ExperimentFiles.writeAll(output.staging(), written, scenario::offsetTime, provenance);
                ExperimentFiles.writeResolvedScenario(output.staging(), ExperimentFiles.RESOLVED_SCENARIO, resolved);
                if (!options.simulation.noReport) {
                    HtmlReport.writeRun(output.staging(), scenario, written, observed.checks());
                }
            }, result.complete(), err);
            code = signalled && code == Main.OK ? Main.INTERRUPTED : code;
            SummaryPrinter.print(scenario, result, out);
            ObservationPrinter.print(Map.of(scenario.id(), observed.checks()), out);
            out.println();
            out.println("results written to " + folder);
            if (!result.complete()) {
                err.println(Partial.describe(result, spec));
            }
            return code;
        }
    }

    private static void close(ReplicationRows rows) {
        try {
            rows.close();
        } catch (java.io.IOException e) {
            // a temporary file in the staging folder, removed with it
        }
    }
}
