package org.corridorsim.spark;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaSparkContext;
import org.corridorsim.experiment.Provenance;
import org.corridorsim.experiment.output.FitFiles;
import org.corridorsim.inference.Fit;
import org.corridorsim.inference.FitResult;
import org.corridorsim.inference.HypothesisPosterior;
import org.corridorsim.inference.ParameterPosterior;
import org.corridorsim.report.HtmlReport;
import org.corridorsim.scenario.Scenario;
import org.corridorsim.scenario.ScenarioException;
import org.corridorsim.scenario.ScenarioOverride;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "fit", mixinStandardHelpOptions = true,
        description = {"Weigh a scenario's hypotheses and fit their parameters to what it says was observed "
                + "(ABC-SMC), as the command line's fit does, with each generation's proposals simulated on Spark.",
                "Work is split by proposal; the driver draws and accepts the proposals in index order, so the "
                + "results are the command line's to the bit. Writes fit.json, posterior.csv and report.html; the "
                + "state is saved after each generation, so an interrupted fit continues with --resume."})
final class FitCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "Scenario file (YAML) with observed: and priors:.")
    Path file;

    @Mixin
    OverrideOptions overrides = new OverrideOptions();

    @Mixin
    SparkOptions spark = new SparkOptions();

    @Option(names = "--particles", paramLabel = "N", defaultValue = "" + Fit.DEFAULT_PARTICLES,
            description = "Particles per generation (default: ${DEFAULT-VALUE}).")
    int particles;

    @Option(names = "--max-simulations", paramLabel = "N",
            description = "Simulation budget (default: " + Fit.DEFAULT_BUDGET_PER_PARTICLE + " per particle).")
    Long maxSimulations;

    @Option(names = "--replications-per-particle", paramLabel = "N", defaultValue = "1",
            description = "Replications averaged per particle (default: ${DEFAULT-VALUE}).")
    int replicationsPerParticle;

    @Option(names = {"-s", "--seed"}, paramLabel = "S", description = "Seed (default: the scenario's).")
    Long seed;

    @Option(names = {"-t", "--threads"}, paramLabel = "T",
            description = "Driver threads for the posterior predictive draws (default: available processors).")
    Integer threads;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Output folder (default: results/<scenario-id>/).")
    Path out;

    @Option(names = "--resume", paramLabel = "DIR",
            description = "Continue the fit saved in DIR (same file and options); results go to DIR.")
    Path resume;

    @Option(names = "--predictive", paramLabel = "N", defaultValue = "" + Fit.DEFAULT_PREDICTIVE_DRAWS,
            description = "Posterior predictive replications for the report, run on the driver "
                    + "(default: ${DEFAULT-VALUE}).")
    int predictive;

    @Option(names = "--no-progress", description = "Accepted for the command line's sake; Spark logs its own progress.")
    boolean noProgress;

    @Option(names = "--no-report", description = "Do not write report.html.")
    boolean noReport;

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<ScenarioOverride> parsed = overrides.parsed();
        ScenarioFiles.Loaded loaded = new ScenarioFiles().load(file, parsed, "", "");
        Scenario scenario = loaded.scenario();
        Path folder = resume != null ? resume : this.out != null ? this.out : Path.of("results", scenario.id());
        Instant started = Instant.now();
        int threadCount = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        FitResult result;
        try (JavaSparkContext context = spark.start("corridorsim fit " + scenario.id())) {
            Fit fit = Fit.of(scenario).particles(particles).replicationsPerParticle(replicationsPerParticle)
                    .threads(threadCount).predictiveDraws(predictive)
                    .simulations(new SparkProposals(context, spark.partitions(), loaded.unit(), replicationsPerParticle));
            if (maxSimulations != null) {
                fit = fit.maxSimulations(maxSimulations);
            }
            if (seed != null) {
                fit = fit.seed(seed);
            }
            result = resume != null ? fit.resume(folder) : fit.saveStateIn(folder).run();
        } catch (ScenarioException e) {
            throw CommandFailure.invalid(e, "a parameter value drawn from the priors was rejected by the scenario; "
                    + "narrow the prior so that every value it gives is valid:");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw CommandFailure.invalid("corridorsim-spark: fit interrupted; continue it with --resume " + folder);
        }
        FitResult written = result;
        Provenance provenance;
        try {
            // "replications" of a fit: the simulations it ran
            provenance = Provenance.of(List.of(file), parsed.stream().map(Object::toString).toList(), result.seed(),
                    (int) Math.min(Integer.MAX_VALUE, result.simulations()), threadCount, started, Instant.now());
        } catch (UncheckedIOException e) {
            throw CommandFailure.invalid("corridorsim-spark: " + e.getMessage() + ": " + e.getCause().getMessage());
        }
        ScenarioFiles.write(folder, () -> {
            FitFiles.writeAll(folder, written, provenance);
            if (!noReport) {
                HtmlReport.writeFit(folder, written);
            }
        });
        print(result, out);
        out.println();
        out.println("results written to " + folder);
        return Main.OK;
    }

    /** As the command line prints it. */
    static void print(FitResult result, PrintWriter out) {
        Scenario scenario = result.scenario();
        out.printf("%s: %s%n", scenario.id(), clean(scenario.title()));
        out.printf(Locale.ROOT, "%d particles, %d generations, %d simulations, seed %d; stopped: %s%n",
                result.particles(), result.generations(), result.simulations(), result.seed(), stop(result.stop()));
        out.println("tolerances: " + String.join(", ", result.tolerances().stream().map(FitCommand::tolerance).toList()));
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
            ConsoleTable parameters = new ConsoleTable("parameter (durations in s)", "mean", "median", "95% interval");
            for (Map.Entry<String, ParameterPosterior> p : h.parameters().entrySet()) {
                ParameterPosterior v = p.getValue();
                parameters.row(p.getKey(), parameter(v.mean()), parameter(v.median()),
                        "[" + parameter(v.low()) + ", " + parameter(v.high()) + "]");
            }
            parameters.print(out);
        }
    }

    private static String tolerance(double tolerance) {
        return Double.isInfinite(tolerance) ? "none (prior)" : String.format(Locale.ROOT, "%.4g", tolerance);
    }

    private static String stop(FitResult.Stop stop) {
        return switch (stop) {
            case EXACT -> "every particle matches every observed range";
            case BUDGET -> "simulation budget spent (the last complete generation is reported)";
            case GENERATIONS -> "generation limit reached";
            case ACCEPTANCE -> "acceptance rate below the floor (the last complete generation is reported)";
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

    private static String parameter(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.4g", value) : "-";
    }

    /** Control and bidirectional formatting characters of scenario text escaped, as on the command line. */
    private static String clean(String text) {
        StringBuilder cleaned = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean unsafe = c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= '\u202A' && c <= '\u202E')
                    || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F' || c == '\u061C';
            cleaned.append(unsafe && c != '\n' && c != '\r' && c != '\t' ? String.format("\\u%04X", (int) c)
                    : String.valueOf(c));
        }
        return cleaned.toString();
    }
}
