package org.corridorsim.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One report page as it is built: a header, sections listed in a contents bar, charts as
 * placeholders whose specs go into the page's JSON data, and finally the whole document with
 * style, data and scripts inlined. Methods taking {@code html} expect markup built with
 * {@link Html} escaping; methods taking text escape it themselves.
 */
final class Page {

    /** Chart widths in the page's grid. */
    enum Size { WIDE, HALF, THIRD }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");

    private final String title;
    private final ObjectNode data = Json.object();
    private final ArrayNode charts = data.putArray("charts");
    private final StringBuilder header = new StringBuilder();
    private final StringBuilder body = new StringBuilder();
    private final List<String[]> contents = new ArrayList<>();
    private boolean inSection;
    private boolean inGrid;

    /**
     * @param kind "run", "comparison" or "sweep"
     * @param confidence the confidence level of every interval on the page
     */
    Page(String kind, String title, double confidence) {
        this.title = title;
        data.put("kind", kind);
        data.put("confidence", confidence);
    }

    Page header(String html) {
        header.append(html);
        return this;
    }

    Page section(String id, String heading, String intro) {
        return section(id, heading, heading, intro);
    }

    /** @param contentsLabel a shorter name for the contents bar */
    Page section(String id, String heading, String contentsLabel, String intro) {
        closeSection();
        contents.add(new String[] {id, contentsLabel});
        body.append("<section id=\"").append(Html.text(id)).append("\">\n<h2>").append(Html.text(heading)).append("</h2>\n");
        if (!intro.isEmpty()) {
            body.append("<p class=\"intro\">").append(Html.text(intro)).append("</p>\n");
        }
        inSection = true;
        return this;
    }

    /** Markup that ends any row of charts. */
    Page html(String html) {
        closeGrid();
        body.append(html).append('\n');
        return this;
    }

    Page subheading(String text) {
        closeGrid();
        body.append("<h3>").append(Html.text(text)).append("</h3>\n");
        return this;
    }

    /** Starts a row of charts; it ends at the next subheading, section or wide chart. */
    Page grid() {
        closeGrid();
        body.append("<div class=\"grid\">\n");
        inGrid = true;
        return this;
    }

    Page chart(String heading, String note, ObjectNode spec, Size size) {
        if (size == Size.WIDE) {
            closeGrid();
        }
        String id = "chart-" + charts.size();
        spec.put("id", id);
        charts.add(spec);
        body.append("<figure class=\"chart ").append(size.name().toLowerCase(Locale.ROOT)).append("\">\n")
                .append("<figcaption><span class=\"chart-title\">").append(Html.text(heading)).append("</span>");
        if (!note.isEmpty()) {
            body.append("<span class=\"chart-note\">").append(Html.text(note)).append("</span>");
        }
        body.append("</figcaption>\n<div class=\"plot").append(spec.path("type").asText().equals("timeline") ? " plot-timeline" : "")
                .append("\"><canvas id=\"").append(id).append("\" role=\"img\" aria-label=\"").append(Html.text(heading))
                .append("\"></canvas></div>\n</figure>\n");
        return this;
    }

    /** The complete, self-contained document. */
    String render(Assets assets, String footerHtml) {
        closeSection();
        StringBuilder nav = new StringBuilder();
        for (String[] entry : contents) {
            nav.append("<a href=\"#").append(Html.text(entry[0])).append("\">").append(Html.text(entry[1])).append("</a>");
        }
        // The page's own scripts are allowed by hash, so that even a script that slipped past
        // escaping would not run; 'unsafe-inline' only serves browsers too old for hashes.
        String csp = "default-src 'none'; script-src 'unsafe-inline' '" + sha256(assets.chartJs()) + "' '"
                + sha256(assets.script()) + "'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";
        return fill(assets.template(), Map.of(
                "csp", csp,
                "title", Html.text(title),
                "style", assets.style(),
                "header", header.toString(),
                "nav", nav.toString(),
                "body", body.toString(),
                "footer", footerHtml,
                "data", Html.scriptJson(Json.text(data)),
                "chartjs", assets.chartJs(),
                "script", assets.script()));
    }

    private void closeGrid() {
        if (inGrid) {
            body.append("</div>\n");
            inGrid = false;
        }
    }

    private void closeSection() {
        closeGrid();
        if (inSection) {
            body.append("</section>\n");
            inSection = false;
        }
    }

    /** One pass over the template, so that text put in is never searched for placeholders. */
    static String fill(String template, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 400_000);
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException("report template has {{" + matcher.group(1) + "}} but no value for it");
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String sha256(String script) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
