package org.corridorsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corridorsim.experiment.ExperimentResult;
import org.corridorsim.experiment.MetricComparison;
import org.corridorsim.experiment.SweepRow;
import org.corridorsim.format.Format;
import org.corridorsim.stats.Summary;
import org.junit.jupiter.api.Test;

/** The generated document read as text: escaping, the policy that forbids loads, and the marked numbers. */
class HtmlReportTest {

    private static final Pattern SCRIPT = Pattern.compile("<script([^>]*)>(.*?)</script>", Pattern.DOTALL);
    private static final Pattern METRIC = Pattern.compile("<span class=\"metric[^\"]*\" ([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-z-]+)=\"([^\"]*)\"");

    private final String run = HtmlReport.run(Reports.scenario(), Reports.run());

    @Test
    void titleWithAScriptTagIsShownAsTextAndNoUnexpectedScriptTagAppears() {
        assertTrue(run.contains("<title>&lt;script&gt;alert(1)&lt;/script&gt; Small town &amp; &quot;river&quot; crossing</title>"));
        assertTrue(run.contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt; Small town &amp; &quot;river&quot; crossing</h1>"));
        assertFalse(run.contains("<script>alert"));
        assertFalse(run.contains("<img"), "a corridor name with an img tag must not become one");
        assertTrue(run.contains("North road &lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;"));
        assertTrue(run.contains("Invented for tests &lt;b&gt;not bold&lt;/b&gt; &amp;"));
        List<String> openings = new ArrayList<>();
        Matcher tags = Pattern.compile("<script[^>]*>", Pattern.CASE_INSENSITIVE).matcher(run);
        while (tags.find()) {
            openings.add(tags.group());
        }
        assertEquals(List.of("<script type=\"application/json\" id=\"report-data\">", "<script>", "<script>"), openings);
    }

    @Test
    void dataIsEmbeddedAsJsonThatCannotEndItsElementAndReadsBackExactly() throws Exception {
        String json = scripts(run).get(0);
        assertFalse(json.contains("<") || json.contains(">") || json.contains("&") || json.contains("\u2028"), json);
        JsonNode data = new ObjectMapper().readTree(json);
        assertEquals("run", data.get("kind").asText());
        JsonNode timeline = data.get("charts").get(0);
        assertEquals("timeline", timeline.get("type").asText());
        assertEquals("north · North road </script><img src=x onerror=alert(2)>",
                timeline.get("rows").get(0).get("label").asText());
    }

    @Test
    void policyForbidsEveryLoadAndAllowsExactlyTheInlineScriptsByHash() throws Exception {
        Matcher csp = Pattern.compile("<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\">").matcher(run);
        assertTrue(csp.find());
        String policy = csp.group(1);
        assertTrue(policy.startsWith("default-src 'none'; "), policy);
        assertTrue(policy.contains("style-src 'unsafe-inline'") && policy.contains("img-src data:"), policy);
        List<String> code = scripts(run).subList(1, 3);
        for (String script : code) {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
            assertTrue(policy.contains("'sha256-" + Base64.getEncoder().encodeToString(digest) + "'"), policy);
        }
        assertTrue(code.get(0).startsWith("/*!\n * Chart.js v4.4.1"), "Chart.js is inlined");
    }

    @Test
    void nothingOutsideTheScriptsReferencesAnotherFile() {
        String markup = SCRIPT.matcher(run).replaceAll("<script></script>");
        assertFalse(Pattern.compile("\\b(src|href|action|srcset)=\"(?!#)").matcher(markup).find(), "no load outside the page");
        assertFalse(markup.contains("url(") || markup.contains("@import"), "no load from the style sheet");
    }

    @Test
    void theHeadlineLeadsWithTheFatesAsOneStackedBarOfThePopulation() {
        Matcher segment = Pattern.compile("<span class=\"fate-segment\" data-fate=\"([a-z.-]+)\" style=\"width:([0-9.]+)%")
                .matcher(run);
        double total = 0;
        int count = 0;
        while (segment.find()) {
            total += Double.parseDouble(segment.group(2));
            count++;
        }
        assertEquals(6, count, "one segment per fate");
        assertEquals(100, total, 0.01, "the fates fill the bar: they sum to the population");
        assertTrue(run.indexOf("fate-bar") < run.indexOf("Attempts, stops and holds"), "attempt counts come below");
    }

    @Test
    void everyMarkedNumberIsTheSummaryOfItsMetric() {
        ExperimentResult result = Reports.run();
        List<Map<String, String>> marked = marked(run);
        List<String> metrics = marked.stream().map(m -> m.get("data-metric")).toList();
        for (String headline : List.of("evacuated", "evacuated.civilian", "evacuated.fighter", "evacuated.medical",
                "attempted", "blocked", "blocked.patrols", "blocked.shelling", "balked", "reneged", "fate.stayed",
                "fate.evacuated", "fate.detained", "fate.gave-up", "fate.retrying", "fate.en-route",
                "corridor.north.checkpoint.wait", "corridor.south.transport.wait")) {
            assertTrue(metrics.contains(headline), headline + " is shown");
        }
        for (Map<String, String> number : marked) {
            Summary summary = result.summary(number.get("data-metric"));
            if (summary.n() == 0) {
                assertEquals(null, number.get("data-mean"), "no mean is marked where none was observed");
                continue;
            }
            assertEquals(summary.mean(), Double.parseDouble(number.get("data-mean")), number.toString());
            assertEquals(summary.halfWidth(), Double.parseDouble(number.get("data-half-width")), number.toString());
        }
        assertTrue(run.contains("<span class=\"mean\">" + Format.number(result.summary("evacuated").mean()) + "</span>"));
    }

    @Test
    void comparisonShowsEachVariantAndItsPairedDifference() {
        String html = HtmlReport.comparison(Reports.variants(), Reports.comparison());
        int differences = 0;
        for (Map<String, String> number : marked(html)) {
            MetricComparison metric = Reports.comparison().metric(number.get("data-metric"));
            String label = number.get("data-variant");
            boolean difference = "difference".equals(number.get("data-role"));
            Summary summary = (difference ? metric.differences() : metric.summaries()).get(label);
            assertEquals(summary.mean(), Double.parseDouble(number.get("data-mean")), number.toString());
            differences += difference ? 1 : 0;
        }
        assertTrue(differences >= 10, "differences shown: " + differences);
        assertTrue(html.contains("<h1>Comparison: report-small vs. report-small-calm</h1>"), "named after the variants");
        assertFalse(html.contains("<h1>&lt;script&gt;"), "not after the baseline's title");
        assertTrue(html.contains("data-metric=\"blocked.shelling\" data-variant=\"report-small\""),
                "a policy of the baseline only is still shown");
    }

    @Test
    void sweepShowsEveryPoint() throws Exception {
        List<SweepRow> rows = Reports.sweep();
        String html = HtmlReport.sweep(Reports.scenario(), rows, Reports.POINTS);
        List<Map<String, String>> marked = marked(html);
        assertEquals(rows.size() * 7, marked.size(), "7 figures per point");
        for (Map<String, String> number : marked) {
            SweepRow row = rows.stream().filter(r -> r.label().equals(number.get("data-point"))).findFirst().orElseThrow();
            assertEquals(row.summary(number.get("data-metric")).mean(), Double.parseDouble(number.get("data-mean")));
        }
        JsonNode charts = new ObjectMapper().readTree(scripts(html).get(0)).get("charts");
        JsonNode evacuated = charts.get(0);
        assertEquals("linear", evacuated.get("x").get("kind").asText(), "one numeric parameter: a numeric axis");
        assertEquals("[0.0,0.5,0.9]", evacuated.get("positions").toString());
    }

    @Test
    void reportsRefuseMismatchedInputs() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HtmlReport.comparison(List.of(Reports.scenario()), Reports.comparison()));
        assertEquals("a comparison report needs one scenario per variant, got 1 scenarios for 2 variants", e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> HtmlReport.sweep(Reports.scenario(), Reports.sweep(), Reports.POINTS.subList(0, 1)));
    }

    private static List<String> scripts(String html) {
        List<String> contents = new ArrayList<>();
        Matcher matcher = SCRIPT.matcher(html);
        while (matcher.find()) {
            contents.add(matcher.group(2));
        }
        return contents;
    }

    /** The attributes of every marked number. */
    static List<Map<String, String>> marked(String html) {
        List<Map<String, String>> numbers = new ArrayList<>();
        Matcher spans = METRIC.matcher(html);
        while (spans.find()) {
            Map<String, String> attributes = new java.util.HashMap<>();
            Matcher attribute = ATTRIBUTE.matcher(spans.group(1));
            while (attribute.find()) {
                attributes.put(attribute.group(1), attribute.group(2));
            }
            numbers.add(attributes);
        }
        return numbers;
    }
}
