package org.corridorsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.corridorsim.experiment.Provenance;
import org.corridorsim.scenario.ScenarioOverride;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.corridorsim.experiment.output.FitFiles;
import org.corridorsim.inference.Fit;
import org.corridorsim.inference.FitResult;
import org.corridorsim.inference.HypothesisPosterior;
import org.corridorsim.inference.ParameterPosterior;
import org.corridorsim.report.HtmlReport;
import org.corridorsim.scenario.Scenario;
import org.corridorsim.scenario.ScenarioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "fit", mixinStandardHelpOptions = true,
        description = "Weigh a scenario's hypotheses and fit their parameters to what it says was observed "
                + "(ABC-SMC). Writes fit.json, posterior.csv and report.html; the state is saved after each "
                + "generation, so an interrupted fit continues with the same command and --resume.")
final class FitCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "Scenario file (YAML) with observed: and priors:.")
    Path file;

    @Mixin
    OverrideOptions overrides = new OverrideOptions();

    @Mixin
    PluginOptions plugins = new PluginOptions();

    @Option(names = "--particles", paramLabel = "N", defaultValue = "" + Fit.DEFAULT_PARTICLES,
            description = "Particles per generation (default: ${DEFAULT-VALUE}).")
    int particles;

    @Option(names = "--max-simulations", paramLabel = "N",
            description = "Simulation budget (default: " + Fit.DEFAULT_BUDGET_PER_PARTICLE + " per particle).")
    Long maxSimulations;

    @Option(names = "--replications-per-particle", paramLabel = "N", defaultValue = "1",
            description = "Replications averaged per particle (default: ${DEFAULT-VALUE}); more fits the mean "
                    + "outcome instead of single outcomes, see docs/fitting.md.")
    int replicationsPerParticle;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "Output folder (default: results/<scenario-id>-fit/).")
    Path out;

    @Mixin
    SimulationOptions simulation = new SimulationOptions();

    @Mixin
    BackendOptions backendOptions = new BackendOptions();

    @Option(names = "--predictive", paramLabel = "N", defaultValue = "" + Fit.DEFAULT_PREDICTIVE_DRAWS,
            description = "Posterior predictive replications for the report (default: ${DEFAULT-VALUE}).")
    int predictive;

    @Option(names = "--population", paramLabel = "fixed|adaptive", defaultValue = "fixed",
            description = "fixed: every generation has --particles particles (the default); adaptive: each "
                    + "generation accepts as many as make its effective sample size about --particles (up to 4 times).")
    String population;

    @Option(names = "--min-acceptance", paramLabel = "RATE", defaultValue = "0",
            description = "Stop (stop: acceptance) when a generation's acceptance rate falls below RATE, e.g. 0.001; "
                    + "0 (the default) never stops early.")
    double minAcceptance;

    @Option(names = "--quantile", paramLabel = "Q", defaultValue = "0.3",
            description = "Each generation's tolerance is this quantile of the previous generation's distances "
                    + "(default: ${DEFAULT-VALUE}); lower tightens faster. Fits with a likelihood ignore it.")
    double quantile;

    @Option(names = "--no-early-rejection",
            description = "Simulate every proposal to the horizon, even one already sure to be rejected "
                    + "(the particles are the same; only slower).")
    boolean noEarlyRejection;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!simulation.result.replicationTimeout.isZero()) {
            throw CommandFailure.invalid("corridorsim: fit has no --replication-timeout: its simulations run inside "
                    + "the sampler, which cannot abandon one; a fit is resumable per generation instead");
        }
        if (!population.equals("fixed") && !population.equals("adaptive")) {
            throw CommandFailure.invalid("corridorsim: --population must be fixed or adaptive, got '" + population + "'");
        }
        if (!(minAcceptance >= 0 && minAcceptance < 1)) {
            throw CommandFailure.invalid("corridorsim: --min-acceptance must be at least 0 and below 1, got "
                    + minAcceptance);
        }
        if (!(quantile > 0 && quantile < 1)) {
            throw CommandFailure.invalid("corridorsim: --quantile must be above 0 and below 1, got " + quantile);
        }
        List<ScenarioOverride> parsed = overrides.parsed();
        Scenario scenario = new ScenarioFiles(plugins).load(file, parsed, "");
        ObservationPrinter.printWarnings(scenario.inference().warnings(), err);
        if (scenario.inference().observed().isEmpty()) {
            throw CommandFailure.invalid(file + ": observed: a fit needs at least one observation, e.g. observed: "
                    + "[{metric: evacuated, between: [0, 17]}], and priors for the unknown values; see docs/fitting.md");
        }
        Limits.checkFit(scenario, particles, predictive);
        List<String> assignments = parsed.stream().map(ScenarioOverride::toString).toList();
        Path folder = this.out != null ? this.out : Path.of("results", scenario.id() + "-fit");
        int threadCount = simulation.workers();
        Provenance planned = ExperimentOptions.provenance(List.of(file), assignments, scenario.experiment().seed(),
                particles, threadCount, Instant.now());
        OverwriteCheck.checkOverwrite(folder, planned, scenario.id(), simulation.result.force);
        ModelSource source = ScenarioFiles.source(file, parsed, scenario.id(), null);
        Instant started = Instant.now();
        FitResult fitted;
        try (ResultSet output = ResultSet.openState(folder, simulation.result, "fit");
                Backend backend = backendOptions.open("corridorsim fit " + scenario.id(), threadCount, plugins.jars())) {
            try (FitDisplay display = new FitDisplay(err, !simulation.noProgress)) {
                Fit fit = Fit.of(scenario).particles(particles).replicationsPerParticle(replicationsPerParticle)
                        .threads(threadCount).predictiveDraws(predictive).onProgress(display)
                        .adaptivePopulation(population.equals("adaptive")).minAcceptance(minAcceptance).quantile(quantile)
                        .earlyRejection(!noEarlyRejection);
                if (maxSimulations != null) {
                    fit = fit.maxSimulations(maxSimulations);
                }
                if (simulation.seed != null) {
                    fit = fit.seed(simulation.seed);
                }
                fit = backend.simulations(source, replicationsPerParticle).map(fit::simulations).orElse(fit);
                fitted = simulation.result.resume ? resume(fit, output.state()) : fit.saveStateIn(output.state()).run();
            } catch (ScenarioException e) {
                throw CommandFailure.invalid(e, "a parameter value drawn from the priors was rejected by the scenario; "
                        + "narrow the prior so that every value it gives is valid:");
            } catch (InterruptedException e) {
                return output.unfinished("corridorsim: fit interrupted", "generations", spec, err);
            } catch (java.io.UncheckedIOException e) {
                // saving the state after a generation failed: an unwritable folder or a full disk
                throw CommandFailure.failure("corridorsim: " + e.getMessage()
                        + " (is the folder writable, and is the disk full?)");
            }
            FitResult written = fitted;
            // "replications" of a fit: the simulations it ran
            Provenance provenance = ExperimentOptions.provenance(List.of(file), assignments, fitted.seed(),
                    (int) Math.min(Integer.MAX_VALUE, fitted.simulations()), backend.parallelism(), started);
            boolean signalled = output.write(() -> {
                FitFiles.writeAll(output.staging(), written, provenance);
                if (!simulation.noReport) {
                    HtmlReport.writeFit(output.staging(), written);
                }
            }, true, err);
            print(fitted, out);
            out.println();
            out.println("results written to " + folder);
            return signalled ? Main.INTERRUPTED : Main.OK;
        }
    }

    private static FitResult resume(Fit fit, Path state) throws InterruptedException {
        try {
            return fit.resume(state);
        } catch (IllegalArgumentException e) {
            throw CommandFailure.invalid("corridorsim: cannot resume: " + e.getMessage()
                    + "; run the same command with --resume, or use --restart to discard it");
        }
    }

    static void print(FitResult result, PrintWriter out) {
        Scenario scenario = result.scenario();
        out.printf("%s: %s%n", scenario.id(), Console.line(scenario.title()));
        out.printf(Locale.ROOT, "%d particles, %d generations, %d simulations, seed %d; stopped: %s%n",
                result.particles(), result.generations(), result.simulations(), result.seed(), result.stop() == FitResult.Stop.EXACT && !result.temperatures().isEmpty()
                        ? "temperature 1 reached (the posterior under the observation models), every range matched"
                        : stop(result.stop()));
        result.misspecification().ifPresent(warning -> out.println("WARNING: " + warning));
        out.println("tolerances: " + String.join(", ",
                result.tolerances().stream().map(FitDisplay::tolerance).toList()));
        if (!result.temperatures().isEmpty()) {
            out.println("temperatures: " + String.join(", ", result.temperatures().stream()
                    .map(t -> String.format(Locale.ROOT, "%.4g", t)).toList()));
        }
        out.println("effective sample size per generation: " + String.join(", ",
                result.effectiveSizes().stream().map(e -> String.format(Locale.ROOT, "%.0f", e)).toList()));
        out.println();
        ConsoleTable table = new ConsoleTable("hypothesis", "probability", "+/-", "95% interval", "particles", "ESS",
                "Bayes factor");
        for (HypothesisPosterior h : result.hypotheses()) {
            table.row(h.id(), fixed(h.probability()), fixed(h.probabilityError()),
                    "[" + fixed(h.probabilityLow()) + ", " + fixed(h.probabilityHigh()) + "]",
                    Integer.toString(h.particles()), String.format(Locale.ROOT, "%.0f", h.effectiveSize()),
                    factor(h.bayesFactor()));
        }
        table.print(out);
        for (HypothesisPosterior h : result.hypotheses()) {
            if (h.parameters().isEmpty() || h.particles() == 0) {
                continue;
            }
            out.println();
            out.println(h.id() + ":");
            ConsoleTable parameters = new ConsoleTable("parameter", "mean", "median", "95% interval");
            for (Map.Entry<String, ParameterPosterior> p : h.parameters().entrySet()) {
                ParameterPosterior v = p.getValue();
                org.corridorsim.scenario.Parameter declared = scenario.inference().parameters().get(p.getKey());
                boolean duration = declared != null && declared.type() == org.corridorsim.scenario.Parameter.Type.DURATION;
                java.util.function.DoubleFunction<String> text = duration
                        ? org.corridorsim.format.Format::duration : FitCommand::parameter;
                parameters.row(p.getKey(), text.apply(v.mean()), text.apply(v.median()),
                        "[" + text.apply(v.low()) + ", " + text.apply(v.high()) + "]");
            }
            parameters.print(out);
        }
    }

    private static String stop(FitResult.Stop stop) {
        return switch (stop) {
            case EXACT -> "every particle matches every observed range";
            case BUDGET -> "simulation budget spent (the last complete generation is reported)";
            case GENERATIONS -> "generation limit reached";
            case ACCEPTANCE -> "acceptance rate below --min-acceptance (the last complete generation is reported)";
        };
    }

    private static String fixed(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    private static String factor(double value) {
        if (Double.isNaN(value)) {
            return "-";
        }
        return Double.isInfinite(value) ? "> all others at 0" : String.format(Locale.ROOT, "%.3g", value);
    }

    /** A posterior summary of a parameter, in its model units, with four significant digits. */
    private static String parameter(double value) {
        return Double.isFinite(value) ? String.format(java.util.Locale.ROOT, "%.4g", value) : "-";
    }
}
