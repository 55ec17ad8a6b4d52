package org.corridorsim.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sweep} and {@code compare} on Spark against the command line, identical to the bit. */
class SparkSweepCompareTest {

    @TempDir
    Path temp;

    @Test
    void aSweepSplitByPointAndReplicationGivesTheThreadedRunnersBits() {
        String[] common = {"sweep", SparkRunTest.MINIMAL, "--set", "corridors.north.checkpoint.lanes=1,3",
            "--set", "corridors.south.transport.vehicles=2,4", "-r", "9", "-s", "21"};
        Path cli = temp.resolve("cli");
        Commands.Ran local = Commands.cli(concat(common, "-t", "2", "-o", cli.toString()));
        assertEquals(0, local.code(), local.err());
        for (String partitions : new String[] {"3", "5"}) {
            Path spark = temp.resolve("spark-" + partitions);
            Commands.Ran ran = Commands.spark(concat(common, "--master", "local[2]", "--partitions", partitions,
                    "-o", spark.toString()));
            assertEquals(0, ran.code(), ran.err());
            assertEquals(local.out().replace(cli.toString(), spark.toString()), ran.out());
            ResultFiles.assertSameResultSet(cli, spark);
        }
    }

    @Test
    void aComparisonSplitByVariantAndReplicationGivesTheThreadedRunnersBits() throws IOException {
        Path variant = temp.resolve("more-lanes.yaml");
        Files.writeString(variant, Files.readString(Path.of(SparkRunTest.MINIMAL))
                .replace("id: example-minimal", "id: more-lanes").replace("lanes: 2", "lanes: 3"));
        String[] common = {"compare", SparkRunTest.MINIMAL, variant.toString(), SparkRunTest.MINIMAL, "-r", "11", "-s", "4"};
        Path cli = temp.resolve("cli");
        Commands.Ran local = Commands.cli(concat(common, "-t", "2", "-o", cli.toString()));
        assertEquals(0, local.code(), local.err());
        for (String partitions : new String[] {"3", "5"}) {
            Path spark = temp.resolve("spark-" + partitions);
            Commands.Ran ran = Commands.spark(concat(common, "--master", "local[2]", "--partitions", partitions,
                    "-o", spark.toString()));
            assertEquals(0, ran.code(), ran.err());
            assertEquals(local.out().replace(cli.toString(), spark.toString()), ran.out(), "the console table");
            ResultFiles.assertSameResultSet(cli, spark);
        }
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = new String[first.length + more.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
