package org.corridorsim.spark;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.corridorsim.experiment.ComparisonResult;
import org.corridorsim.experiment.Experiment;
import org.corridorsim.experiment.MetricComparison;
import org.corridorsim.experiment.Provenance;
import org.corridorsim.experiment.output.ExperimentFiles;
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
        List<String> resolved = new ArrayList<>();
        for (Path file : files) {
            loaded.add(loader.load(file, parsed, "", ""));
            resolved.add(loader.resolve(file, parsed));
        }
        List<String> assignments = parsed.stream().map(ScenarioOverride::toString).toList();
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
        Instant started = Instant.now();
        try (Output output = Output.open(folder)) {
            SparkExperiments.Ran ran;
            try {
                ran = SparkExperiments.run(spark, main.fault, "corridorsim compare " + baseline.id(), job, experiments);
            } catch (UnitFailure e) {
                throw CommandFailure.failed("variant '" + units.get(e.unit()).label() + "': " + e.getMessage());
            }
            ComparisonResult comparison = pairs.result(units.stream().map(Unit::label).toList(), ran.results(),
                    options.settings(baseline).confidence());
            Provenance provenance = ExperimentOptions.provenance(files, assignments, ran.results().get(0), ran.cores(),
                    started);
            ScenarioFiles.write(folder, () -> {
                ComparisonFiles.writeAll(output.staging(), comparison, provenance);
                for (int v = 0; v < units.size(); v++) {
                    ExperimentFiles.writeResolvedScenario(output.staging(), units.get(v).label() + ".resolved.yaml",
                            resolved.get(v));
                }
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

    private static void print(ComparisonResult comparison, PrintWriter out) {
        String base = comparison.baseline();
        out.printf("baseline: %s; differences are variant minus baseline (paired, common random numbers)%n%n", base);
        ConsoleTable table = new ConsoleTable("metric", "unit", "variant", "mean", "+/-", "difference", "+/-");
        boolean conditional = false;
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
                String m = metric.metric();
                boolean isConditional = ConsoleUnits.isConditional(m);
                conditional |= isConditional;
                table.row(m + (isConditional ? " *" : ""), ConsoleUnits.unit(m), label, ConsoleUnits.format(m, s.mean()),
                        ConsoleUnits.format(m, s.halfWidth()), differenced ? ConsoleUnits.format(m, d.mean()) : "",
                        differenced ? ConsoleUnits.format(m, d.halfWidth()) : "");
            }
        }
        table.print(out);
        if (conditional) {
            out.println("* averaged over evacuated groups only: a variant that lets fewer people out can look faster");
            out.println("  only because of who got out, so a shorter time is not by itself an improvement");
        }
    }
}
