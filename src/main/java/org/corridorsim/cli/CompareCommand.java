package org.corridorsim.cli;

import static org.corridorsim.cli.ConsoleTable.number;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.corridorsim.experiment.Comparison;
import org.corridorsim.experiment.ComparisonResult;
import org.corridorsim.experiment.ExperimentFailure;
import org.corridorsim.experiment.MetricComparison;
import org.corridorsim.experiment.Variant;
import org.corridorsim.experiment.output.ComparisonFiles;
import org.corridorsim.model.EvacuationModel;
import org.corridorsim.report.HtmlReport;
import org.corridorsim.scenario.Scenario;
import org.corridorsim.scenario.ScenarioOverride;
import org.corridorsim.stats.Summary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Run two or more scenario variants under common random numbers and report paired "
                + "differences against the first, with confidence intervals.",
                "Seed, replications and confidence come from the first file unless given."})
final class CompareCommand implements Callable<Integer> {

    @Parameters(arity = "2..*", paramLabel = "FILE", description = "Scenario files; the first is the baseline.")
    List<Path> files;

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
        List<Scenario> scenarios = new ArrayList<>();
        ScenarioFiles loader = new ScenarioFiles();
        List<ScenarioOverride> parsed = overrides.parsed();
        for (Path file : files) {
            scenarios.add(loader.load(file, parsed, ""));
        }
        List<Variant> variants = new ArrayList<>();
        Set<String> labels = new HashSet<>();
        for (Scenario s : scenarios) {
            String label = s.id();
            for (int n = 2; !labels.add(label); n++) {
                label = s.id() + "#" + n;
            }
            variants.add(new Variant(label, new EvacuationModel(s.evacuation())));
        }
        Scenario baseline = scenarios.get(0);
        int total = options.settings(baseline).replications() * variants.size();
        ComparisonResult comparison;
        try (ProgressDisplay progress = ProgressDisplay.open("compare", total, !options.noProgress)) {
            comparison = Comparison.run(options.experiment(baseline, false).onProgress(progress), variants);
        } catch (ExperimentFailure e) {
            throw CommandFailure.failed(e);
        }
        Path folder = options.outputFolder(baseline.id() + "-compare");
        ScenarioFiles.write(folder, () -> {
            ComparisonFiles.writeAll(folder, comparison);
            if (!options.noReport) {
                HtmlReport.writeComparison(folder, scenarios, comparison);
            }
        });
        print(comparison, out);
        java.util.Map<String, org.corridorsim.experiment.ExperimentResult> byLabel = new java.util.LinkedHashMap<>();
        comparison.labels().forEach(label -> byLabel.put(label, comparison.result(label)));
        ObservationPrinter.print(baseline.inference().observed(), byLabel, out);
        out.println();
        out.println("results written to " + folder);
        return Main.OK;
    }

    private static void print(ComparisonResult comparison, PrintWriter out) {
        String base = comparison.baseline();
        out.printf("baseline: %s; differences are variant minus baseline (paired, common random numbers)%n%n", base);
        ConsoleTable table = new ConsoleTable("metric", "variant", "mean", "+/-", "difference", "+/-");
        for (MetricComparison metric : comparison.metrics()) {
            if (metric.metric().startsWith("corridor.")) {
                continue;
            }
            for (String label : comparison.labels()) {
                Summary s = metric.summaries().get(label);
                if (s == null) {
                    continue; // a policy's count exists only in the variants that have the policy
                }
                Summary d = metric.differences().get(label);
                boolean differenced = d != null && !label.equals(base);
                table.row(metric.metric(), label, number(s.mean()), number(s.halfWidth()),
                        differenced ? number(d.mean()) : "", differenced ? number(d.halfWidth()) : "");
            }
        }
        table.print(out);
    }
}
