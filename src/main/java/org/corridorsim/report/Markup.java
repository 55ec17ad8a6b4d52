package org.corridorsim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
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
     * @param key what the number is, e.g. the metric name, or "label/metric" in a comparison
     */
    static String metric(String key, Summary summary, DoubleFunction<String> unit) {
        StringBuilder html = new StringBuilder("<span class=\"metric\" data-metric=\"").append(Html.text(key)).append('"');
        attribute(html, "data-mean", summary.mean());
        attribute(html, "data-half-width", summary.halfWidth());
        attribute(html, "data-lower", summary.lower());
        attribute(html, "data-upper", summary.upper());
        html.append("><span class=\"mean\">").append(Html.text(unit.apply(summary.mean()))).append("</span>");
        if (Double.isFinite(summary.halfWidth())) {
            html.append(" <span class=\"pm\">± ").append(Html.text(unit.apply(summary.halfWidth()))).append("</span>");
        }
        return html.append("</span>").toString();
    }

    /** "95% CI 7,766 – 8,011", or a note that one replication gives no interval. */
    static String interval(Summary summary, DoubleFunction<String> unit) {
        if (!Double.isFinite(summary.halfWidth())) {
            return "<span class=\"ci\">no interval from 1 replication</span>";
        }
        return "<span class=\"ci\">" + Html.text(Format.percent(summary.confidence()) + " CI " + unit.apply(summary.lower())
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
        private final List<List<String>> rows = new ArrayList<>();
        private final List<Boolean> numeric;

        /** @param numeric per column, whether it holds numbers (right-aligned) */
        Table(String cssClass, List<String> header, List<Boolean> numeric) {
            this.cssClass = cssClass;
            this.header = List.copyOf(header);
            this.numeric = List.copyOf(numeric);
        }

        Table(String cssClass, String... header) {
            this(cssClass, List.of(header), java.util.Collections.nCopies(header.length, false));
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
            rows.add(List.copyOf(cells));
            return this;
        }

        String html() {
            StringBuilder html = new StringBuilder("<div class=\"table-wrap\"><table class=\"").append(cssClass)
                    .append("\">\n<thead><tr>");
            for (int i = 0; i < header.size(); i++) {
                html.append(numeric.get(i) ? "<th class=\"num\">" : "<th>").append(Html.text(header.get(i))).append("</th>");
            }
            html.append("</tr></thead>\n<tbody>\n");
            for (List<String> row : rows) {
                html.append("<tr>");
                for (int i = 0; i < row.size(); i++) {
                    html.append(numeric.get(i) ? "<td class=\"num\">" : "<td>").append(row.get(i)).append("</td>");
                }
                html.append("</tr>\n");
            }
            return html.append("</tbody>\n</table></div>").toString();
        }
    }
}
