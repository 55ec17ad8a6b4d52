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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    private static final Path MINIMAL = Path.of("scenarios/example-minimal.yaml");

    @TempDir
    Path dir;

    private record Result(int code, String out, String err) { }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void runWritesTheResultFilesAndASummaryTable() throws IOException {
        Result r = run("run", MINIMAL.toString(), "-r", "4", "-t", "2", "--out", dir.toString(), "--no-progress");
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(r.out().contains("evacuated"), r.out());
        JsonNode summary = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        assertEquals("corridorsim-summary/1", summary.get("format").asText());
        assertEquals(4, summary.get("replications").asInt());
        assertEquals(4, summary.get("metrics").get("evacuated").get("n").asInt());
        List<String> rows = Files.readAllLines(dir.resolve("replications.csv"));
        assertEquals(5, rows.size(), "header plus one row per replication");
        List<String> series = Files.readAllLines(dir.resolve("timeseries.csv"));
        assertTrue(series.get(0).equals("bin_start,bin_end,scope,corridor,kind,evacuated_mean,evacuated_low,evacuated_high"));
        for (String line : series.subList(1, series.size())) {
            String low = line.split(",", -1)[6];
            assertTrue(low.isEmpty() || Double.parseDouble(low) >= 0, "a count's interval stays above 0: " + line);
        }
    }

    @Test
    void theSameSeedGivesTheSameSummaryWhateverTheThreads() throws IOException {
        Path one = dir.resolve("one");
        Path two = dir.resolve("two");
        assertEquals(Main.OK, run("run", MINIMAL.toString(), "-r", "6", "-t", "1", "-o", one.toString(), "--no-progress").code());
        assertEquals(Main.OK, run("run", MINIMAL.toString(), "-r", "6", "-t", "3", "-o", two.toString(), "--no-progress").code());
        // Everything but the provenance, which records the threads and the times.
        ObjectMapper json = new ObjectMapper();
        var first = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(one.resolve("summary.json").toFile());
        var second = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(two.resolve("summary.json").toFile());
        assertEquals(3, second.get("provenance").get("threads").asInt());
        first.remove("provenance");
        second.remove("provenance");
        assertEquals(first, second);
        assertEquals(Files.readString(one.resolve("replications.csv")), Files.readString(two.resolve("replications.csv")));
        assertEquals(Files.readString(one.resolve("timeseries.csv")), Files.readString(two.resolve("timeseries.csv")));
    }

    @Test
    void anInvalidScenarioExitsWithTwoAndLocatedErrorsButNoStackTrace() throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(MINIMAL).replaceFirst("lanes: \\d+", "lanes: 0"));
        Result r = run("run", bad.toString(), "--no-progress");
        assertEquals(Main.INVALID, r.code());
        assertTrue(r.err().contains("bad.yaml:"), r.err());
        assertTrue(r.err().contains("checkpoint.lanes"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
    }

    @Test
    void aMissingFileIsAnInvalidScenario() {
        Result r = run("validate", dir.resolve("nope.yaml").toString());
        assertEquals(Main.INVALID, r.code());
        assertTrue(r.err().contains("nope.yaml"), r.err());
    }

    @Test
    void validateAcceptsEveryShippedScenario() throws IOException {
        try (var files = Files.list(Path.of("scenarios"))) {
            String[] args = files.filter(f -> f.toString().endsWith(".yaml")).map(Path::toString).sorted()
                    .toArray(String[]::new);
            String[] command = new String[args.length + 1];
            command[0] = "validate";
            System.arraycopy(args, 0, command, 1, args.length);
            Result r = run(command);
            assertEquals(Main.OK, r.code(), r.err());
            assertEquals(args.length, r.out().lines().filter(l -> l.contains(": ok")).count());
        }
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(Main.INVALID, run("run").code());
        assertEquals(Main.INVALID, run("frobnicate").code());
        assertEquals(Main.INVALID, run("run", MINIMAL.toString(), "--replications", "many").code());
        assertEquals(Main.INVALID, run("sweep", MINIMAL.toString(), "--set", "nonsense").code());
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : List.of("run", "validate", "compare", "sweep")) {
            Result r = run(command, "--help");
            assertEquals(Main.OK, r.code());
            assertTrue(r.out().contains("Usage: corridorsim " + command), r.out());
        }
    }

    @Test
    void compareReportsPairedDifferences() throws IOException {
        Result r = run("compare", MINIMAL.toString(), MINIMAL.toString(), "-r", "4", "-o", dir.toString(), "--no-progress");
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(Files.exists(dir.resolve("comparison.csv")));
        JsonNode json = new ObjectMapper().readTree(dir.resolve("comparison.json").toFile());
        JsonNode difference = json.get("metrics").get("evacuated").get("differences").get("example-minimal#2");
        assertEquals(0.0, difference.get("mean").asDouble(), "a variant compared with itself differs by exactly 0");
    }

    @Test
    void sweepWritesOneRowPerPoint() throws IOException {
        Result r = run("sweep", MINIMAL.toString(), "--set", "corridors[0].checkpoint.lanes=1,2,3",
                "-r", "3", "-o", dir.toString(), "--no-progress");
        assertEquals(Main.OK, r.code(), r.err());
        List<String> rows = Files.readAllLines(dir.resolve("sweep.csv"));
        assertEquals(4, rows.size(), String.join("\n", rows));
        assertTrue(rows.get(1).startsWith("corridors[0].checkpoint.lanes=1"), rows.get(1));
    }

    @Test
    void aSweepValueTheScenarioRejectsIsReportedWithItsPoint() {
        Result r = run("sweep", MINIMAL.toString(), "--set", "corridors[0].checkpoint.lanes=2,-1", "-r", "2",
                "-o", dir.toString(), "--no-progress");
        assertEquals(Main.INVALID, r.code());
        assertTrue(r.err().contains("lanes=-1"), r.err());
    }
}
