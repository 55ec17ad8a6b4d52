package org.corridorsim.scenario;

/**
 * One problem in a scenario file: where it is and what is wrong. {@code line} and {@code column}
 * are 1-based, or 0 when the problem has no place in the text (a missing file, a value set by an
 * override); {@code path} names the value, e.g. {@code corridors[2].checkpoint.lanes}, or is empty.
 *
 * @param file the file as the user named it
 * @param line 1-based line, or 0 when there is no place in the text
 * @param column 1-based column, or 0
 * @param path the value's path, or empty
 * @param message what is wrong and what is allowed
 */
public record ScenarioError(String file, int line, int column, String path, String message) {

    /**
     * Checks the components.
     *
     * @param file the file as the user named it
     * @param line 1-based line, or 0 when there is no place in the text
     * @param column 1-based column, or 0
     * @param path the value's path, or empty
     * @param message what is wrong and what is allowed
     */
    public ScenarioError {
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must not be negative, got " + line + ":" + column);
        }
    }

    /**
     * An error about the file as a whole, with no line, column or path.
     *
     * @param file the file as the user named it
     * @param message what is wrong
     * @return the error
     */
    public static ScenarioError ofFile(String file, String message) {
        return new ScenarioError(file, 0, 0, "", message);
    }

    /** {@code scenarios/x.yaml:14:7 corridors[2].checkpoint.lanes: must be at least 1, got 0}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        if (!path.isEmpty()) {
            text.append(' ').append(path);
        }
        return text.append(": ").append(message).toString();
    }
}
