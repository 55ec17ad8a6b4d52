package org.corridorsim.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.corridorsim.experiment.SweepRow;
import org.corridorsim.format.Format;
import org.corridorsim.model.Corridor;
import org.corridorsim.scenario.Scenario;
import org.corridorsim.scenario.ScenarioOverride;
import org.corridorsim.stats.Summary;

/**
 * The report of a sweep: each metric against the swept parameter, with its confidence band; over
 * two parameters, each metric as a heat map over their grid.
 */
final class SweepReport {

    private final Scenario scenario;
    private final List<SweepRow> rows;
    private final List<List<ScenarioOverride>> points;
    /** The parameters that take more than one value, each with its value at every point. */
    private final Map<String, List<String>> varying = new LinkedHashMap<>();
    private final double confidence;

    private SweepReport(Scenario scenario, List<SweepRow> rows, List<List<ScenarioOverride>> points) {
        this.scenario = scenario;
        this.rows = rows;
        this.points = points;
        this.confidence = rows.get(0).result().confidence();
        Set<String> paths = new LinkedHashSet<>();
        points.forEach(point -> point.forEach(o -> paths.add(o.path())));
        for (String path : paths) {
            List<String> values = points.stream().map(point -> valueAt(point, path)).toList();
            if (values.stream().distinct().count() > 1) {
                varying.put(path, values);
            }
        }
    }

    static String html(Scenario scenario, List<SweepRow> rows, List<List<ScenarioOverride>> points, Assets assets) {
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("a sweep report needs at least 1 point, got none");
        }
        return new SweepReport(scenario, rows, points).page().render(assets,
                Footer.html(assets, rows.stream().map(SweepRow::result).toList(), "sweep.csv"));
    }

    private Page page() {
        ScenarioOverview overview = new ScenarioOverview(scenario);
        Page page = new Page("sweep", "Sweep: " + scenario.title(), confidence);
        page.header(overview.header("sweep of " + rows.size() + (rows.size() == 1 ? " point" : " points"),
                Footer.runFacts(rows.get(0).result()) + " per point · common random numbers"));
        pointsTable(page);
        page.html(Headline.assumptions(scenario));
        metricCharts(page);
        overview.section(page, "Scenario at the first point");
        Footer.sources(page, scenario);
        return page;
    }

    private void pointsTable(Page page) {
        page.section("points", "Points", varying.isEmpty() ? "No parameter takes more than one value."
                : "Swept: " + String.join(", ", varying.keySet()) + ". Means with " + Format.percent(confidence)
                        + " confidence intervals.");
        List<String> header = new ArrayList<>(List.of("#"));
        header.addAll(varying.keySet());
        header.add("Replications");
        List<String> shown = MetricLabels.CHARTED.stream().filter(m -> rows.get(0).summaries().containsKey(m)).toList();
        // One unit and one rounding per column.
        Map<String, java.util.function.DoubleFunction<String>> units = new LinkedHashMap<>();
        for (String m : shown) {
            double largest = rows.stream().map(r -> r.summaries().get(m)).filter(s -> s != null && Double.isFinite(s.mean()))
                    .mapToDouble(s -> Math.abs(s.mean())).max().orElse(0);
            DurationScale scale = MetricLabels.isDuration(m) ? DurationScale.fitting(largest) : DurationScale.NONE;
            units.put(m, scale.column(largest, false));
            header.add(MetricLabels.label(m) + (MetricLabels.isDuration(m) ? " (" + scale.unit() + ")" : ""));
        }
        List<Boolean> numeric = new ArrayList<>();
        header.forEach(h -> numeric.add(numeric.size() > varying.size()));
        Markup.Table table = new Markup.Table("sweep", header, numeric);
        for (int p = 0; p < rows.size(); p++) {
            SweepRow row = rows.get(p);
            List<String> cells = new ArrayList<>(List.of(Integer.toString(p + 1)));
            for (List<String> values : varying.values()) {
                cells.add(Html.text(values.get(p)));
            }
            cells.add(Integer.toString(row.result().replications()));
            for (String metric : shown) {
                Summary s = row.summaries().get(metric);
                cells.add(s == null ? Format.NONE
                        : Markup.metric(metric, s, units.get(metric), "data-point", row.label()));
            }
            table.markupRow(cells);
        }
        page.html(table.html());
    }

    private void metricCharts(Page page) {
        boolean grid = varying.size() == 2;
        page.section("metrics", grid ? "Metrics over the grid of the two swept parameters"
                : varying.size() > 2 ? "Metrics at each point" : "Metrics against the swept parameter",
                "Metrics", grid ? "Means per point, one heat map per metric: darker cells have larger means; hover for "
                        + "the " + Format.percent(confidence) + " confidence interval."
                        : "Means with " + Format.percent(confidence) + " confidence bands; one chart per metric.");
        page.grid();
        List<String> metrics = rows.get(0).result().metrics().stream().filter(m -> !MetricLabels.isCorridor(m)).toList();
        for (String metric : metrics) {
            double largest = rows.stream().filter(r -> r.summaries().containsKey(metric))
                    .mapToDouble(r -> Math.abs(r.summary(metric).mean())).max().orElse(0);
            DurationScale scale = MetricLabels.isDuration(metric) ? DurationScale.fitting(largest) : new DurationScale("", 1);
            String unit = MetricLabels.isDuration(metric) ? scale.unit() : MetricLabels.countUnit(metric);
            double[] means = new double[rows.size()];
            double[] lower = new double[rows.size()];
            double[] upper = new double[rows.size()];
            for (int p = 0; p < rows.size(); p++) {
                Summary s = rows.get(p).summaries().get(metric);
                means[p] = s == null ? Double.NaN : scale.apply(s.mean());
                lower[p] = s == null ? Double.NaN : scale.apply(s.lower());
                upper[p] = s == null ? Double.NaN : scale.apply(s.upper());
            }
            Charts.Series series = new Charts.Series(MetricLabels.label(metric), Charts.TOTAL, means, lower, upper);
            if (grid) {
                page.chart(MetricLabels.label(metric), unit, heatmap(unit, series), Page.Size.THIRD);
            } else {
                page.chart(MetricLabels.label(metric), "", line(unit, List.of(series)), Page.Size.THIRD);
            }
        }
        List<Charts.Series> corridors = new ArrayList<>();
        List<Corridor> all = scenario.evacuation().corridors();
        for (int c = 0; c < all.size(); c++) {
            String metric = "corridor." + all.get(c).id() + ".evacuated";
            double[] means = rows.stream().mapToDouble(r -> r.summaries().containsKey(metric)
                    ? r.summaries().get(metric).mean() : Double.NaN).toArray();
            corridors.add(Charts.Series.plain(all.get(c).id(), Charts.color(c), means));
        }
        if (grid) {
            for (Charts.Series corridor : corridors) {
                page.chart("Evacuated through " + corridor.label(), "persons; intervals: corridor." + corridor.label()
                        + ".evacuated_half_width in sweep.csv", heatmap("persons", corridor), Page.Size.THIRD);
            }
            return;
        }
        page.chart("Evacuated per corridor", "means; each corridor has its own dash pattern, so lines that coincide "
                + "stay visible; intervals: corridor.<id>.evacuated_half_width in sweep.csv",
                Charts.dashed(line("persons", corridors)), Page.Size.WIDE);
    }

    /** The series as a heat map over the two varying parameters: the first across, the second up. */
    private ObjectNode heatmap(String unit, Charts.Series series) {
        List<String> names = List.copyOf(varying.keySet());
        List<String> across = varying.get(names.get(0)).stream().distinct().toList();
        List<String> up = varying.get(names.get(1)).stream().distinct().toList();
        List<double[]> cells = new ArrayList<>();
        for (int p = 0; p < rows.size(); p++) {
            boolean bounded = series.lower().length > 0;
            cells.add(new double[] {across.indexOf(varying.get(names.get(0)).get(p)),
                up.indexOf(varying.get(names.get(1)).get(p)), series.values()[p],
                bounded ? series.lower()[p] : Double.NaN, bounded ? series.upper()[p] : Double.NaN});
        }
        return Charts.heatmap(series.label(), names.get(0), across, names.get(1), up, unit, cells);
    }

    /** A line over the points: on a numeric axis when one numeric parameter varies, else one category per point. */
    private ObjectNode line(String unit, List<Charts.Series> series) {
        List<String> titles = new ArrayList<>();
        for (int p = 0; p < rows.size(); p++) {
            titles.add(pointLabel(p));
        }
        if (varying.size() == 1) {
            Map.Entry<String, List<String>> parameter = varying.entrySet().iterator().next();
            double[] positions = numbers(parameter.getValue());
            if (positions.length == rows.size()) {
                ObjectNode axis = Charts.linearAxis(parameter.getKey());
                if (positions.length <= 12) {
                    axis.set("at", Json.numbers(positions)); // ticks at the swept values only
                }
                return Charts.line(axis, positions, titles, unit, unit, series);
            }
        }
        if (varying.size() > 1) {
            // Labels naming every parameter would fill the chart: the axis numbers the points as the table does.
            List<String> numbers = new ArrayList<>();
            for (int p = 0; p < rows.size(); p++) {
                numbers.add(Integer.toString(p + 1));
            }
            return Charts.line(Charts.categoryAxis("point (# in the Points table)", numbers), new double[0], titles, unit,
                    unit, series);
        }
        String axisTitle = varying.isEmpty() ? "point" : String.join(", ", varying.keySet());
        return Charts.line(Charts.categoryAxis(axisTitle, titles), new double[0], titles, unit, unit, series);
    }

    private String pointLabel(int p) {
        if (varying.isEmpty()) {
            return rows.get(p).label().isEmpty() ? "point " + (p + 1) : rows.get(p).label();
        }
        return varying.entrySet().stream()
                .map(e -> varying.size() == 1 ? e.getValue().get(p) : e.getKey() + "=" + e.getValue().get(p))
                .collect(Collectors.joining(" "));
    }

    /** The values as numbers, or an empty array when any is not a plain number. */
    private static double[] numbers(List<String> values) {
        double[] numbers = new double[values.size()];
        for (int i = 0; i < numbers.length; i++) {
            try {
                numbers[i] = Double.parseDouble(values.get(i));
            } catch (NumberFormatException e) {
                return new double[0];
            }
            if (!Double.isFinite(numbers[i])) {
                return new double[0];
            }
        }
        return numbers;
    }

    /** The last value a point gives {@code path}: later overrides win, as when they are applied. */
    private static String valueAt(List<ScenarioOverride> point, String path) {
        String value = "";
        for (ScenarioOverride override : point) {
            if (override.path().equals(path)) {
                value = override.value();
            }
        }
        return value;
    }
}
