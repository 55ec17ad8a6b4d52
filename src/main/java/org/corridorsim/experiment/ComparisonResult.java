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

    public ComparisonResult {
        labels = List.copyOf(labels);
        results = List.copyOf(results);
        metrics = List.copyOf(metrics);
    }

    public String baseline() {
        return labels.get(0);
    }

    public ExperimentResult result(String label) {
        int i = labels.indexOf(label);
        if (i < 0) {
            throw new IllegalArgumentException("unknown variant '" + label + "'; variants are " + labels);
        }
        return results.get(i);
    }

    public MetricComparison metric(String name) {
        return metrics.stream().filter(m -> m.metric().equals(name)).findFirst().orElseThrow(
                () -> new IllegalArgumentException("no variant has metric '" + name + "'"));
    }
}
