package org.corridorsim.experiment;

import java.util.List;

/**
 * Variants run under common random numbers, metric by metric. The first variant is the baseline.
 *
 * @param labels the variant labels, baseline first
 * @param results each variant's full result, in label order
 * @param metrics every metric of any variant: the baseline's in its order, then others as first met
 */
public record ComparisonResult(List<String> labels, List<ExperimentResult> results, List<MetricComparison> metrics) {

    /**
     * Checks the components.
     *
     * @param labels the variant labels, baseline first
     * @param results each variant's full result, in label order
     * @param metrics every metric of any variant: the baseline's in its order, then others as first met
     */
    public ComparisonResult {
        labels = List.copyOf(labels);
        results = List.copyOf(results);
        metrics = List.copyOf(metrics);
    }

    /** {@return the baseline's label} */
    public String baseline() {
        return labels.get(0);
    }

    /**
     * One variant's result.
     *
     * @param label a variant label
     * @return its result
     * @throws IllegalArgumentException if there is no such variant
     */
    public ExperimentResult result(String label) {
        int i = labels.indexOf(label);
        if (i < 0) {
            throw new IllegalArgumentException("unknown variant '" + label + "'; variants are " + labels);
        }
        return results.get(i);
    }

    /**
     * One metric across the variants.
     *
     * @param name a metric name
     * @return its comparison
     * @throws IllegalArgumentException if no variant has the metric
     */
    public MetricComparison metric(String name) {
        return metrics.stream().filter(m -> m.metric().equals(name)).findFirst().orElseThrow(
                () -> new IllegalArgumentException("no variant has metric '" + name + "'"));
    }
}
