package org.corridorsim.cli;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.corridorsim.experiment.Attribution;
import org.corridorsim.kernel.Simulator;
import org.corridorsim.model.Evacuation;
import org.corridorsim.model.EvacuationModel;
import org.corridorsim.scenario.Scenario;
import org.corridorsim.scenario.ScenarioLoader;
import org.corridorsim.scenario.ScenarioOverride;

/**
 * What a model is built from, small enough to send to another machine: the scenario file's text
 * as the command read it, its overrides, the blocking policies that are on, and the event
 * budget. A backend that runs replications elsewhere parses it there, so that nothing of the
 * parsed model, whose policies may come from plugins, is serialised.
 *
 * @param label the unit's label: the scenario id for a run, a variant or sweep point otherwise
 * @param sourceName stands for the file in messages, e.g. {@code scenarios/aleppo-2016-10.yaml}
 * @param text the scenario file's text
 * @param paths the override paths, applied in order
 * @param values the override values, one per path
 * @param subset the blocking policies that are on, as {@link Attribution#subset} reads it; null for the file's
 * @param eventBudget events one replication may handle in all; 0 for the model's default
 * @serial exclude
 */
public record ModelSource(String label, String sourceName, String text, List<String> paths, List<String> values,
        Long subset, long eventBudget) implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * Checks the components: one value per override path, a budget not negative.
     *
     * @param label the unit's label
     * @param sourceName stands for the file in messages
     * @param text the scenario file's text
     * @param paths the override paths
     * @param values the override values
     * @param subset the blocking policies that are on; null for the file's
     * @param eventBudget events one replication may handle; 0 for the default
     */
    public ModelSource {
        paths = List.copyOf(paths);
        values = List.copyOf(values);
        if (paths.size() != values.size()) {
            throw new IllegalArgumentException("each override path needs one value");
        }
        if (eventBudget < 0) {
            throw new IllegalArgumentException("event budget must not be negative, got " + eventBudget);
        }
    }

    static ModelSource of(String label, String sourceName, String text, List<ScenarioOverride> overrides,
            long eventBudget) {
        return new ModelSource(label, sourceName, text, overrides.stream().map(ScenarioOverride::path).toList(),
                overrides.stream().map(ScenarioOverride::value).toList(), null, eventBudget);
    }

    /**
     * This source with only the blocking policies of {@code mask} on.
     *
     * @param mask bit {@code i} is the {@code i}-th policy in id order
     * @return the changed source
     */
    public ModelSource withSubset(long mask) {
        return new ModelSource(label, sourceName, text, paths, values, mask, eventBudget);
    }

    /** {@return the overrides, in order} */
    public List<ScenarioOverride> overrides() {
        List<ScenarioOverride> overrides = new ArrayList<>(paths.size());
        for (int i = 0; i < paths.size(); i++) {
            overrides.add(new ScenarioOverride(paths.get(i), values.get(i)));
        }
        return overrides;
    }

    /**
     * Parses the scenario.
     *
     * @param loader finds the policies the scenario uses
     * @return the scenario with its overrides
     */
    public Scenario scenario(ScenarioLoader loader) {
        return loader.parse(text, sourceName, overrides());
    }

    /**
     * Builds the model, as the command that made this source builds it.
     *
     * @param loader finds the policies the scenario uses
     * @return the model
     */
    public EvacuationModel model(ScenarioLoader loader) {
        Evacuation evacuation = scenario(loader).evacuation();
        EvacuationModel model = new EvacuationModel(subset == null ? evacuation : Attribution.subset(evacuation, subset));
        return eventBudget == 0 ? model : model.limitEvents(Simulator.DEFAULT_EVENTS_AT_ONE_INSTANT, eventBudget);
    }
}
