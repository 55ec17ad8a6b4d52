package org.corridorsim.stats;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One value per replication for each named metric, such as the mean wait of each replication,
 * turned into confidence intervals at the end of an experiment. Metrics keep the order in which
 * they were first added, so reports list them in a stable order.
 *
 * <p>Values stay in memory (replications x metrics doubles) because the Student-t interval and
 * paired comparisons need them individually, in replication order.
 */
public final class AcrossReplications {

    private final Map<String, Values> metrics = new LinkedHashMap<>();

    /**
     * Adds one replication's value of a metric.
     *
     * @param metric the metric's name, not blank
     * @param value finite, or NaN when the replication did not observe it (summaries skip NaN)
     * @throws IllegalArgumentException if {@code metric} is blank or {@code value} is infinite
     */
    public void add(String metric, double value) {
        if (metric == null || metric.isBlank()) {
            throw new IllegalArgumentException("AcrossReplications metric name must not be blank, got '" + metric + "'");
        }
        if (Double.isInfinite(value)) {
            throw new IllegalArgumentException("AcrossReplications value of '" + metric + "' must be finite or NaN, got "
                    + value);
        }
        metrics.computeIfAbsent(metric, name -> new Values()).add(value);
    }

    /** {@return the metric names in first-added order} */
    public List<String> metrics() {
        return List.copyOf(metrics.keySet());
    }

    /**
     * How many values a metric has.
     *
     * @param metric the metric's name
     * @return the number added, NaN included; 0 for a metric never added
     */
    public int count(String metric) {
        Values values = metrics.get(metric);
        return values == null ? 0 : values.size;
    }

    /**
     * One metric's values in the order they were added.
     *
     * @param metric a metric added before
     * @return a copy of the values
     * @throws IllegalArgumentException if the metric was never added
     */
    public double[] values(String metric) {
        return known(metric).toArray();
    }

    /**
     * The summary of one metric over the replications.
     *
     * @param metric a metric added before
     * @param confidence the interval's confidence level, in (0, 1)
     * @return its mean, spread and confidence interval
     * @throws IllegalArgumentException if the metric was never added
     */
    public Summary summary(String metric, double confidence) {
        return Summary.of(known(metric).toArray(), confidence);
    }

    /**
     * Summaries of every metric.
     *
     * @param confidence the intervals' confidence level, in (0, 1)
     * @return an unmodifiable map in first-added order
     */
    public Map<String, Summary> summaries(double confidence) {
        Map<String, Summary> summaries = new LinkedHashMap<>();
        metrics.forEach((name, values) -> summaries.put(name, Summary.of(values.toArray(), confidence)));
        return Collections.unmodifiableMap(summaries);
    }

    /**
     * Appends {@code other}'s values after this one's, metric by metric; metrics new to this one
     * are added at the end. Used to combine replications run in separate batches.
     *
     * @param other another instance; unchanged
     * @throws IllegalArgumentException if {@code other} is this instance
     */
    public void merge(AcrossReplications other) {
        if (other == this) {
            throw new IllegalArgumentException("AcrossReplications cannot merge with itself");
        }
        other.metrics.forEach((name, values) -> {
            Values mine = metrics.computeIfAbsent(name, n -> new Values());
            for (int i = 0; i < values.size; i++) {
                mine.add(values.data[i]);
            }
        });
    }

    /** Forgets every metric and value. */
    public void reset() {
        metrics.clear();
    }

    private Values known(String metric) {
        Values values = metrics.get(metric);
        if (values == null) {
            throw new IllegalArgumentException(
                    "AcrossReplications has no metric '" + metric + "'; known metrics are " + metrics.keySet());
        }
        return values;
    }

    /** A growable array, so values stay primitive. */
    private static final class Values {
        private double[] data = new double[16];
        private int size;

        void add(double value) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = value;
        }

        double[] toArray() {
            return Arrays.copyOf(data, size);
        }
    }

    @Override
    public String toString() {
        return "AcrossReplications" + metrics.keySet();
    }
}
