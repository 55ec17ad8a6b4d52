package org.corridorsim.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** Turns the YAML parser's exceptions into one-line errors at the place of the problem. */
final class SyntaxErrors {

    private SyntaxErrors() {
    }

    static ScenarioError describe(String file, JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            JsonLocation location = e.getLocation();
            int line = location == null ? 0 : Math.max(0, location.getLineNr());
            int column = line == 0 ? 0 : Math.max(1, location.getColumnNr());
            return new ScenarioError(file, line, column, "", limit(e.getOriginalMessage()));
        }
        if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            Mark problem = marked.getProblemMark();
            String message = "YAML syntax: " + firstLine(marked.getProblem());
            Mark context = marked.getContextMark();
            if (marked.getContext() != null && context != null) {
                message += " (" + marked.getContext() + " that starts at line " + (context.getLine() + 1)
                        + ", column " + (context.getColumn() + 1) + ")";
            }
            return new ScenarioError(file, problem.getLine() + 1, problem.getColumn() + 1, "", message);
        }
        JsonLocation location = e.getLocation();
        int line = location == null ? 0 : Math.max(0, location.getLineNr());
        int column = line == 0 ? 0 : Math.max(1, location.getColumnNr());
        return new ScenarioError(file, line, column, "", "YAML syntax: " + plain(e.getOriginalMessage()));
    }

    /** Jackson's wording, without the SnakeYAML event dumps it sometimes includes. */
    private static String plain(String message) {
        String line = firstLine(message);
        if (line.startsWith("Expected a field name")) {
            return "a mapping key must be a plain value, not a mapping or a list";
        }
        return line.replaceAll("<org\\.yaml\\.snakeyaml\\.events\\.(\\w+)Event\\(.*\\)>", "$1");
    }

    /** A limit of the reader, in the project's words rather than Jackson's or SnakeYAML's. */
    static String limit(String message) {
        String m = message == null ? "" : message.toLowerCase(java.util.Locale.ROOT);
        if (m.contains("nesting depth")) {
            return "the YAML is nested more than " + YamlTree.MAX_DEPTH + " levels deep; a scenario needs far fewer";
        }
        if (m.contains("string value length") || m.contains("string length")) {
            return String.format(java.util.Locale.ROOT, "a text value is longer than %,d characters",
                    YamlTree.MAX_STRING);
        }
        if (m.contains("name length")) {
            return String.format(java.util.Locale.ROOT, "a key is longer than %,d characters", YamlTree.MAX_KEY);
        }
        if (m.contains("number value length") || m.contains("number length")) {
            return "a number has more than 1,000 digits";
        }
        if (m.contains("document length") || m.contains("code points")) {
            return String.format(java.util.Locale.ROOT, "the file is longer than %,d characters",
                    ScenarioLoader.MAX_FILE_BYTES);
        }
        return "YAML syntax: " + plain(message);
    }

    static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "malformed input";
        }
        String trimmed = message.strip();
        int end = trimmed.indexOf('\n');
        return end < 0 ? trimmed : trimmed.substring(0, end).strip();
    }
}
