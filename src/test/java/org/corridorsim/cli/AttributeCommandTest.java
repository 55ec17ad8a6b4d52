package org.corridorsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code attribute}, and what {@code run} prints about observations. */
class AttributeCommandTest {

    private static final Path TWO = Path.of("src/test/resources/scenarios/two-interceptions.yaml");

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
    void attributeWritesTheJsonOfTheIssueTheCsvAndTheReport() throws IOException {
        Result r = run("attribute", TWO.toString(), "-r", "6", "-t", "2", "-o", dir.toString(), "--no-progress");
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(r.out().contains("Shapley value"), r.out());

        JsonNode json = new ObjectMapper().readTree(dir.resolve("attribution.json").toFile());
        assertEquals("corridorsim-attribution/1", json.get("format").asText());
        assertEquals("evacuated", json.get("metric").asText());
        assertEquals(6, json.get("replications").asInt());
        assertEquals(6, json.get("n").asInt(), "every replication has the metric");
        assertEquals(100.0, json.get("none").get("mean").asDouble());
        assertEquals(List.of("east", "west"), fieldNames(json.get("policies")));
        for (JsonNode policy : json.get("policies")) {
            assertEquals(List.of("shapley", "alone", "removed"), fieldNames(policy));
            for (JsonNode estimate : policy) {
                assertEquals(List.of("mean", "halfWidth", "n"), fieldNames(estimate));
                assertEquals(6, estimate.get("n").asInt());
            }
        }
        double shapleySum = json.get("policies").get("east").get("shapley").get("mean").asDouble()
                + json.get("policies").get("west").get("shapley").get("mean").asDouble();
        assertEquals(json.get("all").get("mean").asDouble() - 100, shapleySum, 1e-9);
        List<String> csv = Files.readAllLines(dir.resolve("attribution.csv"));
        assertEquals("policy,statistic,mean,half_width,n", csv.get(0));
        assertEquals(1 + 2 + 2 * 3, csv.size());
        assertTrue(Files.readString(dir.resolve("report.html")).contains("Effect of each blocking policy on evacuated"));
        assertTrue(Files.exists(dir.resolve("datapackage.json")));
    }

    @Test
    void theSameSeedGivesTheSameFilesWhateverTheThreads() throws IOException {
        Path one = dir.resolve("one");
        Path three = dir.resolve("three");
        assertEquals(Main.OK, run("attribute", TWO.toString(), "-r", "5", "-t", "1", "-o", one.toString(), "--no-report",
                "--no-progress").code());
        assertEquals(Main.OK, run("attribute", TWO.toString(), "-r", "5", "-t", "3", "-o", three.toString(), "--no-report",
                "--no-progress").code());
        ObjectMapper json = new ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode a = (com.fasterxml.jackson.databind.node.ObjectNode)
                json.readTree(one.resolve("attribution.json").toFile());
        com.fasterxml.jackson.databind.node.ObjectNode b = (com.fasterxml.jackson.databind.node.ObjectNode)
                json.readTree(three.resolve("attribution.json").toFile());
        assertEquals(3, b.get("provenance").get("threads").asInt(), "how it was made is recorded");
        assertEquals(TWO.toString(), b.get("provenance").get("scenarios").get(0).get("path").asText());
        a.remove("provenance");
        b.remove("provenance");
        assertEquals(a, b, "every figure is the same whatever the threads");
        assertEquals(Files.readString(one.resolve("attribution.csv")), Files.readString(three.resolve("attribution.csv")));
        assertTrue(Files.notExists(one.resolve("report.html")));
    }

    @Test
    @Tag("full") // about 5-15 s: two attributions of 1,200 replications per subset
    void aStoppedAttributionKeepsItsReplicationsAndResumesToTheSameFiles() throws Exception {
        Path whole = dir.resolve("whole");
        String[] common = {"attribute", TWO.toString(), "-r", "1200", "-t", "2", "--no-progress", "--no-report"};
        assertEquals(Main.OK, run(concat(common, "-o", whole.toString())).code());
        Path stopped = dir.resolve("stopped");
        Path journal = dir.resolve(".stopped.corridorsim").resolve("journal");
        Result[] first = new Result[1];
        Thread worker = new Thread(() -> first[0] = run(concat(common, "-o", stopped.toString())));
        worker.start();
        // stop it once it has journalled some replications, as Ctrl-C would
        while (worker.isAlive() && (!Files.exists(journal) || Files.size(journal) < 2048)) {
            Thread.sleep(5);
        }
        worker.interrupt();
        worker.join();
        assertEquals(Main.FAILURE, first[0].code(), first[0].err());
        assertTrue(first[0].err().contains("to continue: corridorsim attribute"), first[0].err());
        assertTrue(Files.notExists(stopped.resolve("attribution.json")), "nothing written before every subset is done");
        Result refused = run(concat(common, "-o", stopped.toString()));
        assertEquals(Main.INVALID, refused.code(), refused.err());
        assertTrue(refused.err().contains("add --resume"), refused.err());
        Result resumed = run(concat(common, "-o", stopped.toString(), "--resume"));
        assertEquals(Main.OK, resumed.code(), resumed.err());
        assertTrue(resumed.err().contains("already journalled"), resumed.err());
        assertEquals(Files.readString(whole.resolve("attribution.csv")), Files.readString(stopped.resolve("attribution.csv")));
        assertTrue(Files.notExists(journal.getParent()), "nothing left to resume");
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }

    @Test
    void anUnusableMetricIsAUsageError() {
        Result r = run("attribute", TWO.toString(), "--metric", "blocked.east", "-r", "2", "-o", dir.toString(),
                "--no-progress");
        assertEquals(Main.INVALID, r.code());
        assertTrue(r.err().contains("'blocked.east'"), r.err());
    }

    @Test
    void runPrintsEachObservationWithTheShareOfReplicationsInside() {
        Result r = run("run", TWO.toString(), "-r", "4", "-o", dir.toString(), "--no-progress", "--no-report");
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(r.out().contains("evacuated at 2020-01-01T06:00 in [30, 50]"), r.out());
        assertTrue(r.out().contains("share inside"), r.out());
        assertTrue(r.out().contains("invented for tests"), r.out());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
