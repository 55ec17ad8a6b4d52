package org.corridorsim.spark;

import static org.corridorsim.spark.ConsoleTable.number;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaSparkContext;
import org.corridorsim.experiment.ComparisonResult;
import org.corridorsim.experiment.Experiment;
import org.corridorsim.experiment.ExperimentResult;
import org.corridorsim.experiment.MetricComparison;
import org.corridorsim.experiment.output.ComparisonFiles;
import org.corridorsim.report.HtmlReport;
import org.corridorsim.scenario.Scenario;
import org.corridorsim.scenario.ScenarioOverride;
import org.corridorsim.stats.Summary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Run two or more scenario variants on Spark under common random numbers and report paired "
                + "differences against the first. Work is split by (variant, replication).",
                "Seed, replications and confidence come from the first file unless given."})
final class CompareCommand implements Callable<Integer> {

    @Parameters(arity = "2..*", paramLabel = "FILE", description = "Scenario files; the first is the baseline.")
    List<Path> files;

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
        ScenarioFiles loader = new ScenarioFiles();
        List<ScenarioOverride> parsed = overrides.parsed();
        List<ScenarioFiles.Loaded> loaded = new ArrayList<>();
        for (Path file : files) {
            loaded.add(loader.load(file, parsed, "", ""));
        }
        List<Scenario> scenarios = loaded.stream().map(ScenarioFiles.Loaded::scenario).toList();
        Scenario baseline = scenarios.get(0);
        Experiment template = options.experiment(baseline);
        List<Unit> units = new ArrayList<>();
        List<Experiment> experiments = new ArrayList<>();
        Set<String> labels = new HashSet<>();
        for (ScenarioFiles.Loaded variant : loaded) {
            Scenario s = variant.scenario();
            String label = s.id();
            for (int n = 2; !labels.add(label); n++) {
                label = s.id() + "#" + n;
            }
            Unit unit = variant.unit();
            units.add(new Unit(label, unit.sourceName(), unit.text(), unit.paths(), unit.values()));
            experiments.add(template.model(options.model(s)));
        }
        PairedDifferences pairs = new PairedDifferences(experiments);
        for (int v = 0; v < experiments.size(); v++) {
            Experiment experiment = experiments.get(v);
            experiments.set(v, experiment.onOutcome(pairs.listener(v, experiment.model().metricNames().names())));
        }
        Job job = options.job(baseline, units);
        Path folder = options.outputFolder(baseline.id() + "-compare");
        try (Output output = Output.open(folder)) {
            ComparisonResult comparison = pairs.result(units.stream().map(Unit::label).toList(),
                    run(job, experiments, units, baseline), options.settings(baseline).confidence());
            ScenarioFiles.write(folder, () -> {
                ComparisonFiles.writeAll(output.staging(), comparison);
                if (!options.noReport) {
                    HtmlReport.writeComparison(output.staging(), scenarios, comparison);
                }
            });
            output.commit();
            print(comparison, out);
        }
        out.println();
        out.println("results written to " + folder);
        return Main.OK;
    }

    private List<ExperimentResult> run(Job job, List<Experiment> experiments, List<Unit> units, Scenario baseline) {
        List<ExperimentResult> results;
        try (JavaSparkContext context = spark.start("corridorsim compare " + baseline.id())) {
            SparkReplications replications = new SparkReplications(context, spark.partitions(), main.fault);
            results = new SparkExperiments(replications).run(job, experiments);
        } catch (UnitFailure e) {
            throw CommandFailure.failed("variant '" + units.get(e.unit()).label() + "': " + e.getMessage());
        }
        return results;
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
                    continue;
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
