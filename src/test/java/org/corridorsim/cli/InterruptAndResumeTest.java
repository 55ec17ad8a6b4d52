package org.corridorsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real run with SIGTERM, checks that it wrote what completed and says so, resumes it,
 * and compares the result files with those of an uninterrupted run, byte for byte. That trial
 * runs 6,000 replications three times and is in the full profile ({@code mvn verify -Pfull});
 * {@code mvn test} runs the refusals.
 */
class InterruptAndResumeTest {

    private static final String MINIMAL = "scenarios/example-minimal.yaml";
    private static final String REPLICATIONS = "6000";

    @TempDir
    Path dir;

    private static int run(StringWriter err, String... args) {
        return Main.execute(args, new PrintWriter(new StringWriter()), new PrintWriter(err));
    }

    @Test
    @Tag("full")
    void aKilledRunKeepsWhatCompletedAndResumesToTheUninterruptedBits() throws Exception {
        Path killed = dir.resolve("killed");
        Path journal = dir.resolve(".killed.corridorsim/journal");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "org.corridorsim.cli.Main", "run", MINIMAL, "-r", REPLICATIONS, "-t", "2", "-o", killed.toString(),
                "--no-progress", "--no-report")
                .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!(Files.exists(journal) && Files.size(journal) > 100_000) && System.nanoTime() < deadline
                && process.isAlive()) {
            Thread.sleep(20);
        }
        process.destroy(); // SIGTERM
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the run stops");
        String log = Files.readString(dir.resolve("log.txt"));
        assertEquals(143, process.exitValue(), log);
        assertTrue(log.contains("PARTIAL RESULTS: "), log);
        assertTrue(log.contains("to continue: corridorsim run " + MINIMAL), log);
        JsonNode partial = new ObjectMapper().readTree(killed.resolve("summary.json").toFile());
        assertFalse(partial.get("complete").asBoolean());
        int completed = partial.get("completed").asInt();
        assertTrue(completed > 0 && completed < 6000, "completed " + completed);
        assertEquals(6000, partial.get("requested").asInt());
        assertEquals(completed + 1, Files.readAllLines(killed.resolve("replications.csv")).size());
        assertTrue(Files.exists(journal), "the journal stays for --resume");

        StringWriter err = new StringWriter();
        assertEquals(Main.INVALID, run(err, "run", MINIMAL, "-r", REPLICATIONS, "-o", killed.toString(),
                "--no-progress", "--no-report"), "an unfinished run is not overwritten without a word");
        assertTrue(err.toString().contains("holds an unfinished run ("), err.toString());

        err = new StringWriter();
        assertEquals(Main.OK, run(err, "run", MINIMAL, "-r", REPLICATIONS, "-t", "3", "-o", killed.toString(),
                "--no-progress", "--no-report", "--resume"), err.toString());
        assertTrue(err.toString().contains("resuming: "), err.toString());
        Path full = dir.resolve("full");
        assertEquals(Main.OK, run(new StringWriter(), "run", MINIMAL, "-r", REPLICATIONS, "-t", "1", "-o",
                full.toString(), "--no-progress", "--no-report"));
        for (String file : List.of("replications.csv", "timeseries.csv")) {
            assertEquals(-1L, Files.mismatch(full.resolve(file), killed.resolve(file)), file + " differs");
        }
        // summary.json too, but for its provenance, which records threads and times
        var fullSummary = (com.fasterxml.jackson.databind.node.ObjectNode) new ObjectMapper()
                .readTree(full.resolve("summary.json").toFile());
        var resumedSummary = (com.fasterxml.jackson.databind.node.ObjectNode) new ObjectMapper()
                .readTree(killed.resolve("summary.json").toFile());
        fullSummary.remove("provenance");
        resumedSummary.remove("provenance");
        assertEquals(fullSummary, resumedSummary, "summary.json differs");
        assertFalse(Files.exists(dir.resolve(".killed.corridorsim")), "finished: no journal, no work folder");
    }

    @Test
    void resumingWhereNothingWasJournalledSaysSo() {
        StringWriter err = new StringWriter();
        assertEquals(Main.INVALID, run(err, "run", MINIMAL, "-r", "2", "-o", dir.resolve("x").toString(),
                "--no-progress", "--resume"));
        assertTrue(err.toString().contains("nothing to resume in "), err.toString());
    }

    @Test
    void aJournalOfOtherOptionsIsNotResumed() throws IOException {
        Path out = dir.resolve("x");
        Path work = dir.resolve(".x.corridorsim");
        Files.createDirectories(work);
        Files.writeString(work.resolve("journal"), "corridorsim-journal/1 0123\n");
        StringWriter err = new StringWriter();
        assertEquals(Main.INVALID, run(err, "run", MINIMAL, "-r", "2", "-o", out.toString(), "--no-progress",
                "--resume"));
        assertTrue(err.toString().contains("cannot resume: the journal "), err.toString());
        err = new StringWriter();
        assertEquals(Main.OK, run(err, "run", MINIMAL, "-r", "2", "-o", out.toString(), "--no-progress",
                "--restart"), err.toString());
    }
}
