package org.corridorsim.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.DoubleFunction;
import org.corridorsim.format.Format;
import org.corridorsim.stats.Summary;

/** Pieces of report markup; every text that goes in is escaped here. */
final class Markup {

    private Markup() {
    }

    /**
     * A metric's mean and half-width as shown, marked with its exact values so that a reader's
     * tools (and the tests) can check them against summary.json:
     * {@code <span data-metric="evacuated" data-mean="7888.45" data-half-width="122.1">}.
     *
     * @param attributes more {@code data-} attributes as name, value, name, value..., e.g.
     *        {@code "data-variant", "no-blocking"}
     */
    static String metric(String metric, Summary summary, DoubleFunction<String> unit, String... attributes) {
        return number("metric", "", metric, summary, unit, unit, attributes);
    }

    /**
     * A paired difference as "Δ +60,886 ± 474", marked like {@link #metric} plus
     * {@code data-role="difference"}; bold when its interval excludes zero, unless the metric is
     * conditional on evacuation ({@link MetricLabels#isConditional}).
     */
    static String difference(String metric, Summary difference, DoubleFunction<String> unit, String... attributes) {
        // A conditional metric's difference mixes speed with who got out: it is shown, never highlighted.
        boolean shift = !MetricLabels.isConditional(metric) && (difference.lower() > 0 || difference.upper() < 0);
        String[] all = Arrays.copyOf(attributes, attributes.length + 2);
        all[attributes.length] = "data-role";
        all[attributes.length + 1] = "difference";
        return number(shift ? "metric difference shift" : "metric difference", "Δ ", metric, difference,
                value -> (value > 0 ? "+" : "") + unit.apply(value), unit, all);
    }

    private static String number(String cssClass, String prefix, String metric, Summary summary,
            DoubleFunction<String> meanUnit, DoubleFunction<String> halfWidthUnit, String... attributes) {
        StringBuilder html = new StringBuilder("<span class=\"").append(cssClass).append("\" data-metric=\"")
                .append(Html.text(metric)).append('"');
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            html.append(' ').append(Html.text(attributes[i])).append("=\"").append(Html.text(attributes[i + 1])).append('"');
        }
        attribute(html, "data-mean", summary.mean());
        attribute(html, "data-half-width", summary.halfWidth());
        attribute(html, "data-lower", summary.lower());
        attribute(html, "data-upper", summary.upper());
        html.append('>').append(Html.text(prefix)).append("<span class=\"mean\">")
                .append(Html.text(meanUnit.apply(summary.mean()))).append("</span>");
        if (Double.isFinite(summary.halfWidth())) {
            html.append(" <span class=\"pm\">± ").append(Html.text(halfWidthUnit.apply(summary.halfWidth()))).append("</span>");
        }
        return html.append("</span>").toString();
    }

    /**
     * "95% CI 7,766 – 8,011" for a metric that cannot be negative (every model metric), clipped at
     * 0; or a note that one replication gives no interval.
     */
    static String interval(Summary summary, DoubleFunction<String> unit) {
        if (summary.n() == 0) {
            return "<span class=\"ci\">observed in no replication</span>";
        }
        if (!Double.isFinite(summary.halfWidth())) {
            return "<span class=\"ci\">no interval from 1 replication</span>";
        }
        return "<span class=\"ci\">" + Html.text(Format.percent(summary.confidence()) + " CI " + unit.apply(summary.lower(0))
                + " – " + unit.apply(summary.upper())) + "</span>";
    }

    private static void attribute(StringBuilder html, String name, double value) {
        if (Double.isFinite(value)) {
            html.append(' ').append(name).append("=\"").append(value).append('"');
        }
    }

    /** A table built row by row; cells are text unless added as markup. */
    static final class Table {

        private final String cssClass;
        private final List<String> header;
        /** Cells of markup; a group row has one, spanning the table. */
        private record Row(boolean group, List<String> cells) {
        }

        private final List<Row> rows = new ArrayList<>();
        private final List<Boolean> numeric;

        /** @param numeric per column, whether it holds numbers (right-aligned) */
        Table(String cssClass, List<String> header, List<Boolean> numeric) {
            this.cssClass = cssClass;
            this.header = List.copyOf(header);
            this.numeric = List.copyOf(numeric);
        }

        Table(String cssClass, String... header) {
            this(cssClass, List.of(header), Collections.nCopies(header.length, false));
        }

        /** A row of plain texts. */
        Table row(String... texts) {
            return markupRow(List.of(texts).stream().map(Html::text).toList());
        }

        /** A row of cells that are already markup, built with {@link Html} or {@link Markup}. */
        Table markupRow(List<String> cells) {
            if (cells.size() != header.size()) {
                throw new IllegalArgumentException("expected " + header.size() + " cells, got " + cells.size());
            }
            rows.add(new Row(false, List.copyOf(cells)));
            return this;
        }

        /** A row across the whole table that heads the rows after it. */
        Table groupRow(String text) {
            rows.add(new Row(true, List.of(Html.text(text))));
            return this;
        }

        String html() {
            StringBuilder html = new StringBuilder("<div class=\"table-wrap\"><table class=\"").append(cssClass)
                    .append("\">\n<thead><tr>");
            for (int i = 0; i < header.size(); i++) {
                html.append(numeric.get(i) ? "<th class=\"num\">" : "<th>").append(Html.text(header.get(i))).append("</th>");
            }
            html.append("</tr></thead>\n<tbody>\n");
            for (Row row : rows) {
                if (row.group()) {
                    html.append("<tr class=\"group\"><th colspan=\"").append(header.size()).append("\">")
                            .append(row.cells().get(0)).append("</th></tr>\n");
                    continue;
                }
                html.append("<tr>");
                for (int i = 0; i < row.cells().size(); i++) {
                    html.append(numeric.get(i) ? "<td class=\"num\">" : "<td>").append(row.cells().get(i)).append("</td>");
                }
                html.append("</tr>\n");
            }
            return html.append("</tbody>\n</table></div>").toString();
        }
    }
}
