package org.corridorsim.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.corridorsim.experiment.ComparisonResult;
import org.corridorsim.experiment.Experiment;
import org.corridorsim.experiment.ExperimentResult;
import org.corridorsim.experiment.MetricComparison;
import org.corridorsim.model.Outcome;
import org.corridorsim.stats.RunningSummary;
import org.corridorsim.stats.Summary;

/**
 * The paired differences of a comparison, variant minus baseline per replication, folded as the
 * library's {@code Comparison} folds them: the baseline's values kept by replication, every
 * other variant's outcome paired with them in index order into a {@link RunningSummary}. The
 * library runs variants one after another on threads; on Spark they all run at once, so the
 * pairing is kept here, listening to each variant's fold.
 */
final class PairedDifferences {

    private final List<String> baselineMetrics;
    private final double[][] baseline;
    private final List<Map<String, RunningSummary>> paired = new ArrayList<>();

    /** @param experiments the variants' experiments, baseline first */
    PairedDifferences(List<Experiment> experiments) {
        this.baselineMetrics = experiments.get(0).model().metricNames().names();
        this.baseline = new double[experiments.get(0).replications()][];
        for (int v = 0; v < experiments.size(); v++) {
            Map<String, RunningSummary> sinks = new LinkedHashMap<>();
            if (v > 0) {
                experiments.get(v).model().metricNames().names().stream().filter(baselineMetrics::contains)
                        .forEach(m -> sinks.put(m, new RunningSummary()));
            }
            paired.add(sinks);
        }
    }

    /** Listens to variant {@code v}'s outcomes in index order; the baseline's must come first. */
    Consumer<Outcome> listener(int v, List<String> metrics) {
        if (v == 0) {
            return outcome -> baseline[outcome.replication()] = outcome.values().clone();
        }
        Map<String, RunningSummary> sinks = paired.get(v);
        int[] columns = sinks.keySet().stream().mapToInt(metrics::indexOf).toArray();
        int[] baseColumns = sinks.keySet().stream().mapToInt(baselineMetrics::indexOf).toArray();
        RunningSummary[] summaries = sinks.values().toArray(RunningSummary[]::new);
        return outcome -> {
            double[] base = baseline[outcome.replication()];
            for (int k = 0; k < summaries.length; k++) {
                summaries[k].add(outcome.values()[columns[k]] - base[baseColumns[k]]);
            }
        };
    }

    /** Per metric of any variant (the baseline's first, then others as first met), summaries and differences. */
    ComparisonResult result(List<String> labels, List<ExperimentResult> results, double confidence) {
        Set<String> all = new LinkedHashSet<>();
        results.forEach(result -> all.addAll(result.metrics()));
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
                for (int v = 1; v < results.size(); v++) {
                    differences.put(labels.get(v), paired.get(v).get(metric).summary(confidence));
                }
            }
            metrics.add(new MetricComparison(metric, summaries, differences));
        }
        return new ComparisonResult(labels, results, metrics);
    }
}
