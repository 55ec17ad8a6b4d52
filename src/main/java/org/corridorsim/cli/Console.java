package org.corridorsim.cli;

import java.io.PrintWriter;
import java.io.Writer;

/**
 * Console output with scenario text made harmless: control characters (which could move the
 * cursor, clear the screen or ring the bell) and bidirectional formatting characters (which can
 * make text read backwards, U+202E) are shown as {@code \}{@code uXXXX} instead of acting.
 * Line feeds, carriage returns and tabs pass.
 */
final class Console {

    private Console() {
    }

    /** {@code text} with control and bidirectional formatting characters escaped. */
    static String clean(String text) {
        StringBuilder cleaned = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isUnsafe(c) && c != '\n' && c != '\r' && c != '\t') {
                if (cleaned == null) {
                    cleaned = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                cleaned.append(String.format("\\u%04X", (int) c));
            } else if (cleaned != null) {
                cleaned.append(c);
            }
        }
        return cleaned == null ? text : cleaned.toString();
    }

    /**
     * {@code text} for one console line: as {@link #clean}, and line breaks and tabs escaped too,
     * so that a title cannot forge a line of CorridorSim's own output.
     */
    static String line(String text) {
        StringBuilder cleaned = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            cleaned.append(isUnsafe(c) ? String.format("\\u%04X", (int) c) : String.valueOf(c));
        }
        return cleaned.toString();
    }

    /** C0 and C1 controls, DEL, and the bidirectional embeddings, overrides, isolates and marks. */
    static boolean isUnsafe(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F' || c == '\u061C';
    }

    /** A writer that cleans everything written through it. */
    static PrintWriter cleaning(PrintWriter target) {
        return new PrintWriter(new Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) {
                target.write(clean(new String(buffer, offset, length)));
            }

            @Override
            public void flush() {
                target.flush();
            }

            @Override
            public void close() {
                target.flush();
            }
        }, true);
    }
}
