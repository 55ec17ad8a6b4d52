package org.corridorsim.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The problems found while reading one scenario; reading goes on after each so all are reported.
 * A value gets one error only: the first is the cause, and later ones about the same path (such
 * as "got nothing" after an unknown alias) would only repeat it.
 */
final class Problems {

    private final List<ScenarioError> errors = new ArrayList<>();

    void add(ScenarioError error) {
        if (error.path().isEmpty() ? !errors.contains(error) : !hasErrorAt(error.path())) {
            errors.add(error);
        }
    }

    void addAll(List<ScenarioError> more) {
        more.forEach(this::add);
    }

    boolean hasErrorAt(String path) {
        return errors.stream().anyMatch(error -> error.path().equals(path));
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    /** Errors without a place in the text first, then in file order. */
    List<ScenarioError> sorted() {
        List<ScenarioError> copy = new ArrayList<>(errors);
        copy.sort(Comparator.comparingInt(ScenarioError::line).thenComparingInt(ScenarioError::column));
        return copy;
    }

    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ScenarioException(sorted());
        }
    }
}
