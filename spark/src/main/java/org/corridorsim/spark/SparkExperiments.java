package org.corridorsim.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.corridorsim.experiment.Experiment;
import org.corridorsim.experiment.ExperimentResult;
import org.corridorsim.experiment.Fold;

/**
 * Runs the experiments of a run, a sweep or a comparison on Spark: one experiment per unit, all
 * with the same seed and replication indices, so that units share common random numbers exactly
 * as on the threaded runner. Outcomes arrive in (unit, replication) order and go into each
 * unit's {@link Fold}, the library's one way of combining results, so the summaries are those of
 * the command line to the bit.
 */
final class SparkExperiments {

    private final SparkReplications replications;

    SparkExperiments(SparkReplications replications) {
        this.replications = replications;
    }

    /**
     * @param experiments one per unit of {@code job}, built on the driver from the same scenario
     *        text; each one's {@link Experiment#onOutcome} listener is given its outcomes in index order
     * @throws UnitFailure at the first replication, in index order, that failed
     */
    List<ExperimentResult> run(Job job, List<Experiment> experiments) {
        if (experiments.size() != job.units().size()) {
            throw new IllegalArgumentException(experiments.size() + " experiments for " + job.units().size() + " units");
        }
        List<Fold> folds = new ArrayList<>();
        List<int[]> ranges = new ArrayList<>();
        for (Experiment experiment : experiments) {
            folds.add(Fold.of(experiment));
            ranges.add(new int[] {0, experiment.replications()});
        }
        Optional<Replica> failed = replications.run(job, ranges,
                replica -> folds.get(replica.unit()).offer(replica.outcome()));
        if (failed.isPresent()) {
            Replica replica = failed.get();
            int unit = replica.unit();
            ExperimentResult partial = folds.get(unit).partial(experiments.get(unit).replications(),
                    new ExperimentResult.Failure(replica.replication(), replica.failure()));
            throw new UnitFailure(unit, replica.replication(), "replication " + replica.replication() + " of "
                    + partial.scenarioId() + " failed: " + replica.describe(), partial);
        }
        return folds.stream().map(Fold::result).toList();
    }
}
