package org.corridorsim.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.corridorsim.cli.ModelSource;
import org.corridorsim.inference.Fit;
import org.corridorsim.scenario.Scenario;
import org.corridorsim.scenario.ScenarioLoader;

/**
 * A fit's batches of proposals simulated on Spark. The driver draws each generation's proposals
 * in index order; Spark simulates them split into contiguous slices, the scenario text parsed once
 * per partition; {@code collect} returns them in partition order, so the driver accepts them in
 * index order and the fit is the local one to the bit.
 */
final class SparkProposals implements Fit.Simulations {

    /** One proposal: a hypothesis index, its parameter values and the seed of its simulation. */
    record Proposal(int hypothesis, double[] values, long seed) implements Serializable {
    }

    private final JavaSparkContext spark;
    private final int partitions;
    private final ModelSource unit;
    private final int replicationsPerParticle;

    /** @param partitions per batch, or 0 for 3 per core */
    SparkProposals(JavaSparkContext spark, int partitions, ModelSource unit, int replicationsPerParticle) {
        this.spark = spark;
        this.partitions = partitions;
        this.unit = unit;
        this.replicationsPerParticle = replicationsPerParticle;
    }

    @Override
    public double[][] simulate(int[] hypotheses, double[][] values, long[] seeds) {
        List<Proposal> proposals = new ArrayList<>(hypotheses.length);
        for (int i = 0; i < hypotheses.length; i++) {
            proposals.add(new Proposal(hypotheses[i], values[i], seeds[i]));
        }
        try {
            int slices = partitions > 0 ? partitions
                    : SparkReplications.PARTITIONS_PER_CORE * Math.max(1, spark.defaultParallelism());
            slices = Math.max(1, Math.min(slices, proposals.size()));
            List<double[]> simulated = spark.parallelize(proposals, slices)
                    .mapPartitions(new Simulate(unit, replicationsPerParticle)).collect();
            return simulated.toArray(double[][]::new);
        } catch (RuntimeException e) {
            if (!spark.sc().isStopped()) {
                throw e;
            }
            // Ctrl-C or SIGTERM: Spark's shutdown hook stopped the context; the fit sees an interrupt
            // and keeps its saved generations for --resume
            Thread.currentThread().interrupt();
            return new double[hypotheses.length][];
        }
    }

    /** Runs on an executor: parses the scenario once, then simulates the partition's proposals in order. */
    private record Simulate(ModelSource unit, int replications) implements FlatMapFunction<Iterator<Proposal>, double[]> {

        @Override
        public Iterator<double[]> call(Iterator<Proposal> proposals) {
            Scenario scenario = unit.scenario(new ScenarioLoader());
            List<double[]> out = new ArrayList<>();
            while (proposals.hasNext()) {
                Proposal p = proposals.next();
                out.add(Fit.simulate(scenario, replications, p.hypothesis(), p.values(), p.seed()));
            }
            return out.iterator();
        }
    }
}
