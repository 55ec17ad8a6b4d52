package org.corridorsim.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.api.java.JavaSparkContext;
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

    /** What a job gave: each unit's result, and how many cores Spark had for it. */
    record Ran(List<ExperimentResult> results, int cores) {
    }

    private final SparkReplications replications;

    SparkExperiments(SparkReplications replications) {
        this.replications = replications;
    }

    /** Starts Spark, runs {@code experiments} and stops Spark again. */
    static Ran run(SparkOptions spark, Fault fault, String appName, Job job, List<Experiment> experiments) {
        try (JavaSparkContext context = spark.start(appName)) {
            SparkReplications replications = new SparkReplications(context, spark.partitions(), fault);
            return new Ran(new SparkExperiments(replications).run(job, experiments), context.defaultParallelism());
        }
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
