package org.corridorsim.experiment;

import java.util.Map;
import org.corridorsim.stats.Summary;

/**
 * One point of a sweep: its label and what its experiment produced.
 *
 * @param label the point's label
 * @param result its experiment's result
 */
public record SweepRow(String label, ExperimentResult result) {

    /** {@return every metric's summary, in metric order} */
    public Map<String, Summary> summaries() {
        return result.summaries();
    }

    /**
     * One metric's summary at this point.
     *
     * @param metric a metric name
     * @return its summary
     * @throws IllegalArgumentException if there is no such metric
     */
    public Summary summary(String metric) {
        return result.summary(metric);
    }
}
