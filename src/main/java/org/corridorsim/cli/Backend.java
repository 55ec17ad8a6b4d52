package org.corridorsim.cli;

import java.util.List;
import java.nio.file.Path;
import org.corridorsim.experiment.Replicator;
import org.corridorsim.inference.Fit;
import org.corridorsim.model.EvacuationModel;

/**
 * Where a command's simulations run: this process's threads, or a cluster. The commands are
 * written once against it; the Spark job jar provides the cluster one through
 * {@link Provider}, chosen with {@code --master}. Every backend gives the same results to the
 * bit, because outcomes are folded in index order wherever they are computed.
 */
public interface Backend extends AutoCloseable {

    /** The system property that stands for {@code --master} when it is not given; set by {@code corridorsim-spark}. */
    String MASTER_PROPERTY = "corridorsim.master";

    /** {@return how many threads or cores the work has; recorded as the provenance's threads} */
    int parallelism();

    /**
     * Where the replications of the command's models run.
     *
     * @param sources what executors elsewhere rebuild each model the command built from; the
     *        models are those of the experiments the placement is given to
     * @return the placement, or empty for the experiments' own threads
     */
    java.util.Optional<Replicator.Placement> placement(java.util.function.Function<EvacuationModel, ModelSource> sources);

    /**
     * Where a fit's proposals are simulated.
     *
     * @param source the scenario being fitted
     * @param replicationsPerParticle replications averaged per proposal
     * @return the simulations, or empty for the fit's own threads
     */
    java.util.Optional<Fit.Simulations> simulations(ModelSource source, int replicationsPerParticle);

    /** Stops the cluster's context, if any. */
    @Override
    void close();

    /** Opens a backend for {@code --master}; registered with {@link java.util.ServiceLoader}. */
    interface Provider {
        /**
         * @param master the master URL, e.g. {@code local[2]} or {@code spark://host:7077}
         * @param partitions tasks per job, or 0 for the backend's default
         * @param appName names the job in the cluster's user interface
         * @param plugins plugin jars the executors need besides the job jar
         * @return the backend, started
         * @throws IllegalArgumentException with a message for the user if the master is not usable
         */
        Backend open(String master, int partitions, String appName, List<Path> plugins);
    }
}
