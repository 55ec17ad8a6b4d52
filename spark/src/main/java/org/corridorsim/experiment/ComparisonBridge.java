package org.corridorsim.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corridorsim.stats.PairedDifference;
import org.corridorsim.stats.Summary;

/** Temporary copy of Comparison's private compare, until the library's public fold lands. */
final class ComparisonBridge {

    private ComparisonBridge() {
    }

    static ComparisonResult compare(double confidence, List<String> labels, List<ExperimentResult> results) {
        return new ComparisonResult(labels, results, compare(labels, results, confidence));
    }

    static List<MetricComparison> compare(List<String> labels, List<ExperimentResult> results, double confidence) {
        Set<String> all = new LinkedHashSet<>();
        results.forEach(result -> all.addAll(result.metrics()));
        ExperimentResult baseline = results.get(0);
        List<MetricComparison> metrics = new ArrayList<>();
        for (String metric : all) {
            Map<String, Summary> summaries = new LinkedHashMap<>();
            for (int v = 0; v < results.size(); v++) {
                if (results.get(v).metrics().contains(metric)) {
                    summaries.put(labels.get(v), results.get(v).summary(metric));
                }
            }
            Map<String, Summary> differences = new LinkedHashMap<>();
            if (summaries.size() == results.size()) {
                double[] base = baseline.values(metric);
                for (int v = 1; v < results.size(); v++) {
                    differences.put(labels.get(v), PairedDifference.of(results.get(v).values(metric), base, confidence));
                }
            }
            metrics.add(new MetricComparison(metric, summaries, differences));
        }
        return metrics;
    }
}
