package org.corridorsim.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.DoubleFunction;
import org.corridorsim.experiment.ComparisonResult;
import org.corridorsim.experiment.ExperimentResult;
import org.corridorsim.experiment.MetricComparison;
import org.corridorsim.experiment.ObservationCheck;
import org.corridorsim.experiment.ThroughputSummary;
import org.corridorsim.format.Format;
import org.corridorsim.model.MetricNames;
import org.corridorsim.policy.BlockingPolicy;
import org.corridorsim.scenario.Scenario;
import org.corridorsim.stats.Summary;

/**
 * The report of a comparison: the variants, every figure side by side with the paired difference
 * from the baseline and its interval, and charts of both.
 */
final class ComparisonReport {

    private final List<Scenario> scenarios;
    private final ComparisonResult comparison;
    private final List<String> labels;
    private final double confidence;
    private final Map<String, List<ObservationCheck>> checks;

    private ComparisonReport(List<Scenario> scenarios, ComparisonResult comparison,
            Map<String, List<ObservationCheck>> checks) {
        this.scenarios = scenarios;
        this.checks = checks;
        this.comparison = comparison;
        this.labels = comparison.labels();
        this.confidence = comparison.results().get(0).confidence();
    }

    /** @param checks per variant label, the comparison's observations against that variant */
    static String html(List<Scenario> scenarios, ComparisonResult comparison, Map<String, List<ObservationCheck>> checks,
            Assets assets) {
        return new ComparisonReport(scenarios, comparison, checks).page().render(assets,
                Footer.html(assets, comparison.results(), "comparison.json and comparison.csv"));
    }

    private Page page() {
        Scenario baseline = scenarios.get(0);
        ScenarioOverview overview = new ScenarioOverview(baseline);
        // Named after what is compared, not after the baseline alone.
        String title = "Comparison: " + String.join(" vs. ", labels);
        Page page = new Page("comparison", title, confidence);
        page.header(overview.header("comparison of " + labels.size() + " variants", title,
                Footer.runFacts(comparison.results().get(0)) + " per variant · common random numbers"));
        variants(page);
        page.html(Headline.assumptions(scenarios, "the variants'"));
        ObservedMarks.section(page, checks);
        figures(page);
        charts(page);
        overTime(page, overview.clock());
        blockedByPolicy(page);
        Footer.sources(page, baseline);
        return page;
    }

    private void variants(Page page) {
        page.section("variants", "Variants", "Every variant ran the same replications with the same random numbers "
                + "wherever they agree, so the paired differences show the effect of the change rather than chance.");
        Markup.Table table = new Markup.Table("variants", List.of("Variant", "In charts", "Scenario", "Blocking policies",
                "Evacuated"), List.of(false, false, false, false, true));
        List<String> names = shortLabels();
        MetricComparison evacuated = comparison.metric("evacuated");
        for (int v = 0; v < labels.size(); v++) {
            Scenario scenario = scenarios.get(v);
            String policies = scenario.evacuation().blocking().stream().map(BlockingPolicy::id)
                    .reduce((a, b) -> a + ", " + b).orElse("none");
            Summary s = evacuated.summaries().get(labels.get(v));
            table.markupRow(List.of(variantName(v), Html.text(names.get(v)), Html.text(scenario.title()), Html.text(policies),
                    s == null ? Format.NONE : Markup.metric("evacuated", s, Format::number, "data-variant", labels.get(v))));
        }
        page.html(table.html());
    }

    private String variantName(int v) {
        return "<span class=\"swatch\" style=\"background:" + Charts.color(v) + "\"></span>" + Html.text(labels.get(v))
                + (v == 0 ? "<span class=\"baseline-tag\">baseline</span>" : "");
    }

    private void figures(Page page) {
        page.section("figures", "Figures and paired differences", "Figures", "Means with " + Format.percent(confidence)
                + " confidence half-widths. Under each variant's mean, Δ is its paired difference from the baseline "
                + "(variant minus baseline, replication by replication) with its half-width; bold where that interval "
                + "excludes zero. Figures marked \u201cevacuated only\u201d are averaged over the groups that got out: "
                + "a variant that lets fewer people out can look faster only because of who got out, so their "
                + "differences are never shown as improvements.");
        List<String> header = new ArrayList<>(List.of("Figure"));
        List<Boolean> numeric = new ArrayList<>(List.of(false));
        for (int v = 0; v < labels.size(); v++) {
            header.add(labels.get(v) + (v == 0 ? " (baseline)" : ""));
            numeric.add(true);
        }
        Markup.Table table = new Markup.Table("comparison", header, numeric);
        for (MetricComparison metric : comparison.metrics()) {
            if (MetricLabels.isCorridor(metric.metric())) {
                continue;
            }
            // One unit and one rounding per row: durations all in min (or h), no 0.0000391 beside 12.5.
            double largest = 0;
            for (String label : labels) {
                Summary s = metric.summaries().get(label);
                largest = Math.max(largest, s == null || !Double.isFinite(s.mean()) ? 0 : Math.abs(s.mean()));
            }
            DurationScale scale = MetricLabels.isDuration(metric.metric()) ? DurationScale.fitting(largest) : DurationScale.NONE;
            DoubleFunction<String> unit = metric.metric().endsWith(".utilization") ? MetricLabels.unit(metric.metric())
                    : scale.column(largest, true);
            List<String> cells = new ArrayList<>(List.of(Html.text(MetricLabels.label(metric.metric()))
                    + (MetricLabels.isConditional(metric.metric())
                            ? " <span class=\"conditional\" title=\"averaged over evacuated groups only\">"
                                    + "evacuated only</span>" : "")));
            for (int v = 0; v < labels.size(); v++) {
                String label = labels.get(v);
                Summary s = metric.summaries().get(label);
                Summary d = metric.differences().get(label);
                String cell = s == null ? Format.NONE : Markup.metric(metric.metric(), s, unit, "data-variant", label);
                if (v > 0 && d != null) {
                    cell += "<br>" + Markup.difference(metric.metric(), d, unit, "data-variant", label);
                }
                cells.add(cell);
            }
            table.markupRow(cells);
        }
        page.html(table.html());
    }

    /** Labels for charts: without the prefix that all share, e.g. "no-blocking" for "aleppo-2016-10-no-blocking". */
    private List<String> shortLabels() {
        String base = labels.get(0);
        boolean prefixed = labels.stream().skip(1).allMatch(l -> l.length() > base.length() + 1 && l.startsWith(base)
                && "-_. ".indexOf(l.charAt(base.length())) >= 0);
        if (!prefixed) {
            return labels;
        }
        List<String> shorter = new ArrayList<>(List.of("baseline"));
        labels.stream().skip(1).forEach(l -> shorter.add(l.substring(base.length() + 1)));
        return shorter;
    }

    private void charts(Page page) {
        page.section("side-by-side", "Side by side", "Each variant's mean with its " + Format.percent(confidence)
                + " confidence interval.");
        page.grid();
        for (String metric : MetricLabels.CHARTED) {
            metric(metric).ifPresent(m -> page.chart(MetricLabels.label(metric), "", bars(m, false), Page.Size.THIRD));
        }
        page.section("differences", "Paired differences from the baseline", "Differences", "Variant minus baseline with the "
                + Format.percent(confidence) + " confidence interval of the paired difference; bars that cross the "
                + "zero line are not distinguishable from no change.");
        page.grid();
        for (String metric : MetricLabels.CHARTED) {
            metric(metric).filter(MetricComparison::isDifferenced)
                    .ifPresent(m -> page.chart(MetricLabels.label(metric), MetricLabels.isConditional(metric)
                                    ? "variant − baseline, over evacuated groups only: not an improvement by itself"
                                    : "variant − baseline",
                            Charts.signed(bars(m, true)), Page.Size.THIRD));
        }
    }

    /** Bars per variant of a metric's means, or of its differences from the baseline. */
    private ObjectNode bars(MetricComparison metric, boolean differences) {
        List<String> categories = new ArrayList<>();
        List<Summary> values = new ArrayList<>();
        List<TextNode> colors = new ArrayList<>();
        List<String> names = shortLabels();
        for (int v = differences ? 1 : 0; v < labels.size(); v++) {
            Summary s = (differences ? metric.differences() : metric.summaries()).get(labels.get(v));
            if (s != null) {
                categories.add(names.get(v));
                values.add(s);
                colors.add(TextNode.valueOf(Charts.color(v)));
            }
        }
        boolean duration = MetricLabels.isDuration(metric.metric());
        DurationScale scale = DurationScale.fitting(values.stream().mapToDouble(s -> Math.abs(s.mean())).max().orElse(0));
        String unit = duration ? scale.unit() : MetricLabels.countUnit(metric.metric());
        ObjectNode spec = Charts.bars(categories, List.of(), differences ? "difference (" + unit + ")" : unit, unit,
                List.of(Charts.Series.of(differences ? "difference" : "mean", Charts.TOTAL, values,
                        duration ? scale::apply : x -> x)), true);
        spec.set("categoryColors", Json.array().addAll(colors));
        return spec;
    }

    private void overTime(Page page, LocalTimeAxis clock) {
        List<Charts.Series> series = new ArrayList<>();
        ExperimentResult first = comparison.results().get(0);
        Optional<ThroughputSummary> base = total(first);
        if (base.isEmpty()) {
            return;
        }
        int bins = base.get().bins();
        for (int v = 0; v < labels.size(); v++) {
            ExperimentResult result = comparison.results().get(v);
            Optional<ThroughputSummary> total = result.cumulative().stream()
                    .filter(s -> s.corridor().equals(MetricNames.ALL) && s.kind().equals(MetricNames.ALL)).findFirst();
            // Variants with another horizon or bin width cannot share the baseline's time axis.
            if (total.isPresent() && total.get().bins() == bins && result.binWidth() == first.binWidth()) {
                series.add(Charts.fromZero(shortLabels().get(v), Charts.color(v), total.get()));
            }
        }
        double[] ends = new double[bins + 1];
        List<String> titles = new ArrayList<>();
        for (int i = 0; i <= bins; i++) {
            ends[i] = Math.min(i * first.binWidth(), clock.horizon());
            titles.add("by " + clock.label(ends[i]));
        }
        page.section("over-time", "Evacuation over time", "Over time", "Cumulative persons evacuated, all corridors; means across "
                + "replications with their confidence bands, on the baseline's clock.");
        ObjectNode spec = Charts.line(clock.json(), ends, titles, "persons", "persons", series);
        ObservedMarks.onTimeChart(spec, ObservedMarks.observedOf(scenarios), List.of("evacuated"));
        page.chart("Cumulative evacuated per variant", "", spec, Page.Size.WIDE);
    }

    private void blockedByPolicy(Page page) {
        Set<String> policies = new LinkedHashSet<>();
        for (MetricComparison metric : comparison.metrics()) {
            if (metric.metric().startsWith("blocked.")) {
                policies.add(metric.metric());
            }
        }
        if (policies.isEmpty()) {
            return;
        }
        List<String> categories = policies.stream().map(p -> p.substring("blocked.".length())).toList();
        List<Charts.Series> series = new ArrayList<>();
        for (int v = 0; v < labels.size(); v++) {
            String label = labels.get(v);
            double[] mean = new double[policies.size()];
            double[] lower = new double[policies.size()];
            double[] upper = new double[policies.size()];
            int i = 0;
            for (String policy : policies) {
                Summary s = comparison.metric(policy).summaries().get(label);
                mean[i] = s == null ? Double.NaN : s.mean();
                lower[i] = s == null ? Double.NaN : s.lower();
                upper[i] = s == null ? Double.NaN : s.upper();
                i++;
            }
            series.add(new Charts.Series(shortLabels().get(v), Charts.color(v), mean, lower, upper));
        }
        page.section("stopped", "Who was stopped, by which policy", "Stopped", "Stops by each blocking policy (a person stopped twice "
                + "counts twice) in each variant that has it, with " + Format.percent(confidence) + " confidence intervals.");
        page.chart("Stops per policy", "", Charts.bars(categories, List.of(), "stops", "stops", series, true),
                Page.Size.WIDE);
    }

    private Optional<MetricComparison> metric(String name) {
        return comparison.metrics().stream().filter(m -> m.metric().equals(name)).findFirst();
    }

    private static Optional<ThroughputSummary> total(ExperimentResult result) {
        return result.throughput().stream()
                .filter(s -> s.corridor().equals(MetricNames.ALL) && s.kind().equals(MetricNames.ALL)).findFirst();
    }
}
