package org.corridorsim.experiment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.corridorsim.stats.Summary;

/**
 * One metric across the variants of a comparison.
 *
 * @param metric the metric name
 * @param summaries each variant's summary, by label in variant order; only variants that have the metric
 * @param differences for each variant after the baseline, the summary of the paired differences
 *        (variant minus baseline), by label; empty unless every variant has the metric
 */
public record MetricComparison(String metric, Map<String, Summary> summaries, Map<String, Summary> differences) {

    /**
     * Checks the components.
     *
     * @param metric the metric name
     * @param summaries each variant's summary, by label in variant order; only variants that have the metric
     * @param differences for each variant after the baseline, the summary of the paired differences (variant minus baseline), by label; empty unless every variant has the metric
     */
    public MetricComparison {
        summaries = Collections.unmodifiableMap(new LinkedHashMap<>(summaries));
        differences = Collections.unmodifiableMap(new LinkedHashMap<>(differences));
    }

    /** {@return whether the metric is in every variant, so that differences were computed} */
    public boolean isDifferenced() {
        return !differences.isEmpty();
    }
}
