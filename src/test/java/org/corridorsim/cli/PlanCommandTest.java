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

/** {@code plan}: what it prints, its files and its errors. */
class PlanCommandTest {

    /** One checkpoint, 50 groups an hour, 3 min exponential screening: 4 lanes keep the mean wait under 90 s. */
    static final String STAFFING = """
            id: staffing
            time-zone: UTC
            start: 2024-01-01T00:00
            end: 2024-01-05T00:00
            populations:
              - id: p
                kind: civilian
                arrivals: {rate: 50/h}
                group-size: {dist: const, value: 1}
                travel: {C: 0s}
            corridors:
              - id: C
                serves: [civilian]
                checkpoint: {lanes: 1, screening: {dist: exponential, mean: 3m}}
            linked:
              lanes: corridors.C.checkpoint.lanes
            plan:
              variables:
                lanes: {from: 2, to: 7, cost: 10}
              targets:
                - {metric: corridor.C.checkpoint.wait, mean-at-most: 90s}
            """;

    @TempDir
    Path dir;

    private record Result(int code, String out, String err) { }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    private Path scenario(String text) throws IOException {
        Path file = dir.resolve("staffing.yaml");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void planPrintsTheAnswerAndWritesItsFiles() throws IOException {
        Path out = dir.resolve("out");
        Result r = run("plan", scenario(STAFFING).toString(), "-t", "2", "-o", out.toString(), "--no-progress");

        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(r.out().contains("cheapest configuration meeting every target: lanes=4 (cost 40)"), r.out());
        assertTrue(r.out().contains("mean(corridor.C.checkpoint.wait) <= 90: mean = "), r.out());
        JsonNode json = new ObjectMapper().readTree(out.resolve("plan.json").toFile());
        assertEquals("corridorsim-plan/1", json.get("format").asText());
        assertEquals(List.of(4), values(json.get("chosen")));
        assertEquals("feasible", json.get("chosen").get("verdict").asText());
        assertEquals(6, json.get("gridSize").asInt());
        assertTrue(json.get("monotone").asBoolean());
        assertTrue(json.has("provenance"));
        long run = 0;
        for (JsonNode point : json.get("points")) {
            run += point.get("replications").asLong();
        }
        assertEquals(json.get("replications").asLong(), run, "replications add up over the points");
        List<String> csv = Files.readAllLines(out.resolve("plan.csv"));
        assertEquals("lanes,cost,verdict,replications,order,target1_estimate,target1_lower,target1_upper", csv.get(0));
        assertEquals(1 + json.get("points").size(), csv.size());
        assertTrue(csv.contains(csv.stream().filter(l -> l.startsWith("4,40,feasible,")).findFirst().orElseThrow()));
        String report = Files.readString(out.resolve("report.html"));
        assertTrue(report.contains("Feasibility map"), "the report draws the map");
        assertTrue(report.contains("&#9733;"), "the map marks the chosen configuration");
        assertTrue(Files.exists(out.resolve("datapackage.json")));
    }

    @Test
    void exhaustiveRunsEveryConfigurationAndAgrees() throws IOException {
        Path out = dir.resolve("all");
        Result r = run("plan", scenario(STAFFING).toString(), "-t", "2", "-o", out.toString(), "--no-progress",
                "--exhaustive", "--no-report");

        assertEquals(Main.OK, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(out.resolve("plan.json").toFile());
        assertEquals(List.of(4), values(json.get("chosen")));
        assertEquals(6, json.get("points").size());
        for (JsonNode point : json.get("points")) {
            assertTrue(point.get("order").asInt() > 0, point.toString());
        }
        assertFalse(Files.exists(out.resolve("report.html")));
    }

    @Test
    void aScenarioWithoutAPlanIsAUsageError() throws IOException {
        Result r = run("plan", scenario(STAFFING.substring(0, STAFFING.indexOf("plan:"))).toString(), "--no-progress");

        assertEquals(Main.INVALID, r.code());
        assertTrue(r.err().contains("has no plan: section"), r.err());
    }

    @Test
    void aMistakeInThePlanIsLocated() throws IOException {
        Result r = run("plan", scenario(STAFFING.replace("cost: 10", "cost: ten")).toString(), "--no-progress");

        assertEquals(Main.INVALID, r.code());
        assertTrue(r.err().contains("staffing.yaml:19:35 plan.variables.lanes.cost: expected a number, got 'ten'"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void linkedNamesAndWildcardsWorkInRunAndSweep() throws IOException {
        Path file = scenario(STAFFING);
        Path runFolder = dir.resolve("run");
        Result r = run("run", file.toString(), "-r", "2", "-t", "1", "--set", "lanes=3", "--no-report", "--no-progress",
                "-o", runFolder.toString());
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(Files.readString(runFolder.resolve("scenario.resolved.yaml")).contains("lanes: 3"));

        Path sweepFolder = dir.resolve("sweep");
        r = run("sweep", file.toString(), "-r", "2", "-t", "1", "--set", "corridors.*.checkpoint.lanes=3,5", "--no-report",
                "--no-progress", "-o", sweepFolder.toString());
        assertEquals(Main.OK, r.code(), r.err());
        List<String> rows = Files.readAllLines(sweepFolder.resolve("sweep.csv"));
        assertEquals(3, rows.size(), rows.toString());
        assertTrue(rows.get(1).startsWith("corridors.*.checkpoint.lanes=3,3,"), rows.get(1));
    }

    private static List<Integer> values(JsonNode point) {
        return java.util.stream.StreamSupport.stream(point.get("values").spliterator(), false).map(JsonNode::asInt).toList();
    }
}
