package org.corridorsim.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.corridorsim.experiment.Experiment;
import org.corridorsim.experiment.ExperimentResult;
import org.corridorsim.experiment.SparkBridge;
import org.corridorsim.model.Outcome;

/**
 * Runs the experiments of a run, a sweep or a comparison on Spark: one experiment per unit, all
 * with the same seed and replication indices, so that units share common random numbers exactly
 * as on the threaded runner. Outcomes arrive in (unit, replication) order and are folded per unit.
 */
final class SparkExperiments {

    private final SparkReplications replications;

    SparkExperiments(SparkReplications replications) {
        this.replications = replications;
    }

    /**
     * @param experiments one per unit of {@code job}, built on the driver from the same scenario text
     * @throws UnitFailure at the first replication, in index order, that failed
     */
    List<ExperimentResult> run(Job job, List<Experiment> experiments) {
        if (experiments.size() != job.units().size()) {
            throw new IllegalArgumentException(experiments.size() + " experiments for " + job.units().size() + " units");
        }
        List<List<Outcome>> outcomes = new ArrayList<>();
        List<int[]> ranges = new ArrayList<>();
        for (Experiment experiment : experiments) {
            outcomes.add(new ArrayList<>());
            ranges.add(new int[] {0, SparkBridge.replications(experiment)});
        }
        Optional<Replica> failed = replications.run(job, ranges,
                replica -> outcomes.get(replica.unit()).add(replica.outcome()));
        if (failed.isPresent()) {
            Replica replica = failed.get();
            int unit = replica.unit();
            ExperimentResult partial = SparkBridge.result(experiments.get(unit), outcomes.get(unit), false);
            throw new UnitFailure(unit, replica.replication(), "replication " + replica.replication() + " of "
                    + partial.scenarioId() + " failed: " + replica.failure(), partial);
        }
        List<ExperimentResult> results = new ArrayList<>();
        for (int u = 0; u < experiments.size(); u++) {
            results.add(SparkBridge.result(experiments.get(u), outcomes.get(u), true));
        }
        return results;
    }
}
