package org.corridorsim.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.corridorsim.format.Format;
import org.corridorsim.inference.FitResult;
import org.corridorsim.inference.HypothesisPosterior;
import org.corridorsim.inference.Predictive;
import org.corridorsim.scenario.Observation;
import org.corridorsim.scenario.Scenario;

/**
 * The report of a fit: hypothesis probabilities, the observations with the posterior predictive
 * distribution around them, each parameter's marginal posterior and pairwise scatter, and how
 * the tolerance fell over the generations.
 */
final class FitReport {

    /** The level of the parameter intervals on the page. */
    private static final double LEVEL = 0.95;

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
        new FitSeries(result).write(page);
        observations(page);
        FitParameters parameters = new FitParameters(result);
        parameters.priors(page);
        parameters.write(page);
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
                Charts.line(Charts.countAxis("generation"), index, titles, "tolerance", "",
                        List.of(Charts.Series.plain("tolerance", Charts.TOTAL, tolerances))), Page.Size.HALF);
        page.chart("Acceptance rate", "",
                Charts.line(Charts.countAxis("generation"), index, titles, "accepted", "%",
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
                Charts.line(Charts.countAxis("generation"), index, titles, "ESS", "", ess), Page.Size.WIDE);
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

    static String fixed(double value) {
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
