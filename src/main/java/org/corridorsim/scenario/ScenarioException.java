package org.corridorsim.scenario;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A scenario could not be loaded. It carries every problem found, in file order, so that a user
 * fixes them all in one go. Its message is one formatted error per line.
 */
public final class ScenarioException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<ScenarioError> errors;

    public ScenarioException(List<ScenarioError> errors) {
        super(format(errors), null, false, false);
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a scenario exception needs at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    public ScenarioException(ScenarioError error) {
        this(List.of(error));
    }

    public List<ScenarioError> errors() {
        return errors;
    }

    private static String format(List<ScenarioError> errors) {
        return errors.stream().map(ScenarioError::toString).collect(Collectors.joining(System.lineSeparator()));
    }
}
