package org.corridorsim.model;

import static org.corridorsim.model.EvacuationModelTest.evacuation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corridorsim.policy.Kind;
import org.corridorsim.random.Distribution;
import org.corridorsim.random.RandomStreams;
import org.junit.jupiter.api.Test;

class CorridorBehaviourTest {

    private static final double HOUR = 3600;
    private static final Distribution NEAR = new Distribution.Constant(60);

    private static Corridor corridor(Checkpoint checkpoint, Optional<Transport> transport, Optional<Ambulances> ambulances) {
        return new Corridor("C1", "C1", EnumSet.of(Kind.CIVILIAN), Windows.always(), checkpoint, transport, ambulances);
    }

    private static Population finite(long persons, Distribution groupSize, double medicalShare,
            Optional<Distribution> patience, Retry retry) {
        return new Population("p", Kind.CIVILIAN,
                new Demand.Finite(persons, 1.0, DepartureProfile.uniform(new Interval(0, HOUR))),
                groupSize, medicalShare, patience, retry, Map.of("C1", NEAR));
    }

    private static Outcome run(Evacuation e, long seed) {
        return new EvacuationModel(e).replicate(new RandomStreams(seed), 0);
    }

    private static double metric(Evacuation e, Outcome o, String name) {
        return o.value(new MetricNames(e), name);
    }

    @Test
    void fullVehiclesOnlyLeaveWhenFullSoAPartialLoadStays() {
        Transport bus = new Transport(1, 10, new Distribution.Constant(600), Double.POSITIVE_INFINITY);
        Evacuation e = evacuation(10 * HOUR, List.of(finite(25, new Distribution.Constant(1), 0, Optional.empty(), Retry.NEVER)),
                List.of(corridor(new Checkpoint(5, new Distribution.Constant(1), Discipline.FIFO, Checkpoint.UNLIMITED),
                        Optional.of(bus), Optional.empty())), List.of());
        Outcome o = run(e, 1);
        assertEquals(20, metric(e, o, "evacuated"), "two full loads of 10; the last 5 wait for a full bus");
        assertEquals(5, metric(e, o, "remaining"));
    }

    @Test
    void aMaximumWaitSendsPartialLoads() {
        Transport bus = new Transport(1, 10, new Distribution.Constant(600), 20 * 60);
        Evacuation e = evacuation(10 * HOUR, List.of(finite(25, new Distribution.Constant(1), 0, Optional.empty(), Retry.NEVER)),
                List.of(corridor(new Checkpoint(5, new Distribution.Constant(1), Discipline.FIFO, Checkpoint.UNLIMITED),
                        Optional.of(bus), Optional.empty())), List.of());
        Outcome o = run(e, 1);
        assertEquals(25, metric(e, o, "evacuated"));
        assertTrue(metric(e, o, "corridor.C1.transport.wait") > 0);
    }

    @Test
    void groupsLargerThanAVehicleSplitAcrossTrips() {
        Transport van = new Transport(2, 3, new Distribution.Constant(300), Double.POSITIVE_INFINITY);
        Evacuation e = evacuation(10 * HOUR, List.of(finite(12, new Distribution.Constant(4), 0, Optional.empty(), Retry.NEVER)),
                List.of(corridor(new Checkpoint(1, new Distribution.Constant(1), Discipline.FIFO, Checkpoint.UNLIMITED),
                        Optional.of(van), Optional.empty())), List.of());
        Outcome o = run(e, 2);
        assertEquals(12, metric(e, o, "evacuated"));
    }

    @Test
    void medicalGroupsTakeAmbulancesAndAreCounted() {
        Evacuation e = evacuation(24 * HOUR, List.of(finite(2000, new Distribution.Constant(2), 0.25, Optional.empty(), Retry.NEVER)),
                List.of(corridor(new Checkpoint(4, new Distribution.Exponential(30), Discipline.MEDICAL_FIRST, Checkpoint.UNLIMITED),
                        Optional.empty(), Optional.of(new Ambulances(2, new Distribution.Constant(1800))))), List.of());
        Outcome o = run(e, 3);
        double medical = metric(e, o, "evacuated.medical");
        assertTrue(medical > 0, "some medical groups got out");
        assertTrue(medical % 2 == 0, "medical groups leave whole");
        // 2 ambulances, 30-minute round trips, 1 group each: at most 2 groups per 30 min in 24 h
        assertTrue(medical <= 2 * 2 * 48, "ambulance capacity bounds medical evacuation, got " + medical);
        assertEquals(2000, metric(e, o, "evacuated") + metric(e, o, "remaining"));
    }

    @Test
    void medicalFirstShortensTheWaitOfMedicalGroups() {
        Checkpoint fifo = new Checkpoint(1, new Distribution.Exponential(60), Discipline.FIFO, Checkpoint.UNLIMITED);
        Checkpoint priority = new Checkpoint(1, new Distribution.Exponential(60), Discipline.MEDICAL_FIRST, Checkpoint.UNLIMITED);
        Population pop = finite(300, new Distribution.Constant(1), 0.3, Optional.empty(), Retry.NEVER);
        Evacuation a = evacuation(48 * HOUR, List.of(pop), List.of(corridor(fifo, Optional.empty(),
                Optional.of(new Ambulances(50, new Distribution.Constant(60))))), List.of());
        Evacuation b = evacuation(48 * HOUR, List.of(pop), List.of(corridor(priority, Optional.empty(),
                Optional.of(new Ambulances(50, new Distribution.Constant(60))))), List.of());
        Outcome fifoOutcome = run(a, 4);
        Outcome priorityOutcome = run(b, 4);
        assertEquals(metric(a, fifoOutcome, "evacuated"), metric(b, priorityOutcome, "evacuated"));
        assertTrue(metric(b, priorityOutcome, "evacuated.medical") == metric(a, fifoOutcome, "evacuated.medical"));
        assertTrue(metric(b, priorityOutcome, "corridor.C1.time-in-system") != metric(a, fifoOutcome, "corridor.C1.time-in-system"));
    }

    @Test
    void aFullCheckpointTurnsArrivalsAway() {
        Evacuation e = evacuation(3 * HOUR, List.of(finite(500, new Distribution.Constant(1), 0, Optional.empty(), Retry.NEVER)),
                List.of(corridor(new Checkpoint(1, new Distribution.Constant(600), Discipline.FIFO, 10),
                        Optional.empty(), Optional.empty())), List.of());
        Outcome o = run(e, 5);
        assertTrue(metric(e, o, "balked") > 400, "most of 500 arrivals within an hour find 10 places taken");
        assertTrue(metric(e, o, "evacuated") <= 18, "one lane of 10-minute screenings in 3 hours");
        assertEquals(500, metric(e, o, "evacuated") + metric(e, o, "remaining"));
    }

    @Test
    void impatientGroupsRenegeAndRetryingOnesComeBack() {
        Checkpoint slow = new Checkpoint(1, new Distribution.Constant(300), Discipline.FIFO, Checkpoint.UNLIMITED);
        Evacuation noRetry = evacuation(48 * HOUR, List.of(finite(200, new Distribution.Constant(1), 0,
                Optional.of(new Distribution.Constant(1800)), Retry.NEVER)),
                List.of(corridor(slow, Optional.empty(), Optional.empty())), List.of());
        Evacuation retry = evacuation(48 * HOUR, List.of(finite(200, new Distribution.Constant(1), 0,
                Optional.of(new Distribution.Constant(1800)), new Retry(1.0, new Distribution.Constant(6 * HOUR)))),
                List.of(corridor(slow, Optional.empty(), Optional.empty())), List.of());
        Outcome a = run(noRetry, 6);
        Outcome b = run(retry, 6);
        assertTrue(metric(noRetry, a, "reneged") > 100);
        assertTrue(metric(noRetry, a, "evacuated") < 20, "only about 6 fit in the first half hour, got "
                + metric(noRetry, a, "evacuated"));
        assertTrue(metric(retry, b, "evacuated") > 3 * metric(noRetry, a, "evacuated"), "retries get more people out");
    }
}
