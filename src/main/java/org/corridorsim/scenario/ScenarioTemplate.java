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
    private final StationKinds stationKinds;
    private final Optional<Path> file;
    private final List<ReplayedParameters.Recipe> recipes;

    ScenarioTemplate(YamlTree tree, PolicyProviders providers, StationKinds stationKinds, Optional<Path> file,
            List<ReplayedParameters.Recipe> recipes) {
        this.tree = tree.copy();
        this.providers = providers;
        this.stationKinds = stationKinds;
        this.file = file;
        this.recipes = List.copyOf(recipes);
    }

    /** {@return how each top-level blocking entry was created, in file order} */
    List<ReplayedParameters.Recipe> recipes() {
        return recipes;
    }

    /**
     * The outcome of reading a variant: the tree read (with its notes on parameters), for each value
     * the paths in the tree it was set at (none if it could not be set), and the scenario or its errors.
     */
    record Trial(YamlTree tree, List<List<String>> resolvedPaths, Optional<Scenario> scenario, List<ScenarioError> errors) {}

    /**
     * Reads the scenario with the values at these override paths set (as YAML text, e.g.
     * {@code 0.25} or {@code 5400s}); problems are returned, not thrown.
     */
    Trial trial(Map<String, String> values) {
        YamlTree copy = tree.copy();
        Problems problems = new Problems();
        List<List<String>> resolved = new ArrayList<>();
        for (Map.Entry<String, String> value : values.entrySet()) {
            try {
                resolved.add(Overrides.setAll(copy, value.getKey(), Overrides.value(value.getValue())));
            } catch (IllegalArgumentException e) {
                resolved.add(List.of());
                problems.add(new ScenarioError(copy.file(), 0, 0, value.getKey(), e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            return new Trial(copy, resolved, Optional.empty(), problems.sorted());
        }
        try {
            Scenario scenario = new ScenarioReader(providers, stationKinds).readModel(Node.root(copy, problems), file);
            return new Trial(copy, resolved, Optional.of(scenario), List.of());
        } catch (ScenarioException e) {
            return new Trial(copy, resolved, Optional.empty(), e.errors());
        }
    }

    /**
     * What the values at an override path (plain, with wildcards or linked) are, found by setting
     * {@code text} there: the paths in the tree, and the type they share with the intersection of
     * their ranges; or why there is no such parameter.
     */
    record Probe(Trial trial, List<String> resolved, Optional<Parameter> parameter, String why) {}

    Probe probe(String path, String text) {
        Trial trial = trial(Map.of(path, text));
        List<String> resolved = trial.resolvedPaths().get(0);
        if (resolved.isEmpty()) {
            return new Probe(trial, resolved, Optional.empty(), trial.errors().get(0).message());
        }
        Parameter.Type type = null;
        double min = Double.NEGATIVE_INFINITY;
        double max = Double.POSITIVE_INFINITY;
        for (String at : resolved) {
            Optional<Parameter> found = trial.tree().parameterAt(at);
            if (found.isEmpty()) {
                return new Probe(trial, resolved, Optional.empty(), "the scenario reads no number or duration "
                        + (resolved.size() == 1 ? "there" : "at " + at));
            }
            if (type != null && type != found.get().type()) {
                return new Probe(trial, resolved, Optional.empty(), "it names values of different types ("
                        + Scalars.word(type) + " and " + Scalars.word(found.get().type()) + " at " + at + ")");
            }
            type = found.get().type();
            min = Math.max(min, found.get().min());
            max = Math.min(max, found.get().max());
        }
        return new Probe(trial, resolved, Optional.of(new Parameter(path, type, min, max)), "");
    }

    /** The scenario with these values set; throws a {@link ScenarioException} when it rejects one. */
    Scenario read(Map<String, String> values) {
        Trial trial = trial(values);
        if (trial.scenario().isEmpty()) {
            throw new ScenarioException(trial.errors());
        }
        return trial.scenario().get();
    }

    /** {@return the tree as YAML: the scenario as loaded, after command-line overrides} */
    String text() {
        return ResolvedYaml.write(tree.root());
    }
}
