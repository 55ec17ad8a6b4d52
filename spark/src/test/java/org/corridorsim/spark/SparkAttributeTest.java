package org.corridorsim.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code attribute} on Spark, split by (subset, replication), against the local threads, identical to the bit. */
class SparkAttributeTest {

    static final String ALEPPO = "../scenarios/aleppo-2016-10.yaml";

    @TempDir
    Path temp;

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
        assertEquals(2, ran.code(), ran.err());
        assertTrue(ran.err().contains("no-such-metric"), ran.err());
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = new String[first.length + more.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
