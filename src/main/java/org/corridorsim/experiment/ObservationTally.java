package org.corridorsim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.corridorsim.model.EvacuationModel;
import org.corridorsim.model.MetricNames;
import org.corridorsim.model.Outcome;
import org.corridorsim.scenario.Observation;
import org.corridorsim.stats.RunningSummary;

/**
 * Compares replications with observations as they are folded: give it to
 * {@link Experiment#onOutcome}, then read {@link #checks()}. Memory does not grow with the
 * number of replications.
 *
 * <p>A count at a time before the horizon is the one the replication recorded then
 * ({@link Observation#value}); an incident count is the difference of two. Any other observation
 * takes the metric's value; a metric the model does not have gives no value.
 */
public final class ObservationTally implements Consumer<Outcome> {

    private final List<Observation> observed;
    private final double confidence;
    private final MetricNames names;
    private final double horizon;
    private final RunningSummary[] values;
    private final int[] inside;

    /**
     * For the outcomes of {@code model}; intervals at {@code confidence}.
     *
     * @param observed the scenario's observations
     * @param model the model whose outcomes will be tallied
     * @param confidence the intervals' confidence level, in (0, 1)
     */
    public ObservationTally(List<Observation> observed, EvacuationModel model, double confidence) {
        this.observed = List.copyOf(observed);
        this.confidence = confidence;
        this.names = model.metricNames();
        this.horizon = model.evacuation().horizon();
        int n = observed.size();
        values = new RunningSummary[n];
        inside = new int[n];
        for (int i = 0; i < n; i++) {
            values[i] = new RunningSummary();
        }
    }

    @Override
    public void accept(Outcome outcome) {
        for (int i = 0; i < values.length; i++) {
            Observation o = observed.get(i);
            double value = names.contains(o.metric()) ? o.value(outcome, names, horizon) : Double.NaN;
            if (!Double.isNaN(value)) {
                values[i].add(value);
                if (observed.get(i).contains(value)) {
                    inside[i]++;
                }
            }
        }
    }

    /** {@return one check per observation, in the scenario's order} */
    public List<ObservationCheck> checks() {
        List<ObservationCheck> checks = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            int n = values[i].n();
            checks.add(new ObservationCheck(observed.get(i), values[i].summary(confidence),
                    n == 0 ? Double.NaN : (double) inside[i] / n));
        }
        return checks;
    }
}
