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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Result folders record how they were made, hold the resolved scenario, and are not overwritten by other questions. */
class ProvenanceOptionTest {

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

    private static JsonNode json(Path file) throws IOException {
        return new ObjectMapper().readTree(file.toFile());
    }

    @Test
    void summaryJsonRecordsHowItWasMade() throws IOException, NoSuchAlgorithmException {
        Instant before = Instant.now().minusSeconds(1);
        Result r = run("run", MINIMAL.toString(), "-r", "3", "-t", "2", "-s", "11", "--set",
                "corridors.north.checkpoint.lanes=3", "-o", dir.toString(), "--no-progress", "--no-report");
        assertEquals(Main.OK, r.code(), r.err());
        JsonNode p = json(dir.resolve("summary.json")).get("provenance");
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(MINIMAL)));
        assertEquals(MINIMAL.toString(), p.get("scenarios").get(0).get("path").asText());
        assertEquals(sha, p.get("scenarios").get(0).get("sha256").asText());
        assertEquals("corridors.north.checkpoint.lanes=3", p.get("overrides").get(0).asText());
        assertEquals(11, p.get("seed").asLong());
        assertEquals(3, p.get("replications").asInt());
        assertEquals(2, p.get("threads").asInt());
        Instant started = Instant.parse(p.get("started").asText());
        Instant finished = Instant.parse(p.get("finished").asText());
        assertTrue(!started.isBefore(before) && !finished.isBefore(started), started + " " + finished);
        assertEquals(System.getProperty("java.runtime.version"), p.get("java").get("version").asText());
        assertFalse(p.get("corridorsim").get("version").asText().isBlank());
    }

    @Test
    void theResolvedScenarioReproducesTheRun() throws IOException {
        Path first = dir.resolve("first");
        assertEquals(Main.OK, run("run", MINIMAL.toString(), "-r", "3", "--set", "corridors.north.checkpoint.lanes=1",
                "--set", "experiment.seed=99", "-o", first.toString(), "--no-progress", "--no-report").code());
        Path resolved = first.resolve("scenario.resolved.yaml");
        String text = Files.readString(resolved);
        assertTrue(text.contains("seed: 99"), text);
        Path second = dir.resolve("second");
        Result again = run("run", resolved.toString(), "-r", "3", "-o", second.toString(), "--no-progress",
                "--no-report");
        assertEquals(Main.OK, again.code(), again.err());
        assertEquals(json(first.resolve("summary.json")).get("metrics"), json(second.resolve("summary.json")).get("metrics"));
        assertEquals(Files.readString(first.resolve("replications.csv")), Files.readString(second.resolve("replications.csv")));
    }

    @Test
    void resultsOfOtherOverridesAreNotOverwrittenWithoutForce() throws IOException {
        assertEquals(Main.OK, run("run", MINIMAL.toString(), "-r", "2", "-o", dir.toString(), "--no-progress",
                "--no-report").code());
        String before = Files.readString(dir.resolve("summary.json"));

        Result same = run("run", MINIMAL.toString(), "-r", "3", "-o", dir.toString(), "--no-progress", "--no-report");
        assertEquals(Main.OK, same.code(), "the same question may be asked again with more replications: " + same.err());

        Result other = run("run", MINIMAL.toString(), "-r", "2", "--set", "corridors.north.checkpoint.lanes=5",
                "-o", dir.toString(), "--no-progress", "--no-report");
        assertEquals(Main.INVALID, other.code());
        assertTrue(other.err().contains("not overwriting") && other.err().contains("--force"), other.err());
        assertTrue(Files.readString(dir.resolve("summary.json")).contains("\"replications\" : 3"));

        Result forced = run("run", MINIMAL.toString(), "-r", "2", "--set", "corridors.north.checkpoint.lanes=5",
                "-o", dir.toString(), "--no-progress", "--no-report", "--force");
        assertEquals(Main.OK, forced.code(), forced.err());
        assertEquals("corridors.north.checkpoint.lanes=5",
                json(dir.resolve("summary.json")).get("provenance").get("overrides").get(0).asText());
        assertFalse(before.equals(Files.readString(dir.resolve("summary.json"))));
    }

    @Test
    void aDifferentScenarioFileIsRefusedToo() throws IOException {
        Path copy = dir.resolve("edited.yaml");
        Files.writeString(copy, Files.readString(MINIMAL).replace("lanes: 2", "lanes: 4"));
        Path out = dir.resolve("out");
        assertEquals(Main.OK, run("run", MINIMAL.toString(), "-r", "2", "-o", out.toString(), "--no-progress",
                "--no-report").code());
        Result r = run("run", copy.toString(), "-r", "2", "-o", out.toString(), "--no-progress", "--no-report");
        assertEquals(Main.INVALID, r.code());
        assertTrue(r.err().contains("sha256"), r.err());
    }

    @Test
    void compareAndSweepRecordProvenanceAndResolvedScenarios() throws IOException {
        Path compare = dir.resolve("compare");
        Result c = run("compare", MINIMAL.toString(), MINIMAL.toString(), "-r", "2", "-o", compare.toString(),
                "--no-progress", "--no-report");
        assertEquals(Main.OK, c.code(), c.err());
        JsonNode comparison = json(compare.resolve("comparison.json"));
        assertEquals(2, comparison.get("provenance").get("scenarios").size());
        assertTrue(Files.exists(compare.resolve("example-minimal.resolved.yaml")));
        assertTrue(Files.exists(compare.resolve("example-minimal#2.resolved.yaml")));
        assertTrue(Files.exists(compare.resolve("datapackage.json")));

        Path sweep = dir.resolve("sweep");
        Result s = run("sweep", MINIMAL.toString(), "--set", "corridors.north.checkpoint.lanes=1,2", "-r", "2",
                "-o", sweep.toString(), "--no-progress", "--no-report");
        assertEquals(Main.OK, s.code(), s.err());
        JsonNode sweepJson = json(sweep.resolve("sweep.json"));
        assertEquals("corridors.north.checkpoint.lanes=1,2", sweepJson.get("provenance").get("overrides").get(0).asText());
        assertEquals("corridors.north.checkpoint.lanes", sweepJson.get("parameters").get(0).asText());
        assertTrue(Files.readAllLines(sweep.resolve("sweep.csv")).get(0)
                .startsWith("point,corridors.north.checkpoint.lanes,replications,"));
        assertTrue(Files.exists(sweep.resolve("scenario.resolved.yaml")));
    }
}
