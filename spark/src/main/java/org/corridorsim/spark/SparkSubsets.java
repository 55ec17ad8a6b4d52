package org.corridorsim.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.corridorsim.experiment.Attribution;
import org.corridorsim.model.Evacuation;
import org.corridorsim.model.EvacuationModel;

/**
 * An attribution's subsets of blocking policies run on Spark: work is split by (subset,
 * replication), the scenario text travels to the executors with each subset's mask, and the
 * metric values come back to the driver in index order, where {@link Attribution} combines them
 * exactly as after a local run.
 */
final class SparkSubsets implements Attribution.SubsetRunner {

    private final SparkReplications replications;
    private final Unit unit;
    private final Evacuation evacuation;

    /**
     * @param unit the scenario's text and overrides, as loaded on the driver
     * @param evacuation the same scenario parsed on the driver, for the metrics' columns
     */
    SparkSubsets(SparkReplications replications, Unit unit, Evacuation evacuation) {
        this.replications = replications;
        this.unit = unit;
        this.evacuation = evacuation;
    }

    @Override
    public double[][] run(long[] masks, String metric, int count, long seed) {
        List<Unit> units = new ArrayList<>(masks.length);
        int[] columns = new int[masks.length];
        for (int s = 0; s < masks.length; s++) {
            units.add(unit.withSubset(masks[s]));
            columns[s] = new EvacuationModel(Attribution.subset(evacuation, masks[s])).metricNames().index(metric);
        }
        double[][] values = new double[masks.length][count];
        Optional<Replica> failed = replications.run(new Job(units, seed, 0),
                SparkReplications.sameRange(masks.length, 0, count),
                replica -> values[replica.unit()][replica.replication()] =
                        replica.outcome().values()[columns[replica.unit()]]);
        if (failed.isPresent()) {
            Replica replica = failed.get();
            throw CommandFailure.failed("replication " + replica.replication() + " of " + unit.label()
                    + " with the blocking policies " + policies(masks[replica.unit()]) + " failed: " + replica.describe());
        }
        return values;
    }

    /** The ids of the policies that {@code mask} turns on, in id order. */
    private String policies(long mask) {
        List<String> ids = Attribution.subset(evacuation, mask).blocking().stream()
                .map(org.corridorsim.policy.BlockingPolicy::id).toList();
        return ids.isEmpty() ? "(none)" : String.join(", ", ids);
    }
}
