package org.corridorsim.scenario;

/**
 * The characters a scenario file may contain: YAML's printable set (tab, line feed, carriage
 * return, and no other control character, surrogate or noncharacter). Checked before parsing, so
 * that a NUL or an escape character is reported where it is, not where the parser gave up.
 */
final class Characters {

    /** The longest line, in characters; the YAML reader slows down on longer ones. */
    static final int MAX_LINE = 100_000;

    /** At most this many forbidden characters are listed; the rest are counted. */
    private static final int LISTED = 5;

    private Characters() {
    }

    static void check(String text, String file, Problems problems) {
        int line = 1;
        int column = 1;
        int found = 0;
        int moreLine = 0;
        int moreColumn = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int codePoint = c;
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                codePoint = Character.toCodePoint(c, text.charAt(i + 1));
            }
            if (!allowed(codePoint)) {
                if (found < LISTED) {
                    problems.add(new ScenarioError(file, line, column, "", describe(codePoint)
                            + " is not allowed in a scenario file; only printable text, tabs and line breaks are"));
                } else if (found == LISTED) {
                    moreLine = line;
                    moreColumn = column;
                }
                found++;
            }
            if (c == '\n') {
                line++;
                column = 1;
            } else {
                column++;
                if (column == MAX_LINE + 2) {
                    problems.add(new ScenarioError(file, line, MAX_LINE + 1, "", String.format(java.util.Locale.ROOT,
                            "the line is longer than %,d characters; break a long text over several lines", MAX_LINE)));
                }
            }
            if (pair) {
                i++;
            }
        }
        if (found > LISTED) {
            problems.add(new ScenarioError(file, moreLine, moreColumn, "", (found - LISTED)
                    + " more characters that are not allowed, from here on"));
        }
    }

    private static boolean allowed(int c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0x7E) || c == 0x85
                || (c >= 0xA0 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF)
                || (c >= 0x10000 && c <= 0x10FFFF)
                // a byte-order mark is tolerated, as the YAML reader skips it
                || c == 0xFEFF;
    }

    private static String describe(int c) {
        String code = String.format("U+%04X", c);
        return switch (c) {
            case 0 -> "the NUL character (" + code + ")";
            case 0x1B -> "the escape character (" + code + ")";
            case 0x7F -> "the delete character (" + code + ")";
            default -> Character.isSurrogate((char) c) && c <= 0xFFFF ? "a lone surrogate (" + code + ")"
                    : c < 0x20 || (c >= 0x80 && c <= 0x9F) ? "the control character " + code
                    : "the character " + code;
        };
    }
}
