package org.corridorsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One piece of a population's intent by date, swept from the command line like any other value. */
class ScheduledPathsTest {

    /** Day 1: intent 0.5, day 2: intent 1, equal weight on each day; the corridor is shut on day 2. */
    private static final String DAYS = """
            id: days
            start: 2024-01-01T00:00
            end: 2024-01-03T00:00
            populations:
              - id: town
                size: 1000
                schedule: [2024-01-01T00:00, 2024-01-02T00:00]
                intent: [0.5, 1]
                departures: uniform
                travel: {C: 0s}
            corridors:
              - id: C
                checkpoint: {lanes: 1000, screening: 1s}
            """;

    @Test
    void sweepAndSetReachOnePieceOfAScheduledIntent(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("days.yaml");
        Files.writeString(file, DAYS);
        CommandRun sweep = CommandRun.of("sweep", file.toString(), "--set", "populations.town.intent[1]=0,0.5",
                "-r", "1", "-s", "3", "-o", dir.resolve("sweep").toString(), "--no-report");
        assertEquals(0, sweep.code(), sweep.err());
        List<String> rows = Files.readAllLines(dir.resolve("sweep/sweep.csv"));
        List<String> header = List.of(rows.get(0).split(","));
        int attempted = header.indexOf("attempted_mean");
        // (0.5 + 0) / 2 and (0.5 + 0.5) / 2 of 1,000 set out
        assertEquals(250, Double.parseDouble(rows.get(1).split(",")[attempted]));
        assertEquals(500, Double.parseDouble(rows.get(2).split(",")[attempted]));
        CommandRun bad = CommandRun.of("run", file.toString(), "--set", "populations.town.intent[1]=2", "-r", "1",
                "--no-report", "-o", dir.resolve("bad").toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("populations[0].intent[1]") || bad.err().contains("intent[1]"), bad.err());
    }
}
