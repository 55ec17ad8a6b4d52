package org.corridorsim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.corridorsim.model.MetricNames;
import org.corridorsim.model.Outcome;

/** Collects the outcomes an experiment folds, in the order it folds them, for tests. */
public final class Collected implements Consumer<Outcome> {

    private final List<Outcome> outcomes = new ArrayList<>();

    @Override
    public synchronized void accept(Outcome outcome) {
        outcomes.add(outcome);
    }

    public synchronized List<Outcome> outcomes() {
        return List.copyOf(outcomes);
    }

    public synchronized List<Integer> indices() {
        return outcomes.stream().map(Outcome::replication).toList();
    }

    /** Every replication's values, one row each in folding order. */
    public synchronized double[][] values() {
        return outcomes.stream().map(o -> o.values().clone()).toArray(double[][]::new);
    }

    public synchronized double[] values(MetricNames names, String metric) {
        int m = names.index(metric);
        return outcomes.stream().mapToDouble(o -> o.values()[m]).toArray();
    }
}
