package org.corridorsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void textEscapesEveryCharacterThatCanEndTextOrAnAttribute() {
        assertEquals("&lt;script&gt;alert(1)&lt;/script&gt;", Html.text("<script>alert(1)</script>"));
        assertEquals("a &amp; b &quot;c&quot; &#39;d&#39;", Html.text("a & b \"c\" 'd'"));
        assertEquals("&amp;lt;", Html.text("&lt;"), "an entity in the input is shown, not decoded");
        assertEquals("Bustan al-Qasr", Html.text("Bustan al-Qasr"));
    }

    @Test
    void scriptJsonCannotCloseTheScriptElementAndStillReadsBackTheSame() throws Exception {
        ObjectNode node = new ObjectMapper().createObjectNode();
        String hostile = "</script><script>alert(1)</script> <!-- & \u2028\u2029 >";
        node.put("title", hostile);
        String embedded = Html.scriptJson(new ObjectMapper().writeValueAsString(node));
        assertFalse(embedded.contains("<"), embedded);
        assertFalse(embedded.contains(">"), embedded);
        assertFalse(embedded.contains("&"), embedded);
        assertFalse(embedded.contains("\u2028") || embedded.contains("\u2029"), embedded);
        assertEquals(hostile, new ObjectMapper().readTree(embedded).get("title").asText());
    }

    @Test
    void aBidirectionalControlInAChartLabelIsShownNotObeyed() throws Exception {
        ObjectNode node = new ObjectMapper().createObjectNode();
        node.put("label", "east \u202Ereversed");
        String embedded = Html.scriptJson(new ObjectMapper().writeValueAsString(node));
        assertFalse(embedded.contains("\u202E"), "no raw U+202E reaches the canvas");
        assertEquals("east \\u202Ereversed", new ObjectMapper().readTree(embedded).get("label").asText());
    }
}
