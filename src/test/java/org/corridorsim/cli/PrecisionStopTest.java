package org.corridorsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrecisionStopTest {

    private static final String MINIMAL = "scenarios/example-minimal.yaml";

    @TempDir
    Path dir;

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
        assertEquals(Main.OK, code, err.toString());
        return new String[] {out.toString(), err.toString()};
    }

    @Test
    void aMissedTargetIsRecordedInSummaryJsonAndSaidOnStderr() throws IOException {
        String[] r = run("run", MINIMAL, "-r", "2", "--target-half-width", "0.000001", "--max-replications", "4",
                "-o", dir.toString(), "--no-progress", "--no-report");
        assertTrue(r[1].contains("precision target missed"), r[1]);
        JsonNode stop = new ObjectMapper().readTree(dir.resolve("summary.json").toFile()).get("stop");
        assertEquals("max-replications", stop.get("reason").asText());
        assertEquals("evacuated", stop.get("metric").asText());
        assertEquals(0.000001, stop.get("target").asDouble());
        assertTrue(stop.get("achieved").asDouble() > 0.000001);
    }

    @Test
    void aMetTargetIsRecordedWithWhatWasAchieved() throws IOException {
        String[] r = run("run", MINIMAL, "-r", "4", "--target-half-width", "0.5", "--max-replications", "40",
                "-o", dir.toString(), "--no-progress", "--no-report");
        assertFalse(r[1].contains("precision target missed"), r[1]);
        JsonNode summary = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        JsonNode stop = summary.get("stop");
        assertEquals("precision-met", stop.get("reason").asText());
        JsonNode evacuated = summary.get("metrics").get("evacuated");
        assertEquals(evacuated.get("halfWidth").asDouble() / evacuated.get("mean").asDouble(),
                stop.get("achieved").asDouble(), 1e-12);
        assertTrue(stop.get("achieved").asDouble() <= 0.5);
    }

    @Test
    void withoutATargetThereIsNoStopObject() throws IOException {
        run("run", MINIMAL, "-r", "2", "-o", dir.toString(), "--no-progress", "--no-report");
        assertTrue(new ObjectMapper().readTree(dir.resolve("summary.json").toFile()).get("stop") == null);
    }
}
