package org.corridorsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PageTest {

    @Test
    void templateIsFilledInOnePassSoThatInsertedTextIsNeverExpanded() {
        assertEquals("<p>{{b}}</p><i>2</i>", Page.fill("<p>{{a}}</p><i>{{b}}</i>", Map.of("a", "{{b}}", "b", "2")));
        assertEquals("$1 \\n", Page.fill("{{a}}", Map.of("a", "$1 \\n")), "replacement syntax is taken literally");
    }

    @Test
    void aPlaceholderWithoutAValueIsAnError() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Page.fill("{{missing}}", Map.of()));
        assertEquals("report template has {{missing}} but no value for it", e.getMessage());
    }

    @Test
    void chartsGetPlaceholdersAndSpecsInTheirOrder() {
        Page page = new Page("run", "T", 0.95);
        page.section("s", "Section <1>", "");
        page.grid();
        page.chart("First", "", Json.object().put("type", "bars"), Page.Size.HALF);
        page.chart("Second & last", "note", Json.object().put("type", "line"), Page.Size.HALF);
        String html = page.render(Assets.get(), "");
        assertTrue(html.contains("<canvas id=\"chart-0\" role=\"img\" aria-label=\"First\">"));
        assertTrue(html.contains("<canvas id=\"chart-1\" role=\"img\" aria-label=\"Second &amp; last\">"));
        assertTrue(html.contains("<a href=\"#s\">Section &lt;1&gt;</a>"));
        assertTrue(html.contains("\"charts\":[{\"type\":\"bars\",\"id\":\"chart-0\"},{\"type\":\"line\",\"id\":\"chart-1\"}]"));
    }
}
