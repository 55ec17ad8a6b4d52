package org.corridorsim.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fit} on Spark, each generation's proposals simulated there, against the local threads, identical to the bit. */
class SparkFitTest {

    static final String THINNING = "../src/test/resources/inference/thinning.yaml";

    @TempDir
    Path temp;

    @Test
    void aFitWithItsProposalsOnSparkIsTheLocalFitToTheByte() {
        String[] common = {"fit", THINNING, "--particles", "60", "-s", "3", "--predictive", "10", "--no-progress"};
        Path cli = temp.resolve("cli");
        Commands.Ran local = Commands.cli(concat(common, "-t", "2", "-o", cli.toString()));
        assertEquals(0, local.code(), local.err());
        Path spark = temp.resolve("spark");
        Commands.Ran ran = Commands.spark(concat(common, "-t", "2", "--master", "local[2]", "--partitions", "3",
                "-o", spark.toString()));
        assertEquals(0, ran.code(), ran.err());
        assertEquals(local.out().replace(cli.toString(), spark.toString()), ran.out(), "the console tables");
        assertEquals(ResultFiles.read(cli.resolve("posterior.csv")), ResultFiles.read(spark.resolve("posterior.csv")),
                "posterior.csv");
        ResultFiles.assertIdentical(cli, spark, "posterior.csv");
        ResultFiles.assertIdentical(cli, spark, "fit.json");
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = new String[first.length + more.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
