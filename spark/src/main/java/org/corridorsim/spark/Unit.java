package org.corridorsim.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.corridorsim.experiment.Attribution;
import org.corridorsim.kernel.Simulator;
import org.corridorsim.model.Evacuation;
import org.corridorsim.model.EvacuationModel;
import org.corridorsim.scenario.ScenarioLoader;
import org.corridorsim.scenario.ScenarioOverride;

/**
 * One thing whose replications are run: the whole run, a sweep point or a comparison variant.
 * It travels to the executors as the scenario's text and overrides, and is parsed there, so that
 * executors read no files and nothing of the driver's parsed model is serialised.
 *
 * @param label the point's or variant's label, the scenario id for a run
 * @param sourceName stands for the file in messages, e.g. {@code scenarios/aleppo-2016-10.yaml}
 * @param text the scenario file's text as the driver read it
 * @param paths the override paths, applied in order
 * @param values the override values, one per path
 * @param subset for an attribution, the blocking policies that are on, as {@link Attribution#subset}
 *        reads it; null for the file's policies
 */
record Unit(String label, String sourceName, String text, List<String> paths, List<String> values, Long subset)
        implements Serializable {

    Unit(String label, String sourceName, String text, List<String> paths, List<String> values) {
        this(label, sourceName, text, paths, values, null);
    }

    Unit {
        paths = List.copyOf(paths);
        values = List.copyOf(values);
        if (paths.size() != values.size()) {
            throw new IllegalArgumentException("each override path needs one value");
        }
    }

    static Unit of(String label, String sourceName, String text, List<ScenarioOverride> overrides) {
        return new Unit(label, sourceName, text, overrides.stream().map(ScenarioOverride::path).toList(),
                overrides.stream().map(ScenarioOverride::value).toList());
    }

    /** This unit with only the blocking policies of {@code mask} on. */
    Unit withSubset(long mask) {
        return new Unit(label, sourceName, text, paths, values, mask);
    }

    List<ScenarioOverride> overrides() {
        List<ScenarioOverride> overrides = new ArrayList<>(paths.size());
        for (int i = 0; i < paths.size(); i++) {
            overrides.add(new ScenarioOverride(paths.get(i), values.get(i)));
        }
        return overrides;
    }

    /** Parses the scenario; done once per partition on an executor. */
    EvacuationModel model(ScenarioLoader loader, long eventBudget) {
        Evacuation evacuation = loader.parse(text, sourceName, overrides()).evacuation();
        EvacuationModel model = new EvacuationModel(subset == null ? evacuation : Attribution.subset(evacuation, subset));
        return eventBudget == 0 ? model : model.limitEvents(Simulator.DEFAULT_EVENTS_AT_ONE_INSTANT, eventBudget);
    }
}
