package org.corridorsim.spark;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.corridorsim.cli.Backend;
import org.corridorsim.cli.ModelSource;
import org.corridorsim.experiment.Replicator;
import org.corridorsim.inference.Fit;
import org.corridorsim.model.EvacuationModel;

/**
 * The command line's backend on Spark: an experiment's replications, an attribution's subsets and
 * a fit's proposals run as Spark tasks, and come back to the driver in index order, where the
 * command folds them as on the local threads. Plugin jars go to the executors with the job.
 */
final class SparkBackend implements Backend {

    /** Runs before each replication on the executors; only tests set it. */
    static volatile Fault fault = Fault.NONE;

    private final JavaSparkContext spark;
    private final SparkReplications replications;
    private final int partitions;

    private final int parallelism;

    private SparkBackend(JavaSparkContext spark, int partitions) {
        this.spark = spark;
        this.partitions = partitions;
        this.replications = new SparkReplications(spark, partitions, fault);
        this.parallelism = Math.max(1, spark.defaultParallelism());
    }

    /** Read once: after a signal, Spark's shutdown hook stops the context, which then answers nothing. */
    @Override
    public int parallelism() {
        return parallelism;
    }

    @Override
    public Optional<Replicator.Placement> placement(Function<EvacuationModel, ModelSource> sources) {
        return Optional.of((model, seed, progress, timeout) ->
                new SparkReplicator(replications, sources.apply(model), seed, progress, timeout));
    }

    @Override
    public Optional<Fit.Simulations> simulations(ModelSource source, int replicationsPerParticle) {
        return Optional.of(new SparkProposals(spark, partitions, source, replicationsPerParticle));
    }

    @Override
    public void close() {
        spark.close();
    }

    /**
     * Spark's settings: those of spark-submit or {@code -Dspark.*} first, then the master. A local
     * master binds to 127.0.0.1 and has no web UI unless set otherwise.
     */
    static SparkConf conf(String master, String appName) {
        SparkConf conf = new SparkConf(true).setAppName(appName).setMaster(master);
        if (master.startsWith("local")) {
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
            conf.setIfMissing("spark.ui.enabled", "false");
        }
        return conf;
    }

    /** Registered in {@code META-INF/services}; the command line finds it when {@code --master} is given. */
    public static final class Provider implements Backend.Provider {

        /** Called by {@link java.util.ServiceLoader}. */
        public Provider() {
        }

        @Override
        public Backend open(String master, int partitions, String appName, List<Path> plugins) {
            JavaSparkContext context;
            try {
                context = new JavaSparkContext(conf(master, appName));
            } catch (Exception e) { // SparkException is checked, though Scala does not declare it
                String message = e.getMessage() == null ? e.toString() : e.getMessage();
                throw new IllegalArgumentException("Spark did not start: " + message.lines().findFirst().orElse(""));
            }
            context.setLogLevel("WARN");
            for (Path jar : plugins) {
                context.addJar(jar.toAbsolutePath().toString());
            }
            return new SparkBackend(context, partitions);
        }
    }
}
