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

    /**
     * An exception carrying every problem found.
     *
     * @param errors at least one, in file order
     * @throws IllegalArgumentException if {@code errors} is empty
     */
    public ScenarioException(List<ScenarioError> errors) {
        super(format(errors), null, false, false);
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a scenario exception needs at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    /**
     * An exception carrying one problem.
     *
     * @param error the problem
     */
    public ScenarioException(ScenarioError error) {
        this(List.of(error));
    }

    /** {@return every problem found, in file order} */
    public List<ScenarioError> errors() {
        return errors;
    }

    private static String format(List<ScenarioError> errors) {
        return errors.stream().map(ScenarioError::toString).collect(Collectors.joining(System.lineSeparator()));
    }
}
