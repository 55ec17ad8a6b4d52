package org.corridorsim.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plan} on Spark, each configuration's replications as tasks, against the local threads, identical to the bit. */
class SparkPlanTest {

    @TempDir
    Path temp;

    @Test
    void thePlanCommandWritesTheCommandLinesFiles() {
        // the Aleppo capacity question with a higher target, so that several configurations run
        String[] common = {"plan", "../scenarios/aleppo-2016-10-no-blocking.yaml", "--set",
            "plan.targets[0].at-least=30000", "--set", "plan.variables.lanes.to=3", "--set",
            "plan.variables.buses.to=3", "--first-batch", "4", "--no-progress"};
        Path cli = temp.resolve("cli");
        Commands.Ran local = Commands.cli(concat(common, "-t", "2", "-o", cli.toString()));
        assertEquals(0, local.code(), local.err());
        Path spark = temp.resolve("spark");
        Commands.Ran ran = Commands.spark(concat(common, "--master", "local[2]", "--partitions", "3",
                "-o", spark.toString()));
        assertEquals(0, ran.code(), ran.err());
        assertEquals(local.out().replace(cli.toString(), spark.toString()), ran.out(), "the console answer");
        ResultFiles.assertSameResultSet(cli, spark);
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = new String[first.length + more.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
