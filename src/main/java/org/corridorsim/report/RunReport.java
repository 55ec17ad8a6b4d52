package org.corridorsim.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corridorsim.experiment.ExperimentResult;
import org.corridorsim.experiment.ObservationCheck;
import org.corridorsim.experiment.ThroughputSummary;
import org.corridorsim.format.Format;
import org.corridorsim.model.Corridor;
import org.corridorsim.model.MetricNames;
import org.corridorsim.policy.BlockingPolicy;
import org.corridorsim.scenario.Scenario;
import org.corridorsim.stats.Summary;

/** The report of one experiment: headline figures, the scenario, and charts of what happened when and where. */
final class RunReport {

    private final Scenario scenario;
    private final ExperimentResult result;
    private final ScenarioOverview overview;
    private final LocalTimeAxis clock;
    private final List<ObservationCheck> checks;

    private RunReport(Scenario scenario, ExperimentResult result, List<ObservationCheck> checks) {
        this.scenario = scenario;
        this.result = result;
        this.checks = checks;
        this.overview = new ScenarioOverview(scenario);
        this.clock = overview.clock();
    }

    static String html(Scenario scenario, ExperimentResult result, List<ObservationCheck> checks, Assets assets) {
        return new RunReport(scenario, result, checks).page().render(assets, Footer.html(assets, List.of(result),
                "summary.json, replications.csv and timeseries.csv"));
    }

    /** Says plainly when the numbers below are not what was asked for; empty otherwise. */
    static String banner(ExperimentResult result) {
        if (!result.complete()) {
            String why = result.failure().map(ExperimentResult.Failure::message).orElse("the run stopped early");
            return "<div class=\"banner partial\" role=\"alert\"><strong>Partial results.</strong> "
                    + result.replications() + " of " + result.requested() + " replications completed; every figure"
                    + " below is from those only. Why: " + Html.text(why)
                    + ". Run the same command with --resume to complete it.</div>";
        }
        if (result.precisionMissed()) {
            var target = result.precision().orElseThrow();
            return "<div class=\"banner missed\" role=\"note\"><strong>Precision target missed.</strong> After "
                    + result.replications() + " replications the relative half-width of " + Html.text(target.metric())
                    + " is " + Format.percent(result.achievedPrecision()) + ", wider than the target of "
                    + Format.percent(target.relativeHalfWidth()) + ".</div>";
        }
        return "";
    }

    private Page page() {
        Page page = new Page("run", scenario.title(), result.confidence());
        page.header(overview.header("run report", Footer.runFacts(result)));
        page.html(banner(result));
        page.section("headline", "Headline figures", "Headline", result.replications() == 1
                ? "Persons, from a single replication: no confidence interval."
                : "Persons, as the mean over " + result.replications() + " replications with its "
                        + Format.percent(result.confidence()) + " confidence interval.");
        page.html(Headline.cards(scenario, result.summaries()));
        page.html(Headline.assumptions(scenario));
        ObservedMarks.section(page, Map.of(scenario.id(), checks));
        overview.summary(page, "Scenario");
        overTime(page);
        stopped(page);
        checkpoints(page);
        timeInSystem(page);
        overview.details(page, "Corridors, populations and policies", "Details");
        Footer.sources(page, scenario);
        return page;
    }

    private void overTime(Page page) {
        page.section("over-time", "Evacuation over time", "Over time", "Means across replications; shaded bands are "
                + Format.percent(result.confidence()) + " confidence intervals for each time bin.");
        Optional<ThroughputSummary> total = series(MetricNames.ALL, MetricNames.ALL);
        if (total.isEmpty()) {
            page.html("<p>No replication completed, so there is nothing to draw.</p>");
            return;
        }
        int bins = total.get().bins();
        double width = result.binWidth();
        double[] ends = new double[bins + 1];
        List<String> endTitles = new ArrayList<>();
        for (int i = 0; i <= bins; i++) {
            ends[i] = Math.min(i * width, scenario.horizon());
            endTitles.add("by " + clock.label(ends[i]));
        }
        List<Charts.Series> cumulative = new ArrayList<>();
        cumulativeSeries(MetricNames.ALL, MetricNames.ALL).ifPresent(s -> cumulative.add(
                Charts.fromZero("all kinds", Charts.TOTAL, s)));
        cumulativeSeries(MetricNames.ALL, "civilian").ifPresent(s -> cumulative.add(
                Charts.fromZero("civilian", Charts.CIVILIAN, s)));
        cumulativeSeries(MetricNames.ALL, "fighter").ifPresent(s -> cumulative.add(
                Charts.fromZero("fighter", Charts.FIGHTER, s)));
        ObjectNode cumulativeSpec = Charts.line(clock.json(), ends, endTitles, "persons", "persons", cumulative);
        ObservedMarks.onTimeChart(cumulativeSpec, scenario.inference().observed(),
                List.of("evacuated", "evacuated.civilian", "evacuated.fighter"));
        page.chart("Cumulative evacuated, all corridors",
                "persons out by each time; mean across replications, shaded: confidence interval", cumulativeSpec,
                Page.Size.WIDE);

        double[] middles = new double[bins];
        List<String> binTitles = new ArrayList<>();
        for (int i = 0; i < bins; i++) {
            double from = i * width;
            double to = Math.min(from + width, scenario.horizon());
            middles[i] = (from + to) / 2;
            binTitles.add(clock.span(from, to));
        }
        String perBin = "persons " + perBin(width);
        page.chart("Throughput, all corridors", perBin + ", with confidence band",
                Charts.line(clock.json(), middles, binTitles, perBin, "persons",
                        List.of(band("all corridors", Charts.TOTAL, total.get()))), Page.Size.WIDE);
        page.subheading("Throughput per corridor");
        page.html("<p class=\"intro\">" + Html.text("Persons " + perBin(width) + " against " + clock.title()
                + ", on the same scale for every corridor.") + "</p>");
        page.grid();
        List<Corridor> corridors = scenario.evacuation().corridors();
        double top = 0;
        for (Corridor corridor : corridors) {
            // The upper ends, or the means where there is no interval (one replication).
            for (double upper : series(corridor.id(), MetricNames.ALL).map(ThroughputSummary::upper).orElse(new double[0])) {
                top = Math.max(top, Double.isFinite(upper) ? upper : 0);
            }
            for (double mean : series(corridor.id(), MetricNames.ALL).map(ThroughputSummary::mean).orElse(new double[0])) {
                top = Math.max(top, Double.isFinite(mean) ? mean : 0);
            }
        }
        Page.Size size = corridors.size() > 4 ? Page.Size.THIRD : Page.Size.HALF;
        for (int c = 0; c < corridors.size(); c++) {
            Corridor corridor = corridors.get(c);
            Optional<ThroughputSummary> s = series(corridor.id(), MetricNames.ALL);
            if (s.isPresent()) {
                ObjectNode spec = Charts.line(clock.compactJson(), middles, binTitles, perBin, "persons",
                        List.of(band(corridor.id(), Charts.color(c), s.get())));
                ((ObjectNode) spec.get("y")).put("max", niceCeiling(top));
                page.chart(ScenarioOverview.corridorLabel(corridor), "", spec, size);
            }
        }
    }

    private void stopped(Page page) {
        page.section("stopped", "Who was stopped or held, where, and by which policy", "Stopped",
                "Stops (turned back, detained, dispersed) and holds by each blocking policy, then attempts ended"
                        + " at the checkpoints themselves. These count events: a person stopped twice counts twice."
                        + " Whiskers are " + Format.percent(result.confidence()) + " confidence intervals.");
        List<String> categories = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<Summary> stops = new ArrayList<>();
        List<Summary> holds = new ArrayList<>();
        List<String> colors = new ArrayList<>();
        Map<Integer, String> metricOfCategory = new LinkedHashMap<>();
        List<BlockingPolicy> blocking = scenario.evacuation().blocking();
        for (int p = 0; p < blocking.size(); p++) {
            BlockingPolicy policy = blocking.get(p);
            Summary s = result.summaries().get("blocked." + policy.id());
            if (s != null) {
                metricOfCategory.put(categories.size(), "blocked." + policy.id());
                categories.add(policy.id());
                notes.add(PolicyDescription.of(policy, clock).whoAndWhere());
                stops.add(s);
                holds.add(result.summaries().get("delayed." + policy.id()));
                colors.add(Charts.color(p));
            }
        }
        String[][] losses = {
            {"balked.full", "balked: full", "waiting room full"},
            {"balked.closed", "balked: closed", "arrived while the window was closed"},
            {"reneged", "reneged", "gave up waiting"},
            {"sent-home", "sent home", "queue sent home at closing time"},
            {"dispersed", "dispersed", "queue broke up at a closure"}};
        for (String[] loss : losses) {
            Summary s = result.summaries().get(loss[0]);
            if (s != null) {
                metricOfCategory.put(categories.size(), loss[0]);
                categories.add(loss[1]);
                notes.add("at a checkpoint · " + loss[2]);
                stops.add(s);
                holds.add(null);
                colors.add("#8c96a0");
            }
        }
        if (stops.isEmpty()) {
            page.html("<p>No replication completed, so there is nothing to draw.</p>");
            return;
        }
        List<Charts.Series> series = new ArrayList<>();
        series.add(bars("stops", stops));
        if (holds.stream().anyMatch(h -> h != null && h.mean() > 0)) {
            series.add(bars("holds", holds));
        }
        // Events, not persons: stops and holds by policies, attempts ended at the checkpoints (grey).
        ObjectNode spec = Charts.bars(categories, notes, series.size() > 1 ? "events: stops, holds, attempts ended"
                : "events: stops, attempts ended", "", series, true);
        spec.set("categoryColors", Json.array().addAll(colors.stream().map(TextNode::valueOf).toList()));
        ObservedMarks.onBars(spec, scenario.inference().observed(), metricOfCategory);
        if (series.size() > 1) {
            // holds in the policy's colour, lighter, next to its stops
            ((ObjectNode) spec.get("series").get(1)).put("opacity", 0.3);
        }
        page.chart("Stops and holds", "by policy (coloured; holds lighter) and at the checkpoints (grey)", spec,
                Page.Size.WIDE);
    }

    /** One bar per category; a category without the count (a checkpoint has no holds) is 0. */
    private static Charts.Series bars(String label, List<Summary> summaries) {
        int n = summaries.size();
        double[] mean = new double[n];
        double[] lower = new double[n];
        double[] upper = new double[n];
        for (int i = 0; i < n; i++) {
            Summary s = summaries.get(i);
            mean[i] = s == null ? 0 : s.mean();
            lower[i] = s == null ? 0 : s.lower(0);
            upper[i] = s == null ? 0 : s.upper();
        }
        return new Charts.Series(label, Charts.TOTAL, mean, lower, upper);
    }

    private void checkpoints(Page page) {
        page.section("checkpoints", "Checkpoints", "Per corridor, means across replications with "
                + Format.percent(result.confidence()) + " confidence intervals.");
        List<Corridor> corridors = scenario.evacuation().corridors();
        List<String> ids = corridors.stream().map(Corridor::id).toList();
        List<Summary> waits = corridorSummaries("checkpoint.wait");
        List<Summary> queues = corridorSummaries("checkpoint.queue");
        if (waits.size() == corridors.size() && queues.size() == corridors.size()) {
            // An axis scaled to 0.0008 groups would make noise look like a finding: below these, say so instead.
            boolean tinyWaits = largest(waits) < TINY_WAIT_SECONDS;
            boolean tinyQueues = largest(queues) < TINY_QUEUE_GROUPS;
            if (tinyWaits || tinyQueues) {
                page.html("<p class=\"note\" data-note=\"tiny-checkpoint-values\">" + Html.text(tinyNote(
                        tinyWaits, tinyQueues, waits, queues)) + "</p>");
            }
            if (!tinyWaits || !tinyQueues) {
                page.grid();
            }
            if (!tinyWaits) {
                DurationScale scale = DurationScale.fitting(largest(waits));
                page.chart("Wait for screening", "mean wait of a group before its screening starts, in " + scale.unit(),
                        Charts.bars(ids, List.of(), "wait (" + scale.unit() + ")", scale.unit(),
                                List.of(Charts.Series.of("wait", Charts.color(0), waits, scale::apply)), false),
                        Page.Size.HALF);
            }
            if (!tinyQueues) {
                page.chart("Queue at the checkpoint", "groups waiting, averaged over the whole horizon",
                        Charts.bars(ids, List.of(), "groups waiting", "groups",
                                List.of(Charts.Series.of("queue", Charts.color(1), queues, v -> v)), false),
                        Page.Size.HALF);
            }
        }
        page.html(CorridorTable.html(corridors, result.summaries()));
    }

    private void timeInSystem(Page page) {
        page.section("time-in-system", "Time in system",
                "From setting out to leaving through a corridor, for groups that got out: the median, the mean and the "
                        + "90th percentile of each replication, averaged across replications.");
        List<Summary> overall = new ArrayList<>();
        for (String metric : List.of("time-in-system.p50", "time-in-system", "time-in-system.p90")) {
            Optional.ofNullable(result.summaries().get(metric)).ifPresent(overall::add);
        }
        List<Summary> perCorridor = corridorSummaries("time-in-system");
        if (overall.size() < 3) {
            page.html("<p>No replication completed, so there is nothing to draw.</p>");
            return;
        }
        double largest = overall.get(2).upper();
        DurationScale scale = DurationScale.fitting(Double.isFinite(largest) ? largest : overall.get(2).mean());
        page.grid();
        page.chart("Distribution of time in system", "percentiles over all corridors, in " + scale.unit(),
                Charts.bars(List.of("median (p50)", "mean", "90th percentile"), List.of(), "time (" + scale.unit() + ")",
                        scale.unit(), List.of(Charts.Series.of("time in system", Charts.color(6), overall, scale::apply)),
                        false), Page.Size.HALF);
        if (perCorridor.size() == scenario.evacuation().corridors().size()) {
            page.chart("Mean time in system per corridor", "in " + scale.unit(),
                    Charts.bars(scenario.evacuation().corridors().stream().map(Corridor::id).toList(), List.of(),
                            "time (" + scale.unit() + ")", scale.unit(),
                            List.of(Charts.Series.of("mean time in system", Charts.color(4), perCorridor, scale::apply)),
                            false), Page.Size.HALF);
        }
    }

    /** Below this mean wait (and its interval), screening waits are not charted. */
    static final double TINY_WAIT_SECONDS = 1;
    /** Below this time-average number of waiting groups (and its interval), queues are not charted. */
    static final double TINY_QUEUE_GROUPS = 0.01;

    /** The largest upper interval end, or mean where there is no interval; means nobody observed are skipped. */
    private static double largest(List<Summary> summaries) {
        return summaries.stream().mapToDouble(s -> Double.isFinite(s.upper()) ? s.upper() : s.mean())
                .filter(Double::isFinite).max().orElse(0);
    }

    private static String tinyNote(boolean tinyWaits, boolean tinyQueues, List<Summary> waits, List<Summary> queues) {
        List<String> parts = new ArrayList<>();
        if (tinyWaits) {
            parts.add("the mean wait for screening stayed under " + Format.number(TINY_WAIT_SECONDS)
                    + " s at every checkpoint (at most " + Format.duration(largest(waits)) + ")");
        }
        if (tinyQueues) {
            parts.add("fewer than " + Format.number(TINY_QUEUE_GROUPS) + " groups were waiting on average (at most "
                    + Format.number(largest(queues)) + ")");
        }
        String text = String.join(", and ", parts);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1) + ": screening kept up with arrivals, so "
                + (tinyWaits && tinyQueues ? "these are" : "this is") + " not charted. The table below has the values.";
    }

    private List<Summary> corridorSummaries(String suffix) {
        List<Summary> summaries = new ArrayList<>();
        for (Corridor corridor : scenario.evacuation().corridors()) {
            Optional.ofNullable(result.summaries().get("corridor." + corridor.id() + "." + suffix)).ifPresent(summaries::add);
        }
        return summaries;
    }

    private Optional<ThroughputSummary> series(String corridor, String kind) {
        return result.throughput().stream().filter(s -> s.corridor().equals(corridor) && s.kind().equals(kind)).findFirst();
    }

    private static Charts.Series band(String label, String color, ThroughputSummary s) {
        return new Charts.Series(label, color, s.mean(), s.lower(), s.upper());
    }

    private Optional<ThroughputSummary> cumulativeSeries(String corridor, String kind) {
        return result.cumulative().stream().filter(s -> s.corridor().equals(corridor) && s.kind().equals(kind))
                .findFirst();
    }

    private static String perBin(double width) {
        return width == 3600 ? "per hour" : width == 86_400 ? "per day" : "per " + Format.duration(width);
    }

    /** A round number at or above {@code value}: 1, 2 or 5 times a power of ten. */
    static double niceCeiling(double value) {
        if (!(value > 0)) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * power >= value) {
                return step * power;
            }
        }
        return 10 * power;
    }
}
