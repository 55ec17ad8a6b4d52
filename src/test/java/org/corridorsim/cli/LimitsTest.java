package org.corridorsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.corridorsim.experiment.Experiment;
import org.corridorsim.model.EvacuationModel;
import org.corridorsim.scenario.Scenario;
import org.corridorsim.scenario.ScenarioLoader;
import org.corridorsim.scenario.ScenarioOverride;
import org.junit.jupiter.api.Test;

/** Limits that are right both ways: what fits is run, what cannot fit is refused up front with the right advice. */
class LimitsTest {

    /** example-minimal with as many bins as make one outcome about {@code share} of the heap (one-second bins). */
    private static Experiment experimentWithOutcomesOf(double share) {
        Path file = Path.of("scenarios/example-minimal.yaml");
        int series = new EvacuationModel(new ScenarioLoader().load(file).evacuation()).metricNames().seriesCount();
        long bins = (long) (Runtime.getRuntime().maxMemory() * share / (8.0 * series));
        LocalDateTime end = LocalDateTime.of(2024, 1, 1, 6, 0).plusSeconds(bins);
        Scenario scenario = new ScenarioLoader().load(file, List.of(ScenarioOverride.parse("experiment.bin=1s"),
                ScenarioOverride.parse("end=" + end)));
        return Experiment.of(new EvacuationModel(scenario.evacuation()));
    }

    @Test
    void oneReplicationWhoseOutcomeFitsIsNotRefusedForReplicationsItWillNeverHaveInFlight() {
        Experiment one = experimentWithOutcomesOf(0.04).replications(1).threads(1);
        Limits.check(List.of(one), new ExperimentOptions(), new PrintWriter(new StringWriter()));
        Experiment many = experimentWithOutcomesOf(0.04).replications(1000).threads(1);
        CommandFailure refused = assertThrows(CommandFailure.class,
                () -> Limits.check(List.of(many), new ExperimentOptions(), new PrintWriter(new StringWriter())));
        assertTrue(refused.lines().get(0).contains("65 replications in flight"), refused.lines().get(0));
        assertTrue(!refused.lines().get(0).contains("fewer --threads"), "one thread: not the advice to give");
    }

    @Test
    void aLongRunIsAnnouncedWithARealisticTime() {
        // 2,000,000 expected groups; measured at about 0.4 s a replication (benchmarks/README.md)
        Scenario mm3 = new ScenarioLoader().load(Path.of("benchmarks/scenarios/mm3-long.yaml"));
        Experiment five = Experiment.of(new EvacuationModel(mm3.evacuation())).replications(5).threads(1);
        StringWriter err = new StringWriter();
        Limits.check(List.of(five), new ExperimentOptions(), new PrintWriter(err, true));
        assertEquals("corridorsim: warning: about 2,000,000 groups set out in each replication; expect roughly 1 s "
                + "per replication and 5 s in all", err.toString().strip());
    }

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    @Test
    void aHugeSweepGridIsRefusedBeforeAnythingIsLoaded() {
        String values = String.join(",", java.util.Collections.nCopies(1000, "1"));
        long start = System.nanoTime();
        CommandRun r = run("sweep", "scenarios/example-minimal.yaml", "--set", "populations.town.size=" + values,
                "--set", "corridors.C1.checkpoint.lanes=" + values, "--no-progress");
        assertEquals(Main.INVALID, r.code(), r.err());
        assertTrue(r.err().contains("a sweep of 1,000,000 points (1000 x 1000 values) is above the limit of 10,000"),
                r.err());
        assertTrue(System.nanoTime() - start < 20_000_000_000L, "refused up front");
    }

    @Test
    void fitParticlesAndPredictiveDrawsThatCannotFitAreRefusedUpFront() {
        String thinning = "src/test/resources/inference/thinning.yaml";
        CommandRun particles = run("fit", thinning, "--particles", "2000000000", "--no-progress", "-o", "target/never");
        assertEquals(Main.INVALID, particles.code(), particles.err());
        assertTrue(particles.err().contains("2,000,000,000 particles need about") && particles.err().contains(
                "use at most about"), particles.err());
        CommandRun predictive = run("fit", thinning, "--predictive", "2000000000", "--no-progress", "-o", "target/never");
        assertEquals(Main.INVALID, predictive.code(), predictive.err());
        assertTrue(predictive.err().contains("2,000,000,000 posterior predictive draws need about"), predictive.err());
    }

    @Test
    void aTitleCannotForgeAConsoleLine() throws Exception {
        Path dir = java.nio.file.Files.createTempDirectory("corridorsim-title");
        Path file = dir.resolve("forged.yaml");
        java.nio.file.Files.writeString(file, java.nio.file.Files.readString(Path.of("scenarios/example-minimal.yaml"))
                .replaceFirst("title: .*", "title: \"ok\\\\r\\\\ncorridorsim: results written to /etc\""));
        CommandRun r = run("run", file.toString(), "-r", "1", "-o", dir.resolve("out").toString(), "--no-progress",
                "--no-report");
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(r.out().lines().noneMatch(line -> line.startsWith("corridorsim: results written to /etc")), r.out());
        assertTrue(r.out().contains("ok\\u000D\\u000Acorridorsim: results written to /etc"), r.out());
    }
}
