package org.corridorsim.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.corridorsim.cli.ModelSource;
import org.junit.jupiter.api.Test;

/**
 * Ctrl-C or SIGTERM on Spark: Spark's own shutdown hook stops the context under the running
 * command. The command must then see an interruption (and write what completed, with a resume
 * hint), not an IllegalStateException whose message lists Spark's call sites.
 */
class StoppedContextTest {

    private static ModelSource minimal() throws IOException {
        return new ModelSource("minimal", "scenarios/example-minimal.yaml",
                Files.readString(Path.of("../scenarios/example-minimal.yaml")), List.of(), List.of(), null, 0);
    }

    @Test
    void replicationsOnAStoppedContextAreAnInterruption() throws IOException {
        JavaSparkContext spark = new JavaSparkContext(SparkBackend.conf("local[1]", "stopped"));
        SparkReplications replications = new SparkReplications(spark, 2, Fault.NONE);
        spark.stop();
        InterruptedException e = assertThrows(InterruptedException.class, () -> replications.run(
                new Job(List.of(minimal()), 3, 0), List.<int[]>of(new int[] {0, 4}), replica -> { }));
        assertTrue(e.getMessage().contains("stopped"), e.getMessage());
    }

    @Test
    void proposalsOnAStoppedContextInterruptTheFit() throws IOException {
        JavaSparkContext spark = new JavaSparkContext(SparkBackend.conf("local[1]", "stopped"));
        SparkProposals proposals = new SparkProposals(spark, 1, minimal(), 1);
        spark.stop();
        try {
            double[][] simulated = proposals.simulate(new int[] {0}, new double[][] {{}}, new long[] {1});
            assertEquals(1, simulated.length);
            assertTrue(Thread.currentThread().isInterrupted(), "the fit sees an interruption");
        } finally {
            Thread.interrupted();
        }
    }
}
