package org.corridorsim.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import org.corridorsim.experiment.Replicator;
import org.corridorsim.inference.Fit;
import org.corridorsim.model.EvacuationModel;
import picocli.CommandLine.Option;

/**
 * {@code --master} and {@code --partitions}: where a command's simulations run. Without a master
 * they run on this process's threads; with one, on the cluster backend that the Spark job jar
 * registers (see {@link Backend.Provider}). {@code corridorsim-spark} sets the default master
 * through the system property {@value Backend#MASTER_PROPERTY}.
 */
final class BackendOptions {

    @Option(names = "--master", paramLabel = "URL",
            description = {"Run the simulations on Spark, e.g. local[4]", "or spark://host:7077; needs the Spark job jar",
                    "(spark/bin/corridorsim-spark). Results are the same", "to the bit."})
    String master;

    @Option(names = "--partitions", paramLabel = "N",
            description = "With --master: Spark tasks per job (default: 3 per core). Results do not depend on it.")
    Integer partitions;

    /** The master asked for, or that of {@code corridorsim-spark}; empty for this process's threads. */
    Optional<String> master() {
        return Optional.ofNullable(master != null ? master : System.getProperty(Backend.MASTER_PROPERTY));
    }

    /**
     * Opens the backend; for a master, after every check that needs no cluster.
     *
     * @param threads the local thread count, used when there is no master
     * @param plugins plugin jars that a cluster's executors need
     */
    Backend open(String appName, int threads, List<Path> plugins) {
        if (partitions != null && partitions < 1) {
            throw CommandFailure.invalid("corridorsim: --partitions must be at least 1, got " + partitions);
        }
        Optional<String> url = master();
        if (url.isEmpty()) {
            if (partitions != null) {
                throw CommandFailure.invalid("corridorsim: --partitions needs --master");
            }
            return local(threads);
        }
        Backend.Provider provider = ServiceLoader.load(Backend.Provider.class).findFirst()
                .orElseThrow(() -> CommandFailure.invalid("corridorsim: --master " + url.get() + " needs the Spark "
                        + "job jar; run spark/bin/corridorsim-spark, or spark-submit spark/target/corridorsim-spark.jar"));
        try {
            return provider.open(url.get(), partitions == null ? 0 : partitions, appName, plugins);
        } catch (IllegalArgumentException e) {
            throw CommandFailure.invalid("corridorsim: --master " + url.get() + ": " + e.getMessage());
        } catch (NoClassDefFoundError e) {
            // the job jar leaves Spark out: it is the cluster's, on the class path spark-submit builds
            throw CommandFailure.invalid("corridorsim: --master " + url.get() + " needs Spark on the class path ("
                    + e.getMessage() + " is missing); run spark/bin/corridorsim-spark, or spark-submit "
                    + "spark/target/corridorsim-spark.jar, rather than java -jar");
        }
    }

    /** This process's threads. */
    static Backend local(int threads) {
        return new Backend() {
            @Override
            public int parallelism() {
                return threads;
            }

            @Override
            public Optional<Replicator.Placement> placement(java.util.function.Function<EvacuationModel, ModelSource> sources) {
                return Optional.empty();
            }

            @Override
            public Optional<Fit.Simulations> simulations(ModelSource source, int replicationsPerParticle) {
                return Optional.empty();
            }

            @Override
            public void close() {
            }
        };
    }
}
