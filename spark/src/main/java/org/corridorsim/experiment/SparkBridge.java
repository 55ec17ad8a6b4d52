package org.corridorsim.experiment;

import java.util.List;
import org.corridorsim.model.Outcome;

/** Temporary: builds results from outcomes until the library's public fold lands. */
public final class SparkBridge {

    private SparkBridge() {
    }

    public static ExperimentResult result(Experiment experiment, List<Outcome> outcomes, boolean complete) {
        return new ExperimentResult(experiment, experiment.model.metricNames(), outcomes,
                complete ? ExperimentResult.Stop.REPLICATIONS : ExperimentResult.Stop.INCOMPLETE);
    }

    public static ComparisonResult comparison(Experiment template, List<String> labels, List<ExperimentResult> results) {
        return ComparisonBridge.compare(template.confidence, labels, results);
    }

    public static int replications(Experiment experiment) {
        return experiment.replications;
    }
}
