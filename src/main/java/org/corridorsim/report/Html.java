package org.corridorsim.report;

/**
 * Escaping for the two places scenario text reaches a report: HTML (element content and quoted
 * attribute values) and JSON inside a {@code <script type="application/json">} element.
 */
final class Html {

    private Html() {
    }

    /**
     * {@code text} as HTML character data, safe in element content and in quoted attribute values.
     * Control characters and bidirectional formatting characters (U+202E would make the rest of a
     * title read backwards) are shown as {@code \}{@code uXXXX} instead of acting.
     */
    static String text(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    if (isUnsafe(c)) {
                        escaped.append(String.format("\\u%04X", (int) c));
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    private static boolean isUnsafe(char c) {
        return (c < 0x20 && c != '\n' && c != '\t' && c != '\r') || (c >= 0x7F && c <= 0x9F)
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E'
                || c == '\u200F' || c == '\u061C';
    }

    /**
     * JSON text made safe inside a script element. A {@code </script>} or {@code <!--} in a string
     * would end or confuse the element, and U+2028/U+2029 are line ends to older JavaScript
     * parsers; as {@code \}{@code u} escapes they mean the same to JSON.parse. Bidirectional
     * formatting characters and C1 controls in strings (chart labels) become the visible text
     * {@code \}{@code uXXXX}, as in the rest of the report. The characters replaced occur in JSON
     * only inside strings, so the result is still valid JSON.
     */
    static String scriptJson(String json) {
        StringBuilder escaped = new StringBuilder(json.length() + 64);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> escaped.append("\\u003c");
                case '>' -> escaped.append("\\u003e");
                case '&' -> escaped.append("\\u0026");
                case '\u2028' -> escaped.append("\\u2028");
                case '\u2029' -> escaped.append("\\u2029");
                default -> {
                    if (c >= 0x7F && isUnsafe(c)) {
                        // a bidirectional control in a chart label would reverse it on the canvas:
                        // shown as the text \\uXXXX, as everywhere else in the report
                        escaped.append(String.format("\\\\u%04X", (int) c));
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }
}
