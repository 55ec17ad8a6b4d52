package org.corridorsim.inference;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.corridorsim.scenario.Scenario;
import org.corridorsim.scenario.ScenarioLoader;
import org.corridorsim.scenario.ScenarioOverride;

/** Simulated "observations" from known parameters, turned into a scenario's observed ranges. */
final class Truth {

    private Truth() {
    }

    /** The observed quantities of one replication of {@code hypothesis} at {@code values}. */
    static double[] simulate(Scenario scenario, String hypothesis, double[] values, long seed) {
        int index = scenario.inference().hypotheses().indexOf(scenario.inference().hypothesis(hypothesis));
        return new ScenarioSimulation(scenario, 1).simulate(index, values, seed);
    }

    /** The scenario in {@code file} with its observations' ranges replaced by {@code ranges} ({low, high} each). */
    static Scenario observing(Path file, Scenario scenario, double[][] ranges, List<ScenarioOverride> more) {
        StringBuilder observed = new StringBuilder("[");
        for (int k = 0; k < ranges.length; k++) {
            observed.append(k == 0 ? "" : ", ").append(String.format(Locale.ROOT, "{metric: %s, between: [%s, %s]}",
                    scenario.inference().observed().get(k).metric(), ranges[k][0], ranges[k][1]));
        }
        observed.append("]");
        List<ScenarioOverride> overrides = new ArrayList<>(more);
        overrides.add(new ScenarioOverride("observed", observed.toString()));
        return new ScenarioLoader().load(file, overrides);
    }
}
