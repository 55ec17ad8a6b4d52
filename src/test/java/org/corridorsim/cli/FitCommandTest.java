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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FitCommandTest {

    private static final String THINNING = "src/test/resources/inference/thinning.yaml";

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
    void fitWritesFitJsonPosteriorCsvAndTheReport() throws IOException {
        Result r = run("fit", THINNING, "--particles", "100", "-s", "3", "-t", "2", "-o", dir.toString(),
                "--predictive", "20", "--no-progress");
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(r.out().contains("flat") && r.out().contains("Bayes factor"), r.out());
        assertTrue(r.err().contains("generation 0: tolerance none (prior)"), r.err());
        JsonNode fit = new ObjectMapper().readTree(dir.resolve("fit.json").toFile());
        assertEquals("corridorsim-fit/1", fit.get("format").asText());
        assertEquals("thinning", fit.get("scenario").asText());
        assertEquals(100, fit.get("particles").asInt());
        assertTrue(fit.get("tolerances").get(0).isNull(), "the first tolerance is infinite");
        assertEquals(THINNING, fit.get("provenance").get("scenarios").get(0).get("path").asText());
        assertEquals(3, fit.get("provenance").get("seed").asLong());
        assertEquals(0.0, fit.get("tolerances").get(fit.get("tolerances").size() - 1).asDouble());
        double total = fit.get("hypotheses").get("flat").get("probability").asDouble()
                + fit.get("hypotheses").get("skewed").get("probability").asDouble();
        assertEquals(1.0, total, 1e-12);
        JsonNode theta = fit.get("hypotheses").get("flat").get("parameters").get("blocking.intercept.probability");
        assertTrue(theta.get("low").asDouble() < theta.get("median").asDouble()
                && theta.get("median").asDouble() < theta.get("high").asDouble(), theta.toString());
        List<String> rows = Files.readAllLines(dir.resolve("posterior.csv"));
        assertEquals("generation,hypothesis,blocking.intercept.probability,weight,seed,distance", rows.get(0));
        assertEquals(1 + 100 * fit.get("tolerances").size(), rows.size());
        String html = Files.readString(dir.resolve("report.html"));
        assertTrue(html.contains("Which hypotheses fit what was observed?"));
        // a complete fit leaves no state behind: nothing to resume, no temporary file
        assertTrue(Files.notExists(dir.resolve("fit-state.json")));
        assertTrue(Files.notExists(dir.resolveSibling("." + dir.getFileName() + ".corridorsim")));
        assertTrue(r.err().contains("ESS 100 of 100 particles"), r.err());
        assertTrue(r.out().contains("effective sample size per generation: 100,") && r.out().contains("95% interval"),
                r.out());
        assertEquals(fit.get("tolerances").size(), fit.get("effectiveSizes").size());
        assertEquals(100, fit.get("effectiveSizes").get(0).asDouble(), 1e-9);
        JsonNode flat = fit.get("hypotheses").get("flat");
        assertEquals(fit.get("tolerances").size(), flat.get("effectiveSizes").size());
        assertTrue(flat.get("probabilityInterval").get(0).asDouble() <= flat.get("probability").asDouble()
                && flat.get("probability").asDouble() <= flat.get("probabilityInterval").get(1).asDouble());
        assertTrue(html.contains("Effective sample size"));
    }

    @Test
    void samplerOptionsAreCheckedAndAdaptivePopulationsAreWritten() throws IOException {
        Result wrong = run("fit", THINNING, "--population", "elastic", "-o", dir.toString(), "--no-progress");
        assertEquals(2, wrong.code());
        assertTrue(wrong.err().contains("--population must be fixed or adaptive, got 'elastic'"), wrong.err());
        Result floor = run("fit", THINNING, "--min-acceptance", "1.5", "-o", dir.toString(), "--no-progress");
        assertEquals(2, floor.code());
        assertTrue(floor.err().contains("--min-acceptance must be at least 0 and below 1, got 1.5"), floor.err());
        Result quantile = run("fit", THINNING, "--quantile", "0", "-o", dir.toString(), "--no-progress");
        assertEquals(2, quantile.code());
        assertTrue(quantile.err().contains("--quantile must be above 0 and below 1, got 0.0"), quantile.err());
        Result adaptive = run("fit", THINNING, "--particles", "60", "-s", "3", "--population", "adaptive",
                "--no-early-rejection", "-o", dir.toString(), "--predictive", "0", "--no-progress", "--no-report");
        assertEquals(Main.OK, adaptive.code(), adaptive.err());
        JsonNode fit = new ObjectMapper().readTree(dir.resolve("fit.json").toFile());
        assertEquals(fit.get("tolerances").size(), fit.get("particlesPerGeneration").size());
        for (JsonNode n : fit.get("particlesPerGeneration")) {
            assertTrue(n.asInt() >= 60 && n.asInt() <= 240, fit.get("particlesPerGeneration").toString());
        }
    }

    /** What a fit stopped after its last generation leaves: its state in the folder's work area. */
    private static void leaveState(Path folder, int particles) throws Exception {
        Path state = folder.resolveSibling("." + folder.getFileName() + ".corridorsim").resolve("state");
        Files.createDirectories(state);
        org.corridorsim.inference.Fit.of(new org.corridorsim.scenario.ScenarioLoader().load(Path.of(THINNING)))
                .particles(particles).seed(3).predictiveDraws(0).saveStateIn(state).run();
    }

    @Test
    void resumeContinuesFromTheSavedStateToTheSameFiles() throws Exception {
        Path first = dir.resolve("first");
        leaveState(first, 80);
        Result refused = run("fit", THINNING, "--particles", "80", "-s", "3", "-o", first.toString(), "--no-progress");
        assertEquals(Main.INVALID, refused.code(), refused.err());
        assertTrue(refused.err().contains("holds an unfinished fit; add --resume"), refused.err());
        Result again = run("fit", THINNING, "--particles", "80", "-s", "3", "-o", first.toString(), "--resume",
                "--predictive", "10", "--no-progress", "--no-report");
        assertEquals(Main.OK, again.code(), again.err());
        assertTrue(Files.notExists(first.resolveSibling(".first.corridorsim")), "the state goes once the fit is written");
        Path second = dir.resolve("second");
        assertEquals(Main.OK, run("fit", THINNING, "--particles", "80", "-s", "3", "-t", "3", "-o", second.toString(),
                "--predictive", "10", "--no-progress", "--no-report").code());
        // the same fit.json but for the provenance, which records the threads and times
        var secondJson = (com.fasterxml.jackson.databind.node.ObjectNode) new ObjectMapper()
                .readTree(second.resolve("fit.json").toFile());
        var firstJson = (com.fasterxml.jackson.databind.node.ObjectNode) new ObjectMapper()
                .readTree(first.resolve("fit.json").toFile());
        assertEquals(3, secondJson.get("provenance").get("threads").asInt());
        secondJson.remove("provenance");
        firstJson.remove("provenance");
        assertEquals(secondJson, firstJson);
        assertEquals(Files.readString(second.resolve("posterior.csv")), Files.readString(first.resolve("posterior.csv")));
    }

    @Test
    void resumingWithOtherOptionsIsAUsageError() throws Exception {
        Path folder = dir.resolve("f");
        leaveState(folder, 40);
        Result r = run("fit", THINNING, "--particles", "50", "-s", "3", "-o", folder.toString(), "--resume",
                "--no-progress");
        assertEquals(Main.INVALID, r.code());
        assertTrue(r.err().contains("particles: saved 40, now 50"), r.err());
        Result none = run("fit", THINNING, "--particles", "50", "-s", "3", "-o", dir.resolve("g").toString(),
                "--resume", "--no-progress");
        assertEquals(Main.INVALID, none.code());
        assertTrue(none.err().contains("nothing to resume"), none.err());
    }

    @Test
    void resumeWithAChangedModelIsRefusedWithExitTwoNamingWhatChanged() throws Exception {
        Path folder = dir.resolve("m");
        leaveState(folder, 60);
        Result changed = run("fit", THINNING, "--particles", "60", "-s", "3", "-o", folder.toString(), "--resume",
                "--set", "populations.town.size=4000", "--set", "corridors.gate.checkpoint.lanes=1",
                "--predictive", "0", "--no-progress", "--no-report");
        assertEquals(Main.INVALID, changed.code(), changed.out() + changed.err());
        assertTrue(changed.err().contains("the scenario (its text after --set overrides) changed"), changed.err());
        assertTrue(changed.out().isEmpty(), "no posterior is printed: " + changed.out());
    }

    @Test
    void aFileWithoutObservationsIsRefusedByFitWithItsLocation() {
        Result r = run("fit", "scenarios/example-minimal.yaml", "--no-progress", "-o", dir.toString());
        assertEquals(Main.INVALID, r.code(), r.err());
        assertTrue(r.err().startsWith("scenarios/example-minimal.yaml: observed: a fit needs at least one observation"),
                r.err());
    }
}
