package org.corridorsim.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.corridorsim.experiment.ObservationCheck;
import org.corridorsim.experiment.ObservationTally;
import org.corridorsim.experiment.Variant;
import org.corridorsim.model.Outcome;
import org.corridorsim.scenario.Observation;

/**
 * One {@link ObservationTally} per variant of a comparison, fed by the comparison's outcome
 * listener: the variants run one after the other and each folds its replications from index 0,
 * so replication 0 starts the next variant.
 */
final class VariantTallies implements Consumer<Outcome> {

    private final List<Variant> variants;
    private final List<ObservationTally> tallies;
    private int current = -1;

    VariantTallies(List<Observation> observed, List<Variant> variants, double confidence) {
        this.variants = List.copyOf(variants);
        this.tallies = variants.stream().map(v -> new ObservationTally(observed, v.model(), confidence)).toList();
    }

    @Override
    public void accept(Outcome outcome) {
        if (outcome.replication() == 0) {
            current++;
        }
        tallies.get(current).accept(outcome);
    }

    /** Per variant label, in the comparison's order. */
    Map<String, List<ObservationCheck>> checks() {
        Map<String, List<ObservationCheck>> checks = new LinkedHashMap<>();
        for (int v = 0; v < variants.size(); v++) {
            checks.put(variants.get(v).label(), tallies.get(v).checks());
        }
        return checks;
    }
}
