package org.corridorsim.inference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import org.corridorsim.experiment.Experiment;
import org.corridorsim.experiment.ObservationCheck;
import org.corridorsim.experiment.ObservationTally;
import org.corridorsim.model.EvacuationModel;
import org.corridorsim.scenario.Scenario;
import org.corridorsim.scenario.ScenarioLoader;
import org.corridorsim.scenario.ScenarioOverride;
import org.junit.jupiter.api.Test;

/**
 * Counts at observation times are exact, whatever {@code experiment.bin} is, for every count
 * that grows: hand-computed values of {@code convoy-times.yaml} (60 civilians evacuated at 06:50
 * by the first convoy, 40 fighters at 10:50 by the second), through {@code run}'s tally and
 * {@code fit}'s simulation.
 */
class CountsAtTimesTest {

    private static final Path FILE = Path.of("src/test/resources/inference/convoy-times.yaml");

    /** The observations below, each with the value worked out by hand, with no policy on. */
    private static final String OBSERVED = "observed=["
            + "{metric: evacuated, at: 2024-01-01T07:00, between: [60, 60]},"
            // the convoy arrives at 06:50 exactly: a count at a time is what happened before it
            + "{metric: evacuated, at: 2024-01-01T06:50, between: [0, 0]},"
            + "{metric: evacuated, at: 2024-01-01T06:51, between: [60, 60]},"
            + "{metric: evacuated, from: 2024-01-01T07:00, at: 2024-01-01T11:00, between: [40, 40]},"
            + "{metric: evacuated.civilian, at: 2024-01-01T07:00, between: [60, 60]},"
            + "{metric: evacuated.fighter, from: 2024-01-01T07:00, at: 2024-01-01T12:00, between: [40, 40]},"
            + "{metric: corridor.gate.evacuated, at: 2024-01-01T10:00, between: [60, 60]},"
            + "{metric: attempted, at: 2024-01-01T05:00, between: [60, 60]},"
            + "{metric: corridor.gate.station.yard.convoys, at: 2024-01-01T08:00, between: [1, 1]},"
            + "{metric: corridor.gate.station.yard.convoys, between: [2, 2]},"
            + "{metric: corridor.gate.station.yard.passed, from: 2024-01-01T06:00, at: 2024-01-01T10:51, "
            + "between: [100, 100]},"
            + "{metric: population.early.evacuated, at: 2024-01-01T07:00, between: [60, 60]},"
            + "{metric: population.late.evacuated, from: 2024-01-01T07:00, at: 2024-01-01T12:00, between: [40, 40]},"
            + "{metric: corridor.gate.station.yard.convoys-arrived, at: 2024-01-01T06:50, between: [0, 0]},"
            + "{metric: corridor.gate.station.yard.convoys-arrived, at: 2024-01-01T06:51, between: [1, 1]},"
            // 60 persons in 50-seat vehicles: 2 at 06:30; 40 persons: 1 at 10:30
            + "{metric: corridor.gate.station.yard.vehicles, at: 2024-01-01T10:00, between: [2, 2]},"
            + "{metric: corridor.gate.station.yard.vehicles, between: [3, 3]}]";
    private static final double[] BY_HAND = {60, 0, 60, 40, 60, 40, 60, 60, 1, 2, 100, 60, 40, 0, 1, 2, 3};

    static Scenario scenario(String... overrides) {
        return new ScenarioLoader().load(FILE, java.util.Arrays.stream(overrides).map(ScenarioOverride::parse).toList());
    }

    @Test
    void countsAtTimesAreTheHandComputedOnesWithBinsOfSixHoursAndOfOneHour() {
        for (String bin : List.of("6h", "1h", "5m")) {
            Scenario scenario = scenario(OBSERVED, "experiment.bin=" + bin);
            // run: every replication's value through the tally
            EvacuationModel model = new EvacuationModel(scenario.withPolicies(List.of()).evacuation());
            ObservationTally tally = new ObservationTally(scenario.inference().observed(), model, 0.95);
            Experiment.of(model).replications(4).seed(5).onOutcome(tally).run();
            List<ObservationCheck> checks = tally.checks();
            for (int k = 0; k < BY_HAND.length; k++) {
                assertEquals(BY_HAND[k], checks.get(k).summary().mean(), "bin " + bin + ": " + checks.get(k)
                        .observation().label());
                assertEquals(1.0, checks.get(k).inside(), "every replication: " + checks.get(k).observation().label());
            }
            // fit: hypothesis 'none', one replication per particle
            assertArrayEquals(BY_HAND, new ScenarioSimulation(scenario, 1).simulate(0, new double[0], 9), "bin " + bin);
        }
        // Before, the count at 07:00 was interpolated in the 6 h bin from 06:00 to 12:00, which holds all 100
        // evacuated: 100 / 6 = 16.7, not 60.
    }

    @Test
    void detainedIsCountedAtATimeAndBetweenTwoTimesUnderEachHypothesis() {
        ScenarioSimulation simulation = new ScenarioSimulation(scenario(), 1);
        // detained at 07:00, and between 08:00 and 10:00; the fighters set out from 08:00 and are detained at the gate
        assertArrayEquals(new double[] {0, 0}, simulation.simulate(0, new double[0], 3), "none");
        assertArrayEquals(new double[] {60, 0}, simulation.simulate(1, new double[0], 3), "civilians");
        assertArrayEquals(new double[] {0, 40}, simulation.simulate(2, new double[0], 3), "fighters");
        assertArrayEquals(new double[] {60, 40}, simulation.simulate(3, new double[0], 3), "both");
    }

    @Test
    void aFitOnDetainedAtATimeAndBetweenTwoTimesFindsTheFighters() throws InterruptedException {
        FitResult result = Fit.of(scenario()).particles(100).seed(4).predictiveDraws(0).run();
        HypothesisPosterior fighters = result.hypotheses().get(2);
        assertEquals("fighters", fighters.id());
        // only 'fighters' gives 0 detained by 07:00 and 40 between 08:00 and 10:00; 'both' gives 40 in the interval
        // too, and only the count at 07:00 tells it apart
        assertEquals(1.0, fighters.probability(), 1e-12);
        assertEquals(FitResult.Stop.EXACT, result.stop());
    }

    @Test
    void earlyRejectionJudgesCountsAtTimesAndIncidentCounts() {
        ScenarioSimulation simulation = new ScenarioSimulation(scenario(), 1);
        // 'both': 60 detained by 07:00 against at most 0, final after the 12:00 bin end (bin 6h); 40 in the interval
        assertNull(simulation.simulate(3, new double[0], 3, 59), "60 beyond 'at most 0' (a unit of 1)");
        assertArrayEquals(new double[] {60, 40}, simulation.simulate(3, new double[0], 3, 60));
        // 'none': 0 between 08:00 and 10:00 against [40, 40]: below, so only final once 10:00 is past
        assertNull(simulation.simulate(0, new double[0], 3, 39));
        assertNotNull(simulation.simulate(0, new double[0], 3, 40));
        // an incident count above its range ends the replication as soon as the count so far exceeds it
        Scenario over = scenario("observed=[{metric: evacuated, from: 2024-01-01T06:00, at: 2024-01-01T23:00, "
                + "between: [0, 10]}]", "experiment.bin=1h");
        ScenarioSimulation early = new ScenarioSimulation(over, 1);
        assertArrayEquals(new double[] {100}, early.simulate(0, new double[0], 3));
        // 100 against [0, 10]: 90 persons, 9 widths above; the count so far passes that at 11:00, before 23:00
        assertNull(early.simulate(0, new double[0], 3, 8.9));
        assertNotNull(early.simulate(0, new double[0], 3, 9));
    }

    /** 10 persons of one-person groups reach the buses by 01:11; only full buses (4 seats) leave. */
    private static final String SHUTTLES = """
            id: shuttles
            time-zone: UTC
            start: 2024-01-01T00:00
            end: 2024-01-02T00:00
            populations:
              - id: town
                size: 10
                departures: {profile: [1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0]}
                travel: {C: {dist: const, value: 10m}}
            corridors:
              - id: C
                route:
                  - {id: exit, checkpoint: {lanes: 100, screening: {dist: const, value: 1m}}}
                  - {id: medics, ambulances: {vehicles: 1, trip: {dist: const, value: 10m}}}
                  - {id: buses, shuttle: {vehicles: 2, seats: 4, trip: 1h}}
            observed:
              - {metric: corridor.C.station.buses.vehicles, at: 2024-01-01T12:00, between: [0, 10]}
              - {metric: corridor.C.station.medics.vehicles, at: 2024-01-01T12:00, between: [0, 10]}
              - {metric: evacuated, at: 2024-01-01T12:00, between: [0, 10]}
            """;

    @Test
    void shuttleAndAmbulanceVehiclesAreCountedAtATime() {
        // nobody medical: two full buses leave (8 persons), the last 2 wait for ever; no ambulance trip
        Scenario none = new ScenarioLoader().parse(SHUTTLES, "shuttles.yaml");
        assertArrayEquals(new double[] {2, 0, 8}, new ScenarioSimulation(none, 1).simulate(0, new double[0], 1));
        // everyone medical: one ambulance carries the 10 one by one (10 minutes a trip), long before 12:00
        Scenario medical = new ScenarioLoader().parse(SHUTTLES, "shuttles.yaml",
                List.of(ScenarioOverride.parse("populations.town.medical-share=1")));
        assertArrayEquals(new double[] {0, 10, 10}, new ScenarioSimulation(medical, 1).simulate(0, new double[0], 1));
    }
}
