package org.corridorsim.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run} on Spark against the command line's threaded runner, identical to the bit. */
class SparkRunTest {

    static final String MINIMAL = "../scenarios/example-minimal.yaml";

    /** Counts the injected failures; tasks run in this JVM under a local master. */
    static final AtomicInteger INJECTED = new AtomicInteger();

    @TempDir
    Path temp;

    @Test
    void threeAndFiveUnevenPartitionsGiveTheThreadedRunnersBits() {
        Path cli = temp.resolve("cli");
        Commands.Ran local = Commands.cli("run", MINIMAL, "-r", "23", "-s", "7", "-t", "2", "-o", cli.toString());
        assertEquals(0, local.code(), local.err());
        for (String partitions : new String[] {"3", "5"}) {
            Path spark = temp.resolve("spark-" + partitions);
            Commands.Ran ran = Commands.spark("run", MINIMAL, "-r", "23", "-s", "7", "--master", "local[2]",
                    "--partitions", partitions, "-o", spark.toString());
            assertEquals(0, ran.code(), ran.err());
            assertEquals(local.out().replace(cli.toString(), spark.toString()), ran.out(), "the console summary");
            ResultFiles.assertSameResultSet(cli, spark);
            assertEquals(23, ResultFiles.read(spark.resolve("replications.csv")).lines().count() - 1);
        }
    }

    @Test
    void aTaskThatFailsOnceIsRetriedAndTheResultsAreUnchanged() {
        Path cli = temp.resolve("cli");
        assertEquals(0, Commands.cli("run", MINIMAL, "-r", "12", "-s", "5", "-t", "2", "-o", cli.toString()).code());
        INJECTED.set(0);
        Fault failOnce = (attempt, unit, replication) -> {
            if (attempt == 0 && replication == 7) {
                INJECTED.incrementAndGet();
                throw new IllegalStateException("injected failure of the first attempt at replication 7");
            }
        };
        Path spark = temp.resolve("spark");
        Commands.Ran ran = Commands.spark(failOnce, "run", MINIMAL, "-r", "12", "-s", "5", "--master", "local[2,3]",
                "--partitions", "4", "-o", spark.toString());
        assertEquals(0, ran.code(), ran.err());
        assertEquals(1, INJECTED.get(), "the injected failure happened once, then the retry passed");
        ResultFiles.assertSameResultSet(cli, spark);
    }

    @Test
    void aScenarioErrorIsLocatedAndExitsTwoBeforeAnyTask() throws IOException {
        Path broken = temp.resolve("broken.yaml");
        Files.writeString(broken, Files.readString(Path.of(MINIMAL)).replace("lanes: 2", "lanes: 0"));
        AtomicInteger replications = new AtomicInteger();
        Commands.Ran spark = Commands.spark((attempt, unit, replication) -> replications.incrementAndGet(),
                "run", broken.toString(), "-r", "4", "--master", "local[2]", "-o", temp.resolve("out").toString());
        Commands.Ran cli = Commands.cli("run", broken.toString(), "-r", "4", "-o", temp.resolve("cli").toString());
        assertEquals(2, spark.code());
        assertEquals(cli.err(), spark.err(), "the command line's located message");
        assertTrue(spark.err().contains(broken + ":"), spark.err());
        assertTrue(spark.err().contains("lanes"), spark.err());
        assertFalse(spark.err().contains("\tat "), "no stack trace: " + spark.err());
        assertEquals(0, replications.get(), "no replication ran");
        assertFalse(Files.exists(temp.resolve("out")), "nothing written");
    }

    @Test
    void aPrecisionTargetOnSparkStopsWhereTheThreadedRunnerStops() {
        String[] common = {"run", MINIMAL, "-r", "5", "-s", "9", "--target-half-width", "0.02", "--max-replications",
            "40", "--no-report"};
        Path cli = temp.resolve("cli");
        Commands.Ran local = Commands.cli(concat(common, "-t", "2", "-o", cli.toString()));
        assertEquals(0, local.code(), local.err());
        Path spark = temp.resolve("spark");
        Commands.Ran ran = Commands.spark(concat(common, "--master", "local[2]", "-o", spark.toString()));
        assertEquals(0, ran.code(), ran.err());
        ResultFiles.assertSameResultSet(cli, spark);
    }

    @Test
    void aRunThatFailedOnSparkResumesFromItsJournalToTheThreadedRunnersBits() {
        Path cli = temp.resolve("cli");
        assertEquals(0, Commands.cli("run", MINIMAL, "-r", "20", "-s", "5", "-t", "2", "-o", cli.toString()).code());
        Path spark = temp.resolve("spark");
        // every attempt at replication 13 fails: the job is lost, what completed is journalled
        Commands.Ran failed = Commands.spark((attempt, unit, replication) -> {
            if (replication == 13) {
                throw new IllegalStateException("executor lost at replication 13");
            }
        }, "run", MINIMAL, "-r", "20", "-s", "5", "--master", "local[2]", "--partitions", "4", "-o", spark.toString());
        assertEquals(1, failed.code(), failed.err());
        assertTrue(failed.err().contains("--resume"), "says how to continue: " + failed.err());
        Commands.Ran resumed = Commands.spark("run", MINIMAL, "-r", "20", "-s", "5", "--master", "local[2]",
                "-o", spark.toString(), "--resume");
        assertEquals(0, resumed.code(), resumed.err());
        assertTrue(resumed.err().contains("already journalled"), resumed.err());
        ResultFiles.assertSameResultSet(cli, spark);
    }

    @Test
    void aReplicationTimeoutOnSparkFailsTheReplicationAsTheThreadedRunnerDoes() {
        Path spark = temp.resolve("spark");
        // replication 3 stalls, as a looping plugin would
        Commands.Ran ran = Commands.spark((attempt, unit, replication) -> {
            if (replication == 3) {
                try {
                    Thread.sleep(5000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, "run", MINIMAL, "-r", "6", "-s", "5", "--master", "local[2]", "--partitions", "1",
                "--replication-timeout", "300ms", "--no-report", "-o", spark.toString());
        assertEquals(1, ran.code(), ran.err());
        assertTrue(ran.err().contains("replication 3 ran longer than the replication timeout of 300ms"), ran.err());
        assertEquals(3, ResultFiles.read(spark.resolve("replications.csv")).lines().count() - 1, "0, 1, 2 are kept");
    }

    @Test
    void aMasterThatSparkCannotUseIsOneLineAndExitTwo() {
        Commands.Ran ran = Commands.spark("run", MINIMAL, "-r", "2", "--master", "nonsense://x",
                "-o", temp.resolve("x").toString());
        assertEquals(2, ran.code(), ran.err());
        assertTrue(ran.err().startsWith("corridorsim: --master nonsense://x: Spark did not start"), ran.err());
        assertEquals(1, ran.err().lines().count(), ran.err());
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = new String[first.length + more.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }

    @Test
    void aReplicationThatThrowsFailsTheJobNamingTheReplicationAndThePolicy() throws IOException {
        Path faulty = temp.resolve("faulty.yaml");
        Files.writeString(faulty, Files.readString(Path.of(MINIMAL))
                + "\nblocking:\n  - {id: buggy, policy: test-faulty, probability: 0.2}\n");
        Commands.Ran cli = Commands.cli("run", faulty.toString(), "-r", "30", "-s", "3", "-t", "2", "--no-report",
                "-o", temp.resolve("cli").toString());
        Commands.Ran spark = Commands.spark("run", faulty.toString(), "-r", "30", "-s", "3", "--master", "local[2]",
                "--partitions", "5", "--no-report", "-o", temp.resolve("spark").toString());
        assertEquals(1, cli.code(), cli.err());
        assertEquals(1, spark.code(), spark.err());
        int failed = failedReplication(cli.err());
        assertTrue(failed > 0, "the seed makes a later replication fail first: " + cli.err());
        assertEquals(failed, failedReplication(spark.err()), spark.err());
        assertTrue(spark.err().contains("faulty policy 'buggy' broke on purpose"), spark.err());
        // the command line's words, up to the resume hint, which repeats each command's own options
        assertEquals(cli.err().substring(0, cli.err().indexOf("to continue:")),
                spark.err().substring(0, spark.err().indexOf("to continue:")), "the command line's words");
        ResultFiles.assertSameResultSet(temp.resolve("cli"), temp.resolve("spark"));
        assertFalse(spark.err().contains("\tat "), "no stack trace: " + spark.err());
        // the replications before the failure are kept, in index order
        String rows = ResultFiles.read(temp.resolve("spark").resolve("replications.csv"));
        assertEquals(failed, rows.lines().count() - 1, rows);
    }

    private static int failedReplication(String message) {
        Matcher matcher = Pattern.compile("replication (\\d+) of").matcher(message);
        assertTrue(matcher.find(), message);
        return Integer.parseInt(matcher.group(1));
    }
}
