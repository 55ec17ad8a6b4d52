package org.corridorsim.scenario;

/**
 * A value set by a dotted path before a scenario is read, e.g.
 * {@code blocking.interception.probability=0.25}. Items of lists are addressed by their
 * {@code id} ({@code corridors.C1.checkpoint.lanes}) or by a 0-based index
 * ({@code corridors[2].checkpoint.lanes}). The value is YAML: {@code 10}, {@code 1.5h},
 * {@code {dist: const, value: 5m}}.
 *
 * @param path the dotted path, not blank
 * @param value the new value, as YAML
 */
public record ScenarioOverride(String path, String value) {

    /**
     * Checks the components.
     *
     * @param path the dotted path, not blank
     * @param value the new value, as YAML
     */
    public ScenarioOverride {
        if (path.isBlank()) {
            throw new IllegalArgumentException("an override needs a path, got '" + path + "'");
        }
    }

    /**
     * Parses {@code path=value}, as given to {@code --set}.
     *
     * @param assignment the text; blanks around the path and the value are stripped
     * @return the override
     * @throws IllegalArgumentException if there is no {@code =} or the path is empty
     */
    public static ScenarioOverride parse(String assignment) {
        int equals = assignment.indexOf('=');
        if (equals <= 0) {
            throw new IllegalArgumentException("an override is written path=value, e.g. experiment.replications=10, got '"
                    + assignment + "'");
        }
        return new ScenarioOverride(assignment.substring(0, equals).strip(), assignment.substring(equals + 1).strip());
    }

    @Override
    public String toString() {
        return path + "=" + value;
    }
}
