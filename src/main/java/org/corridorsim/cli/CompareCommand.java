package org.corridorsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.corridorsim.model.EvacuationModel;
import java.util.Set;
import java.util.concurrent.Callable;
import org.corridorsim.experiment.Comparison;
import org.corridorsim.experiment.ComparisonResult;
import org.corridorsim.experiment.Experiment;
import org.corridorsim.experiment.ExperimentFailure;
import org.corridorsim.experiment.MetricComparison;
import org.corridorsim.experiment.Provenance;
import org.corridorsim.experiment.Variant;
import org.corridorsim.experiment.output.ComparisonFiles;
import org.corridorsim.experiment.output.ExperimentFiles;
import org.corridorsim.report.HtmlReport;
import org.corridorsim.scenario.Observation;
import org.corridorsim.scenario.Scenario;
import org.corridorsim.scenario.ScenarioLoader;
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
        List<Scenario> scenarios = new ArrayList<>();
        ScenarioFiles loader = new ScenarioFiles(plugins);
        List<ScenarioOverride> parsed = overrides.parsed();
        List<String> resolved = new ArrayList<>();
        for (Path file : files) {
            ScenarioLoader.Resolved loaded = loader.loadResolved(file, parsed);
            scenarios.add(loaded.scenario());
            resolved.add(loaded.resolved());
        }
        List<String> assignments = parsed.stream().map(ScenarioOverride::toString).toList();
        List<Variant> variants = new ArrayList<>();
        Set<String> labels = new HashSet<>();
        Map<EvacuationModel, ModelSource> sources = new IdentityHashMap<>();
        for (int i = 0; i < scenarios.size(); i++) {
            Scenario s = scenarios.get(i);
            String label = s.id();
            for (int n = 2; !labels.add(label); n++) {
                label = s.id() + "#" + n;
            }
            variants.add(new Variant(label, options.model(s)));
            sources.put(variants.get(i).model(), ScenarioFiles.source(files.get(i), parsed, label, options.eventBudget));
        }
        Scenario baseline = scenarios.get(0);
        int replications = options.settings(baseline).replications();
        int total = (int) Math.min(Integer.MAX_VALUE, (long) replications * variants.size());
        Experiment template = options.experiment(baseline, false);
        Limits.check(variants.stream().map(v -> template.model(v.model())).toList(), replications, options, err);
        Path folder = options.outputFolder(baseline.id() + "-compare");
        OverwriteCheck.checkOverwrite(folder, options.planned(files, assignments, baseline), baseline.id(),
                options.simulation.result.force);
        Instant started = Instant.now();
        List<Observation> stated = scenarios.stream().map(s -> s.inference().observed()).filter(o -> !o.isEmpty())
                .findFirst().orElse(List.of());
        VariantTallies observed = new VariantTallies(stated, variants,
                options.settings(baseline).confidence());
        String fingerprint = options.fingerprint("compare", files, overrides.assignments, plugins);
        try (ResultSet output = ResultSet.open(folder, fingerprint, options.simulation.result);
                Backend backend = backendOptions.open("corridorsim compare", template.threads(), plugins.jars())) {
            ComparisonResult comparison;
            try (ProgressDisplay progress = ProgressDisplay.open("compare", total, !options.simulation.noProgress)) {
                Experiment placed = backend.placement(sources::get).map(template::on).orElse(template);
                comparison = Comparison.run(placed.onProgress(progress).onOutcome(observed), variants,
                        output.journal());
            } catch (ExperimentFailure e) {
                return output.unfinished(Limits.describe(e), "replications", spec, err);
            }
            Provenance provenance = ExperimentOptions.provenance(files, assignments, comparison.results().get(0).seed(),
                    comparison.results().get(0).replications(), backend.parallelism(), started);
            boolean signalled = output.write(() -> {
                ComparisonFiles.writeAll(output.staging(), comparison, provenance);
                for (int v = 0; v < variants.size(); v++) {
                    ExperimentFiles.writeResolvedScenario(output.staging(), variants.get(v).label() + ".resolved.yaml",
                            resolved.get(v));
                }
                if (!options.simulation.noReport) {
                    HtmlReport.writeComparison(output.staging(), scenarios, comparison, observed.checks());
                }
            }, true, err);
            print(comparison, out);
            ObservationPrinter.print(observed.checks(), out);
            out.println();
            out.println("results written to " + folder);
            return signalled ? Main.INTERRUPTED : Main.OK;
        }
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
