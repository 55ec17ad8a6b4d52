package org.corridorsim.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.corridorsim.experiment.ThroughputSummary;
import org.corridorsim.stats.Summary;

/**
 * The chart specs that report.js turns into Chart.js charts. Three kinds cover the report: a
 * timeline of intervals per row, lines over an axis (with an optional confidence band), and bars
 * per category (with optional confidence whiskers).
 */
final class Charts {

    /** Colour-blind-safe qualitative colours (Tableau 10), for corridors, variants and metrics. */
    private static final String[] PALETTE = {"#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948",
        "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"};
    static final String TOTAL = "#2d3e50";
    static final String CIVILIAN = "#4e79a7";
    static final String FIGHTER = "#e15759";
    static final String MEDICAL = "#59a14f";

    private Charts() {
    }

    static String color(int index) {
        return PALETTE[index % PALETTE.length];
    }

    /** Dash patterns (on, off, … in pixels), so that lines that coincide stay distinguishable. */
    private static final int[][] DASHES = {{}, {9, 4}, {2, 3}, {12, 3, 2, 3}, {5, 5}, {1, 5}, {14, 6}};

    /**
     * Gives each line of a line chart its own dash pattern, in order: where two lines coincide, the
     * one below shows through the gaps of the one above.
     */
    static ObjectNode dashed(ObjectNode lineSpec) {
        ArrayNode series = (ArrayNode) lineSpec.get("series");
        for (int i = 0; i < series.size(); i++) {
            ArrayNode dash = ((ObjectNode) series.get(i)).putArray("dash");
            // after the patterns run out, the colours alone repeat less often: shift the pattern too
            for (int length : DASHES[i % DASHES.length]) {
                dash.add(length + i / DASHES.length);
            }
        }
        return lineSpec;
    }

    /**
     * Values with the ends of their confidence intervals, one per point or category. The ends are
     * NaN where there is no interval; {@code lower} and {@code upper} are empty for a plain line.
     */
    /** The smallest of 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 times a power of ten that is at least {@code x} (> 0). */
    static double niceCeiling(double x) {
        double power = Math.pow(10, Math.floor(Math.log10(x)));
        for (double step : new double[] {1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) {
            double nice = power >= 1 ? Math.round(step * power) : step * power;
            if (nice >= x) {
                return nice;
            }
        }
        return 10 * power;
    }

    record Series(String label, String color, double[] values, double[] lower, double[] upper) {

        Series {
            if (lower.length != upper.length || lower.length != 0 && lower.length != values.length) {
                throw new IllegalArgumentException("series " + label + " needs no bounds or one pair per value, got "
                        + values.length + " values, " + lower.length + " lower and " + upper.length + " upper");
            }
        }

        static Series plain(String label, String color, double[] values) {
            return new Series(label, color, values, new double[0], new double[0]);
        }

        /** Means and intervals of {@code summaries}, each value passed through {@code scale} (e.g. seconds to hours). */
        static Series of(String label, String color, List<Summary> summaries, DoubleUnaryOperator scale) {
            return new Series(label, color,
                    summaries.stream().mapToDouble(s -> scale.applyAsDouble(s.mean())).toArray(),
                    summaries.stream().mapToDouble(s -> scale.applyAsDouble(s.lower())).toArray(),
                    summaries.stream().mapToDouble(s -> scale.applyAsDouble(s.upper())).toArray());
        }

        ObjectNode json() {
            ObjectNode node = Json.object();
            node.put("label", label);
            node.put("color", color);
            node.set("values", Json.numbers(values));
            if (lower.length > 0) {
                node.set("lower", Json.numbers(lower));
                node.set("upper", Json.numbers(upper));
            }
            return node;
        }
    }

    /**
     * Horizontal bars of open intervals on a time axis.
     *
     * @param intervals for each row, its intervals as {from, to} in seconds
     * @param tooltips for each row, one text per interval
     */
    static ObjectNode timeline(List<String> rows, List<List<double[]>> intervals, List<List<String>> tooltips,
            LocalTimeAxis axis, String legend) {
        ObjectNode spec = Json.object();
        spec.put("type", "timeline");
        spec.put("legend", legend);
        spec.set("x", axis.json());
        ArrayNode rowNodes = spec.putArray("rows");
        for (int r = 0; r < rows.size(); r++) {
            ObjectNode row = rowNodes.addObject();
            row.put("label", rows.get(r));
            ArrayNode spans = row.putArray("intervals");
            for (double[] interval : intervals.get(r)) {
                spans.addArray().add(interval[0]).add(interval[1]);
            }
            ArrayNode texts = row.putArray("tooltips");
            tooltips.get(r).forEach(texts::add);
        }
        return spec;
    }

    /**
     * Lines over a time, numeric or category axis, with a band between the interval ends.
     *
     * @param x the axis, from {@link LocalTimeAxis#json()}, {@link #linearAxis} or {@link #categoryAxis}
     * @param positions each point's place on a time or numeric axis; ignored on a category axis
     * @param pointTitles each point's tooltip heading
     */
    static ObjectNode line(ObjectNode x, double[] positions, List<String> pointTitles, String yTitle, String unit,
            List<Series> series) {
        ObjectNode spec = Json.object();
        spec.put("type", "line");
        spec.set("x", x);
        spec.set("positions", Json.numbers(positions));
        ArrayNode titles = spec.putArray("pointTitles");
        pointTitles.forEach(titles::add);
        spec.set("y", valueAxis(yTitle, unit));
        ArrayNode nodes = spec.putArray("series");
        series.forEach(s -> nodes.add(s.json()));
        return spec;
    }

    /**
     * Bars per category, side by side per series, with confidence whiskers.
     *
     * @param notes a second line under each category label, or empty
     * @param horizontal bars that grow to the right, for long category names
     */
    static ObjectNode bars(List<String> categories, List<String> notes, String valueTitle, String unit,
            List<Series> series, boolean horizontal) {
        ObjectNode spec = Json.object();
        spec.put("type", "bars");
        spec.put("horizontal", horizontal);
        ArrayNode labels = spec.putArray("categories");
        categories.forEach(labels::add);
        ArrayNode second = spec.putArray("notes");
        notes.forEach(second::add);
        spec.set("y", valueAxis(valueTitle, unit));
        ArrayNode nodes = spec.putArray("series");
        series.forEach(s -> nodes.add(s.json()));
        return spec;
    }

    /**
     * One metric over a grid of two parameters: a cell per point, at the index of its value on
     * each axis, shaded by its mean.
     *
     * @param cells {x index, y index, mean, lower, upper} per point; NaN bounds where there is no interval
     */
    static ObjectNode heatmap(String label, String xTitle, List<String> xValues, String yTitle, List<String> yValues,
            String unit, List<double[]> cells) {
        ObjectNode spec = Json.object();
        spec.put("type", "heatmap");
        spec.put("label", label);
        spec.put("unit", unit);
        spec.set("x", gridAxis(xTitle, xValues));
        spec.set("y", gridAxis(yTitle, yValues));
        ArrayNode nodes = spec.putArray("cells");
        for (double[] cell : cells) {
            ObjectNode node = nodes.addObject();
            node.put("x", (int) cell[0]);
            node.put("y", (int) cell[1]);
            node.set("value", Json.numbers(new double[] {cell[2]}).get(0));
            node.set("lower", Json.numbers(new double[] {cell[3]}).get(0));
            node.set("upper", Json.numbers(new double[] {cell[4]}).get(0));
        }
        return spec;
    }

    private static ObjectNode gridAxis(String title, List<String> values) {
        ObjectNode axis = Json.object();
        axis.put("title", title);
        ArrayNode list = axis.putArray("values");
        values.forEach(list::add);
        return axis;
    }

    /** Marks a chart's values as possibly negative, e.g. differences; others start at zero. */
    static ObjectNode signed(ObjectNode spec) {
        ((ObjectNode) spec.get("y")).put("signed", true);
        return spec;
    }

    static ObjectNode categoryAxis(String title, List<String> categories) {
        ObjectNode axis = Json.object();
        axis.put("kind", "category");
        axis.put("title", title);
        ArrayNode labels = axis.putArray("categories");
        categories.forEach(labels::add);
        return axis;
    }

    static ObjectNode linearAxis(String title) {
        ObjectNode axis = Json.object();
        axis.put("kind", "linear");
        axis.put("title", title);
        return axis;
    }

    /** A linear axis of whole numbers, e.g. generations. */
    static ObjectNode countAxis(String title) {
        ObjectNode axis = linearAxis(title);
        axis.put("integer", true);
        return axis;
    }

    private static ObjectNode valueAxis(String title, String unit) {
        ObjectNode axis = Json.object();
        axis.put("title", title);
        axis.put("unit", unit);
        return axis;
    }

    /** A cumulative series with its interval, from 0 at the start to the end of each bin. */
    static Series fromZero(String label, String color, ThroughputSummary cumulative) {
        return new Series(label, color, prependZero(cumulative.mean()), prependZero(cumulative.lower()),
                prependZero(cumulative.upper()));
    }

    private static double[] prependZero(double[] values) {
        double[] points = new double[values.length + 1];
        System.arraycopy(values, 0, points, 1, values.length);
        return points;
    }

}
