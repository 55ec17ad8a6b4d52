package org.corridorsim.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** Turns the YAML parser's exceptions into one-line errors at the place of the problem. */
final class SyntaxErrors {

    private SyntaxErrors() {
    }

    static ScenarioError describe(String file, JsonProcessingException e) {
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

    static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "malformed input";
        }
        String trimmed = message.strip();
        int end = trimmed.indexOf('\n');
        return end < 0 ? trimmed : trimmed.substring(0, end).strip();
    }
}
