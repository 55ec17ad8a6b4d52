package org.corridorsim.experiment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.corridorsim.model.Outcome;
import org.corridorsim.stats.RunningSummary;
import org.corridorsim.stats.Summary;

/**
 * Runs two or more variants under common random numbers and reports, per metric, each variant's
 * summary and the paired difference of each variant from the first (the baseline).
 *
 * <p>Every variant runs the template's seed and replication indices 0..n-1. The model names its
 * random streams by purpose, so replication {@code i} of every variant sees the same arrivals,
 * service times and so on wherever the variants agree, and the paired differences show the
 * effect of the change rather than sampling noise.
 */
public final class Comparison {

    private Comparison() {
    }

    /**
     * @param template the settings (replications, seed, confidence, threads, progress); its model is ignored.
     *        Progress counts across all variants.
     * @throws IllegalArgumentException if there are fewer than two variants, labels repeat, or the
     *         template has a precision target (variants must share the same replications to be paired)
     * @throws ExperimentFailure if a variant fails; its message names the variant
     * @param variants at least two, with distinct labels; the first is the baseline
     * @return each variant's result and the paired differences from the baseline
     */
    public static ComparisonResult run(Experiment template, List<Variant> variants) {
        return run(template, variants, Journal.NONE);
    }

    /**
     * Like {@link #run(Experiment, List)}, keeping each variant's replications in {@code journal}
     * under the variant's label and taking those it already holds from it, so an interrupted
     * comparison resumes where it stopped.
     *
     * @param template as for {@link #run(Experiment, List)}
     * @param variants at least two, with distinct labels; the first is the baseline
     * @param journal where completed replications are kept
     * @return each variant's result and the paired differences from the baseline
     */
    public static ComparisonResult run(Experiment template, List<Variant> variants, Journal journal) {
        if (variants.size() < 2) {
            throw new IllegalArgumentException("a comparison needs at least 2 variants, got " + variants.size());
        }
        requireUniqueLabels(variants);
        if (template.precision.isPresent()) {
            throw new IllegalArgumentException(
                    "a comparison runs a fixed number of replications so that variants pair up; remove the precision target");
        }
        int n = template.replications;
        int total = n * variants.size();
        List<ExperimentResult> results = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<String> baselineMetrics = variants.get(0).model().metricNames().names();
        // The baseline's values, one row per replication in index order; every other variant's
        // outcomes are paired with them as they are folded, in the same order.
        double[][] baseline = new double[n][];
        List<Map<String, RunningSummary>> differences = new ArrayList<>();
        for (Variant variant : variants) {
            int before = n * results.size();
            List<String> metrics = variant.model().metricNames().names();
            Map<String, RunningSummary> paired = new LinkedHashMap<>();
            boolean first = results.isEmpty();
            if (!first) {
                metrics.stream().filter(baselineMetrics::contains).forEach(m -> paired.put(m, new RunningSummary()));
            }
            int[] columns = paired.keySet().stream().mapToInt(metrics::indexOf).toArray();
            int[] baseColumns = paired.keySet().stream().mapToInt(baselineMetrics::indexOf).toArray();
            RunningSummary[] sinks = paired.values().toArray(RunningSummary[]::new);
            Consumer<Outcome> pairing = outcome -> {
                if (first) {
                    baseline[outcome.replication()] = outcome.values();
                    return;
                }
                double[] base = baseline[outcome.replication()];
                for (int k = 0; k < sinks.length; k++) {
                    sinks[k].add(outcome.value(columns[k]) - base[baseColumns[k]]);
                }
            };
            Consumer<Outcome> listener = template.outcomes;
            Experiment experiment = template.model(variant.model())
                    .onOutcome(outcome -> {
                        listener.accept(outcome);
                        pairing.accept(outcome);
                    })
                    .onProgress((completed, planned) -> template.progress.update(before + completed, total));
            try {
                results.add(experiment.run(journal, variant.label()));
            } catch (ExperimentFailure failure) {
                throw failure.in("variant '" + variant.label() + "'");
            }
            labels.add(variant.label());
            differences.add(paired);
        }
        return new ComparisonResult(labels, results, compare(labels, results, differences, template.confidence));
    }

    private static List<MetricComparison> compare(List<String> labels, List<ExperimentResult> results,
            List<Map<String, RunningSummary>> paired, double confidence) {
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
        return metrics;
    }

    static void requireUniqueLabels(List<Variant> variants) {
        Set<String> seen = new HashSet<>();
        for (Variant variant : variants) {
            if (!seen.add(variant.label())) {
                throw new IllegalArgumentException("variant label '" + variant.label() + "' is used twice; labels must be unique");
            }
        }
    }
}
