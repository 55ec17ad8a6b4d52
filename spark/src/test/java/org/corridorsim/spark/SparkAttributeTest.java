package org.corridorsim.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.corridorsim.experiment.Attribution;
import org.corridorsim.experiment.AttributionResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code attribute} on Spark, split by (subset, replication), against the local threads, identical to the bit. */
class SparkAttributeTest {

    static final String ALEPPO = "../scenarios/aleppo-2016-10.yaml";

    @TempDir
    Path temp;

    @Test
    void theSubsetsValuesOnSparkAreTheLocalThreadsBits() {
        SparkOptions options = new SparkOptions();
        options.master = "local[2]";
        ScenarioFiles.Loaded loaded = new ScenarioFiles().load(Path.of(ALEPPO), List.of(), "", "");
        Attribution attribution = Attribution.of(loaded.scenario()).replications(4).seed(17);
        AttributionResult local = attribution.threads(2).run();
        AttributionResult spark;
        try (JavaSparkContext context = options.start("attribution test")) {
            SparkReplications work = new SparkReplications(context, 3, Fault.NONE);
            spark = attribution.runner(new SparkSubsets(work, loaded.unit(), loaded.scenario().evacuation())).run();
        }
        assertEquals(local.subsets(), spark.subsets());
        assertEquals(local.policies(), spark.policies());
        assertBits(local.noneByReplication(), spark.noneByReplication(), "no policy");
        assertBits(local.allByReplication(), spark.allByReplication(), "all policies");
        for (String policy : local.policies()) {
            assertBits(local.shapleyByReplication(policy), spark.shapleyByReplication(policy), policy);
            assertEquals(Double.doubleToLongBits(local.effect(policy).alone().mean()),
                    Double.doubleToLongBits(spark.effect(policy).alone().mean()), policy + " alone");
            assertEquals(Double.doubleToLongBits(local.effect(policy).removed().halfWidth()),
                    Double.doubleToLongBits(spark.effect(policy).removed().halfWidth()), policy + " removed");
        }
    }

    @Test
    void theAttributeCommandWritesTheCommandLinesFiles() {
        String[] common = {"attribute", ALEPPO, "-r", "3", "-s", "8", "--metric", "evacuated"};
        Path cli = temp.resolve("cli");
        Commands.Ran local = Commands.cli(concat(common, "-t", "2", "-o", cli.toString()));
        assertEquals(0, local.code(), local.err());
        Path spark = temp.resolve("spark");
        Commands.Ran ran = Commands.spark(concat(common, "--master", "local[2]", "--partitions", "5",
                "-o", spark.toString()));
        assertEquals(0, ran.code(), ran.err());
        assertEquals(local.out().replace(cli.toString(), spark.toString()), ran.out(), "the console table");
        ResultFiles.assertSameResultSet(cli, spark);
    }

    @Test
    void aMetricThatNotEverySubsetHasIsRefusedBeforeAnyTask() {
        Commands.Ran ran = Commands.spark("attribute", ALEPPO, "-r", "2", "--metric", "no-such-metric",
                "--master", "local[2]", "-o", temp.resolve("none").toString());
        assertEquals(Main.INVALID, ran.code(), ran.err());
    }

    private static void assertBits(double[] expected, double[] actual, String what) {
        assertEquals(expected.length, actual.length, what);
        for (int r = 0; r < expected.length; r++) {
            assertEquals(Double.doubleToLongBits(expected[r]), Double.doubleToLongBits(actual[r]),
                    what + ", replication " + r + ": " + expected[r] + " against " + actual[r]);
        }
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = new String[first.length + more.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
