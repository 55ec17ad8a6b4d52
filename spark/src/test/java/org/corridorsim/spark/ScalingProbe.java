package org.corridorsim.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.corridorsim.cli.ModelSource;
import org.corridorsim.experiment.Experiment;
import org.corridorsim.experiment.Fold;
import org.corridorsim.experiment.output.ReplicationRows;
import org.corridorsim.model.EvacuationModel;
import org.corridorsim.model.Outcome;
import org.corridorsim.random.RandomStreams;
import org.corridorsim.scenario.ScenarioLoader;

/**
 * Measures the two costs of the scaling estimate in spark/README.md (not a test; run by
 * spark/bench/scaling.sh): the time of one Aleppo replication on one core, the overhead of one
 * Spark task, and the driver's cost per replication (deserialising its outcome, folding it and
 * writing its row).
 */
public final class ScalingProbe {

    private ScalingProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path aleppo = Path.of(args.length > 0 ? args[0] : "scenarios/aleppo-2016-10.yaml");
        String text = Files.readString(aleppo);
        EvacuationModel model = new EvacuationModel(new ScenarioLoader().parse(text, aleppo.toString()).evacuation());
        RandomStreams streams = new RandomStreams(11);

        // one replication on one core, after warming up
        for (int r = 0; r < 200; r++) {
            model.replicate(streams, r);
        }
        int timed = 500;
        long start = System.nanoTime();
        List<Outcome> outcomes = new ArrayList<>();
        for (int r = 0; r < timed; r++) {
            outcomes.add(model.replicate(streams, r));
        }
        double perReplication = (System.nanoTime() - start) / 1e6 / timed;
        print("replication on one core", perReplication, "ms");

        // the driver: deserialise, fold and write a row, per replication
        byte[] serialised = serialise(outcomes);
        print("serialised outcome", serialised.length / 1024.0 / timed, "KiB");
        Experiment experiment = Experiment.of(model).replications(timed);
        double driver = Double.MAX_VALUE;
        for (int round = 0; round < 20; round++) {
            Path csv = Files.createTempFile("probe", ".csv");
            long t0 = System.nanoTime();
            try (ReplicationRows rows = ReplicationRows.open(csv, model.metricNames().names())) {
                Fold fold = Fold.of(experiment.onOutcome(rows));
                for (Outcome outcome : deserialise(serialised)) {
                    fold.offer(outcome);
                }
                fold.result();
                rows.commit();
            }
            driver = Math.min(driver, (System.nanoTime() - t0) / 1e3 / timed);
            Files.deleteIfExists(csv);
        }
        print("driver per replication (deserialise, fold, write row)", driver, "us");
        double deserialising = Double.MAX_VALUE;
        double folding = Double.MAX_VALUE;
        for (int round = 0; round < 20; round++) {
            long t0 = System.nanoTime();
            List<Outcome> copies = deserialise(serialised);
            long t1 = System.nanoTime();
            Fold fold = Fold.of(experiment);
            copies.forEach(fold::offer);
            fold.result();
            long t2 = System.nanoTime();
            deserialising = Math.min(deserialising, (t1 - t0) / 1e3 / timed);
            folding = Math.min(folding, (t2 - t1) / 1e3 / timed);
        }
        print("  of which deserialising", deserialising, "us");
        print("  of which folding", folding, "us");
        print("  of which writing the row (the rest)", driver - deserialising - folding, "us");

        // one Spark task: the same replications in 2 partitions and in many, on local[2]
        SparkConf conf = new SparkConf().setMaster("local[2]").setAppName("scaling probe")
                .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1");
        try (JavaSparkContext spark = new JavaSparkContext(conf)) {
            spark.setLogLevel("WARN");
            ModelSource unit = new ModelSource("minimal", "scenarios/example-minimal.yaml",
                    Files.readString(Path.of("scenarios/example-minimal.yaml")), List.of(), List.of(), null, 0);
            Job job = new Job(List.of(unit), 11, 0);
            int replications = 400;
            int many = 400;
            time(spark, job, replications, 2, 3);
            double few = time(spark, job, replications, 2, 5);
            double split = time(spark, job, replications, many, 5);
            double perTask = (split - few) * 2 / (many - 2);
            print("Spark task overhead, local[2] (" + replications + " replications in 2 vs " + many + " tasks: "
                    + String.format(Locale.ROOT, "%.0f vs %.0f ms", few, split) + ")", perTask, "ms of a core");

            // Aleppo in this one warm JVM, alternating: 2 threads against local[2] with default partitions
            int n = Integer.getInteger("probe.replications", 2000);
            ModelSource alep = new ModelSource("aleppo", aleppo.toString(), text, List.of(), List.of(), null, 0);
            SparkReplications onSpark = new SparkReplications(spark, 0, Fault.NONE);
            Experiment threaded = Experiment.of(model).replications(n).seed(11).threads(2);
            double bestThreads = Double.MAX_VALUE;
            double bestSpark = Double.MAX_VALUE;
            for (int round = 0; round < 3; round++) {
                long t0 = System.nanoTime();
                threaded.run();
                bestThreads = Math.min(bestThreads, (System.nanoTime() - t0) / 1e9);
                long t1 = System.nanoTime();
                Experiment.of(model).replications(n).seed(11).on((m, seed, progress, timeout) ->
                        new SparkReplicator(onSpark, alep, seed, progress, timeout)).run();
                bestSpark = Math.min(bestSpark, (System.nanoTime() - t1) / 1e9);
            }
            print(n + " Aleppo replications, warm, threaded runner on 2 threads", n / bestThreads, "per s");
            print(n + " Aleppo replications, warm, Spark local[2]", n / bestSpark, "per s");
        }
    }

    /** The fastest of {@code rounds} runs, in milliseconds. */
    private static double time(JavaSparkContext spark, Job job, int replications, int partitions, int rounds)
            throws InterruptedException {
        double best = Double.MAX_VALUE;
        for (int round = 0; round < rounds; round++) {
            long t0 = System.nanoTime();
            int[] count = new int[1];
            new SparkReplications(spark, partitions, Fault.NONE).run(job, List.<int[]>of(new int[] {0, replications}),
                    replica -> count[0]++);
            if (count[0] != replications) {
                throw new IllegalStateException(count[0] + " of " + replications + " replications");
            }
            best = Math.min(best, (System.nanoTime() - t0) / 1e6);
        }
        return best;
    }

    private static byte[] serialise(List<Outcome> outcomes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new ArrayList<>(outcomes));
        }
        return bytes.toByteArray();
    }

    @SuppressWarnings("unchecked")
    private static List<Outcome> deserialise(byte[] bytes) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return (List<Outcome>) in.readObject();
        }
    }

    private static void print(String what, double value, String unit) {
        System.out.printf(Locale.ROOT, "%-60s %10.3f %s%n", what, value, unit);
    }
}
