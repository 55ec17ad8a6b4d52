package org.corridorsim.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A scenario's tree as loaded (command-line overrides applied), kept so that variants with other
 * parameter values can be read from it without parsing the file again.
 */
final class ScenarioTemplate {

    private final YamlTree tree;
    private final PolicyProviders providers;
    private final Optional<Path> file;
    private final List<ReplayedParameters.Recipe> recipes;

    ScenarioTemplate(YamlTree tree, PolicyProviders providers, Optional<Path> file,
            List<ReplayedParameters.Recipe> recipes) {
        this.tree = tree.copy();
        this.providers = providers;
        this.file = file;
        this.recipes = List.copyOf(recipes);
    }

    /** {@return how each top-level blocking entry was created, in file order} */
    List<ReplayedParameters.Recipe> recipes() {
        return recipes;
    }

    /** The outcome of reading a variant: the tree read (with its notes on parameters) and the scenario or its errors. */
    record Trial(YamlTree tree, List<String> resolvedPaths, Optional<Scenario> scenario, List<ScenarioError> errors) {}

    /**
     * Reads the scenario with the values at these override paths set (as YAML text, e.g.
     * {@code 0.25} or {@code 5400s}); problems are returned, not thrown.
     */
    Trial trial(Map<String, String> values) {
        YamlTree copy = tree.copy();
        Problems problems = new Problems();
        List<String> resolved = new ArrayList<>();
        for (Map.Entry<String, String> value : values.entrySet()) {
            try {
                resolved.add(Overrides.set(copy, value.getKey(), Overrides.value(value.getValue())));
            } catch (IllegalArgumentException e) {
                resolved.add("");
                problems.add(new ScenarioError(copy.file(), 0, 0, value.getKey(), e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            return new Trial(copy, resolved, Optional.empty(), problems.sorted());
        }
        try {
            Scenario scenario = new ScenarioReader(providers).readModel(Node.root(copy, problems), file);
            return new Trial(copy, resolved, Optional.of(scenario), List.of());
        } catch (ScenarioException e) {
            return new Trial(copy, resolved, Optional.empty(), e.errors());
        }
    }

    /** The scenario with these values set; throws a {@link ScenarioException} when it rejects one. */
    Scenario read(Map<String, String> values) {
        Trial trial = trial(values);
        if (trial.scenario().isEmpty()) {
            throw new ScenarioException(trial.errors());
        }
        return trial.scenario().get();
    }
}
