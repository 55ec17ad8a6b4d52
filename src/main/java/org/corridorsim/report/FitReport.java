package org.corridorsim.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;
import org.corridorsim.format.Format;
import org.corridorsim.inference.FitResult;
import org.corridorsim.inference.HypothesisPosterior;
import org.corridorsim.inference.ParameterPosterior;
import org.corridorsim.inference.Particle;
import org.corridorsim.inference.Predictive;
import org.corridorsim.scenario.Observation;
import org.corridorsim.scenario.Parameter;
import org.corridorsim.scenario.Prior;
import org.corridorsim.scenario.Scenario;

/**
 * The report of a fit: hypothesis probabilities, the observations with the posterior predictive
 * distribution around them, each parameter's marginal posterior and pairwise scatter, and how
 * the tolerance fell over the generations.
 */
final class FitReport {

    /** The level of the parameter intervals on the page. */
    private static final double LEVEL = 0.95;
    private static final int BINS = 30;
    private static final int MOST_SCATTER_POINTS = 1500;

    private final FitResult result;
    private final Scenario scenario;

    private FitReport(FitResult result) {
        this.result = result;
        this.scenario = result.scenario();
    }

    static String html(FitResult result, Assets assets) {
        return new FitReport(result).page().render(assets, footer(result, assets));
    }

    private Page page() {
        ScenarioOverview overview = new ScenarioOverview(scenario);
        Page page = new Page("fit", "Fit: " + scenario.title(), LEVEL);
        page.header(overview.header("fit by ABC-SMC", result.particles() + " particles · " + result.generations()
                + " generations · " + Format.number(result.simulations()) + " simulations · seed " + result.seed()
                + " · " + stop()));
        result.misspecification().ifPresent(warning -> page.html("<div class=\"banner partial\" role=\"alert\">"
                + "<strong>No hypothesis reproduces what was observed.</strong> " + Html.text(warning) + "</div>"));
        hypotheses(page);
        page.html(Headline.assumptions(scenario));
        observations(page);
        priors(page);
        parameters(page);
        generations(page);
        overview.fitted(scenario.inference().priors().keySet()).section(page, "Scenario");
        Footer.sources(page, scenario);
        return page;
    }

    private String stop() {
        return switch (result.stop()) {
            case EXACT -> "every particle inside every observed range";
            case BUDGET -> "BUDGET SPENT: the last complete generation, not an exact match";
            case GENERATIONS -> "generation limit reached: not an exact match";
            case ACCEPTANCE -> "ACCEPTANCE RATE BELOW THE FLOOR: the last complete generation, not an exact match";
        };
    }

    private void hypotheses(Page page) {
        page.section("hypotheses", "Which hypotheses fit what was observed?", "Hypotheses",
                "Posterior probability of each hypothesis, with equal prior probabilities; whiskers: 95% intervals "
                        + "on the effective number of particles (ESS), so a hypothesis with no particle still shows "
                        + "how large its probability could be. Evidence about the model under its priors and assumed parameters, not a "
                        + "finding of responsibility.");
        List<HypothesisPosterior> all = result.hypotheses();
        List<String> ids = all.stream().map(HypothesisPosterior::id).toList();
        double[] p = all.stream().mapToDouble(HypothesisPosterior::probability).toArray();
        double[] low = all.stream().mapToDouble(HypothesisPosterior::probabilityLow).toArray();
        double[] high = all.stream().mapToDouble(HypothesisPosterior::probabilityHigh).toArray();
        ObjectNode spec = Charts.bars(ids, java.util.Collections.nCopies(ids.size(), ""), "posterior probability", "",
                List.of(new Charts.Series("probability", Charts.TOTAL, p, low, high)), true);
        page.chart("Posterior probability of each hypothesis", "", spec, Page.Size.WIDE);
        Markup.Table table = new Markup.Table("fit-hypotheses", List.of("Hypothesis", "Policies on", "Probability",
                "± (s.e.)", "95% interval", "Particles", "ESS", "Bayes factor vs. best other"),
                List.of(false, false, true, true, true, true, true, true));
        for (HypothesisPosterior h : all) {
            table.row(h.id(), String.join(", ", scenario.inference().hypothesis(h.id()).policies()),
                    fixed(h.probability()), fixed(h.probabilityError()),
                    fixed(h.probabilityLow()) + "–" + fixed(h.probabilityHigh()), Integer.toString(h.particles()),
                    String.format(java.util.Locale.ROOT, "%.0f", h.effectiveSize()), factor(h.bayesFactor()));
        }
        page.html(table.html());
    }

    private void observations(Page page) {
        Predictive predictive = result.predictive();
        page.section("observed", "Observations and posterior predictive checks", "Observations",
                "Each observed range (shaded) against " + predictive.draws() + " new replications drawn from the "
                        + "posterior: bars are medians, whiskers 5%–95%, per hypothesis and all together.");
        if (predictive.draws() == 0) {
            page.html("<p>No posterior predictive draws were made.</p>");
            return;
        }
        List<Observation> observed = result.observed();
        page.grid();
        for (int k = 0; k < observed.size(); k++) {
            Observation o = observed.get(k);
            List<String> groups = new ArrayList<>();
            List<Double> medians = new ArrayList<>();
            List<Double> lows = new ArrayList<>();
            List<Double> highs = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            for (HypothesisPosterior h : result.hypotheses()) {
                double[] values = values(predictive, k, h.id());
                if (values.length > 0) {
                    add(groups, medians, lows, highs, notes, h.id(), values);
                }
            }
            add(groups, medians, lows, highs, notes, "all", values(predictive, k, null));
            ObjectNode spec = Charts.bars(groups, notes, o.metric(), "",
                    List.of(new Charts.Series("posterior predictive", Charts.color(0), unbox(medians), unbox(lows),
                            unbox(highs))), true);
            ObjectNode band = spec.putObject("observed");
            band.put("low", ObservedMarks.low(o));
            band.put("high", ObservedMarks.high(o));
            page.chart(o.label(), o.source(), spec, Page.Size.HALF);
            if (predictive.cumulative()[k][0].length > 0 && !o.incident()) {
                cumulative(page, predictive, k, o);
            }
        }
    }

    private void cumulative(Page page, Predictive predictive, int k, Observation o) {
        double[][] draws = predictive.cumulative()[k];
        int bins = draws[0].length;
        double[] ends = new double[bins + 1];
        List<String> titles = new ArrayList<>();
        double[] median = new double[bins + 1];
        double[] low = new double[bins + 1];
        double[] high = new double[bins + 1];
        LocalTimeAxis clock = new LocalTimeAxis(scenario);
        for (int b = 0; b <= bins; b++) {
            ends[b] = Math.min(b * predictive.binWidth(), scenario.horizon());
            titles.add("by " + clock.label(ends[b]));
            if (b == 0) {
                continue;
            }
            double[] at = new double[draws.length];
            for (int d = 0; d < draws.length; d++) {
                at[d] = draws[d][b - 1];
            }
            Arrays.sort(at);
            median[b] = quantile(at, 0.5);
            low[b] = quantile(at, 0.05);
            high[b] = quantile(at, 0.95);
        }
        ObjectNode spec = Charts.line(clock.json(), ends, titles, o.metric(), "persons",
                List.of(new Charts.Series("posterior predictive median", Charts.TOTAL, median, low, high)));
        ObjectNode mark = spec.putObject("observed");
        mark.put("low", ObservedMarks.low(o));
        mark.put("high", ObservedMarks.high(o));
        mark.put("x", o.seconds());
        page.chart(o.metric() + " over time", "median, shaded 5%–95%; the bar is the observed range", spec,
                Page.Size.HALF);
    }

    private void parameters(Page page) {
        page.section("parameters", "Posterior of the parameters", "Parameters",
                "Weighted histograms of the final particles per hypothesis; then every pair of parameters, each "
                        + "particle a dot. Durations are in the unit named after the parameter.");
        List<Particle> posterior = result.posterior();
        for (HypothesisPosterior h : result.hypotheses()) {
            if (h.parameters().isEmpty() || h.particles() == 0) {
                continue;
            }
            List<Particle> mine = posterior.stream().filter(p -> p.hypothesis().equals(h.id())).toList();
            page.subheading(h.id() + " (probability " + fixed(h.probability()) + ")");
            Markup.Table table = new Markup.Table("fit-parameters", List.of("Parameter", "Mean", "Median",
                    "95% interval"), List.of(false, true, true, true));
            h.parameters().forEach((path, v) -> {
                Unit unit = unit(path, Math.max(Math.abs(v.low()), Math.abs(v.high())));
                table.row(path + unit.suffix(), unit.text(v.mean()), unit.text(v.median()),
                        Format.interval(unit.scale().apply(v.low()), unit.scale().apply(v.high())));
            });
            page.html(table.html());
            page.grid();
            List<String> paths = List.copyOf(h.parameters().keySet());
            for (String path : paths) {
                page.chart(path, "posterior density", density(mine, path, h.parameters().get(path),
                        unit(path, largest(mine, path))), Page.Size.THIRD);
            }
            for (int a = 0; a < paths.size(); a++) {
                for (int b = a + 1; b < paths.size(); b++) {
                    page.chart(paths.get(a) + " × " + paths.get(b), "darker dots: larger weight",
                            scatter(mine, paths.get(a), paths.get(b), unit(paths.get(a), largest(mine, paths.get(a))),
                                    unit(paths.get(b), largest(mine, paths.get(b)))), Page.Size.THIRD);
                }
            }
        }
    }

    /**
     * The priors the fit started from: one row per parameter, with the range the scenario accepts.
     * The values the file gives these parameters are placeholders, replaced by draws.
     */
    private void priors(Page page) {
        var priors = scenario.inference().priors();
        page.section("priors", "Priors", "Priors", "What the fit assumed about each parameter before seeing the "
                + "observations. The file's own values for these parameters are placeholders: every simulation draws "
                + "them from these priors.");
        if (priors.isEmpty()) {
            page.html("<p>No parameter is fitted: only the hypotheses are weighed.</p>");
            return;
        }
        Markup.Table table = new Markup.Table("fit-priors", List.of("Parameter", "Prior", "Allowed by the scenario"),
                List.of(false, false, false));
        priors.forEach((path, prior) -> {
            Parameter parameter = scenario.inference().parameters().get(path);
            boolean duration = parameter != null && parameter.type() == Parameter.Type.DURATION;
            DoubleFunction<String> text = duration ? Format::duration : Format::number;
            table.row(path, prior(prior, text), parameter == null ? Format.NONE
                    : text.apply(parameter.min()) + " to " + text.apply(parameter.max()));
        });
        page.html(table.html());
    }

    static String prior(Prior prior, DoubleFunction<String> text) {
        if (prior instanceof Prior.Uniform u) {
            return "uniform " + text.apply(u.min()) + " to " + text.apply(u.max());
        } else if (prior instanceof Prior.LogUniform u) {
            return "log-uniform " + text.apply(u.min()) + " to " + text.apply(u.max());
        } else if (prior instanceof Prior.Beta b) {
            return "beta, α " + Format.number(b.alpha()) + ", β " + Format.number(b.beta());
        } else if (prior instanceof Prior.Normal n) {
            return "normal, mean " + text.apply(n.mean()) + ", sd " + text.apply(n.sd()) + ", within "
                    + text.apply(n.min()) + " to " + text.apply(n.max());
        } else if (prior instanceof Prior.Choice c) {
            List<String> options = new ArrayList<>();
            for (int i = 0; i < c.values().size(); i++) {
                options.add(text.apply(c.values().get(i)) + " (" + Format.percent(c.weights().get(i)) + ")");
            }
            return "one of " + String.join(", ", options);
        }
        return prior.toString();
    }

    /** How a parameter's values read: durations in one unit fitting {@code largest} seconds, numbers as they are. */
    private record Unit(DurationScale scale, boolean duration) {

        String suffix() {
            return duration ? " (" + scale.unit() + ")" : "";
        }

        String text(double value) {
            return Format.number(scale.apply(value));
        }
    }

    private Unit unit(String path, double largest) {
        Parameter parameter = scenario.inference().parameters().get(path);
        boolean duration = parameter != null && parameter.type() == Parameter.Type.DURATION;
        return new Unit(duration ? DurationScale.fitting(largest) : new DurationScale("", 1), duration);
    }

    private static double largest(List<Particle> particles, String path) {
        return particles.stream().mapToDouble(p -> Math.abs(p.parameters().get(path))).max().orElse(0);
    }

    /** The weighted histogram of one parameter, in its unit (durations in min, h or d as they fit). */
    private ObjectNode density(List<Particle> particles, String path, ParameterPosterior summary, Unit unit) {
        DurationScale scale = unit.scale();
        double min = particles.stream().mapToDouble(p -> scale.apply(p.parameters().get(path))).min().orElse(0);
        double max = particles.stream().mapToDouble(p -> scale.apply(p.parameters().get(path))).max().orElse(1);
        if (!(max > min)) {
            max = min + Math.max(1e-9, Math.abs(min) * 1e-6);
        }
        double width = (max - min) / BINS;
        double[] mass = new double[BINS];
        double total = 0;
        for (Particle p : particles) {
            int bin = (int) Math.min(BINS - 1, Math.floor((scale.apply(p.parameters().get(path)) - min) / width));
            mass[bin] += p.weight();
            total += p.weight();
        }
        double[] centres = new double[BINS];
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < BINS; i++) {
            centres[i] = min + (i + 0.5) * width;
            mass[i] = mass[i] / total / width;
            titles.add(Format.number(min + i * width) + " – " + Format.number(min + (i + 1) * width));
        }
        return Charts.line(Charts.linearAxis(path + unit.suffix() + " (mean " + unit.text(summary.mean()) + ")"),
                centres, titles,
                "density", "", List.of(Charts.Series.plain("density", Charts.color(0), mass)));
    }

    private static ObjectNode scatter(List<Particle> particles, String x, String y, Unit xUnit, Unit yUnit) {
        ObjectNode spec = Json.object();
        spec.put("type", "scatter");
        spec.put("xTitle", x + xUnit.suffix());
        spec.put("yTitle", y + yUnit.suffix());
        ArrayNode points = spec.putArray("points");
        double most = particles.stream().mapToDouble(Particle::weight).max().orElse(1);
        int step = Math.max(1, (particles.size() + MOST_SCATTER_POINTS - 1) / MOST_SCATTER_POINTS);
        for (int i = 0; i < particles.size(); i += step) {
            Particle p = particles.get(i);
            ArrayNode point = points.addArray();
            point.add(xUnit.scale().apply(p.parameters().get(x)));
            point.add(yUnit.scale().apply(p.parameters().get(y)));
            point.add(most > 0 ? p.weight() / most : 1);
        }
        return spec;
    }

    private void generations(Page page) {
        page.section("generations", "Generations", "Each generation's tolerance (largest scaled distance allowed "
                + "from any observed range; 0 is an exact match) and acceptance rate.");
        int n = result.generations();
        double[] index = new double[n];
        List<String> titles = new ArrayList<>();
        for (int g = 0; g < n; g++) {
            index[g] = g;
            titles.add("generation " + g);
        }
        double[] tolerances = result.tolerances().stream().mapToDouble(Double::doubleValue).toArray();
        double[] rates = result.acceptanceRates().stream().mapToDouble(r -> 100 * r).toArray();
        page.grid();
        page.chart("Tolerance", "the first generation accepts every prior draw",
                Charts.line(Charts.linearAxis("generation"), index, titles, "tolerance", "",
                        List.of(Charts.Series.plain("tolerance", Charts.TOTAL, tolerances))), Page.Size.HALF);
        page.chart("Acceptance rate", "",
                Charts.line(Charts.linearAxis("generation"), index, titles, "accepted", "%",
                        List.of(Charts.Series.plain("acceptance", Charts.color(1), rates))), Page.Size.HALF);
        List<Charts.Series> ess = new ArrayList<>();
        ess.add(Charts.Series.plain("all hypotheses", Charts.TOTAL,
                result.effectiveSizes().stream().mapToDouble(Double::doubleValue).toArray()));
        int colour = 1;
        for (java.util.Map.Entry<String, List<Double>> h : result.hypothesisEffectiveSizes().entrySet()) {
            ess.add(Charts.Series.plain(h.getKey(), Charts.color(colour++),
                    h.getValue().stream().mapToDouble(Double::doubleValue).toArray()));
        }
        page.chart("Effective sample size", "Kish's ESS of each generation's weights, in all and per hypothesis",
                Charts.line(Charts.linearAxis("generation"), index, titles, "ESS", "", ess), Page.Size.WIDE);
    }

    private static double[] values(Predictive predictive, int k, String hypothesis) {
        List<Double> values = new ArrayList<>();
        for (int d = 0; d < predictive.draws(); d++) {
            if (hypothesis == null || predictive.hypotheses().get(d).equals(hypothesis)) {
                values.add(predictive.values()[d][k]);
            }
        }
        double[] sorted = unbox(values);
        Arrays.sort(sorted);
        return sorted;
    }

    private static void add(List<String> groups, List<Double> medians, List<Double> lows, List<Double> highs,
            List<String> notes, String label, double[] sorted) {
        groups.add(label);
        notes.add(sorted.length + " draws");
        medians.add(quantile(sorted, 0.5));
        lows.add(quantile(sorted, 0.05));
        highs.add(quantile(sorted, 0.95));
    }

    /** The empirical quantile of sorted values (the smallest with at least that share at or below it). */
    private static double quantile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double[] unbox(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static String fixed(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    private static String factor(double value) {
        if (Double.isNaN(value)) {
            return Format.NONE;
        }
        return Double.isInfinite(value) ? "∞ (all others at 0)" : String.format(Locale.ROOT, "%.3g", value);
    }

    private static String footer(FitResult result, Assets assets) {
        String version = FitReport.class.getPackage().getImplementationVersion();
        return "<p>Made by CorridorSim " + Html.text(version == null ? "(development build)" : version) + " from "
                + Format.number(result.simulations()) + " simulated replications. Charts drawn with Chart.js "
                + Html.text(assets.chartJsVersion()) + " (MIT licence), inlined: this file needs no network.</p>\n"
                + "<p>Exact values are in fit.json and posterior.csv beside this file. Method and caveats: "
                + "docs/fitting.md.</p>";
    }
}
