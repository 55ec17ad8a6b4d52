package org.corridorsim.experiment;

import java.util.Map;
import org.corridorsim.stats.Summary;

/** One point of a sweep: its label and what its experiment produced. */
public record SweepRow(String label, ExperimentResult result) {

    /** {@return every metric's summary, in metric order} */
    public Map<String, Summary> summaries() {
        return result.summaries();
    }

    public Summary summary(String metric) {
        return result.summary(metric);
    }
}
