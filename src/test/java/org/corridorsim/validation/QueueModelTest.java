package org.corridorsim.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.corridorsim.kernel.Simulator;
import org.junit.jupiter.api.Test;

/** The queue model on deterministic inputs, where every statistic can be worked out by hand. */
class QueueModelTest {

    @Test
    void overloadedSingleServerKeepsEveryoneInOrder() {
        // Arrivals at 10, 20, ..., service 15: customer n starts at 10 + 15 (n - 1) and waits 5 (n - 1).
        // By 10005, 1000 arrived, 667 started (mean wait 5 * 333), 666 left; 333 wait, beyond the
        // ring's first 64 places.
        QueueStatistics stats = new QueueModel(new Simulator(), () -> 10, () -> 15, 1, QueueModel.UNLIMITED)
                .run(0, 10_005);
        assertEquals(1000, stats.arrivals());
        assertEquals(0, stats.blocked());
        assertEquals(667, stats.started());
        assertEquals(666, stats.waited());
        assertEquals(666, stats.departures());
        assertEquals(5 * 333, stats.meanWait(), 1e-9);
        // Departure n leaves at 10 + 15 n after arriving at 10 n: sojourn 10 + 5 n, mean 10 + 5 * 333.5.
        assertEquals(10 + 5 * 333.5, stats.meanSojourn(), 1e-9);
        assertEquals(9995.0 / 10_005, stats.utilisation(), 1e-12);
    }

    @Test
    void fullSystemTurnsArrivalsAway() {
        // One place only, arrivals every 10, service 15: every second arrival finds the server busy.
        // Services run [10, 25], [30, 45], ..., [990, 1005]: 50 of them, 750 busy seconds.
        QueueStatistics stats = new QueueModel(new Simulator(), () -> 10, () -> 15, 1, 1).run(0, 1005);
        assertEquals(100, stats.arrivals());
        assertEquals(50, stats.blocked());
        assertEquals(0.5, stats.blockingFraction());
        assertEquals(50, stats.departures());
        assertEquals(0, stats.meanWait());
        assertEquals(15, stats.meanSojourn(), 1e-12);
        assertEquals(750.0 / 1005, stats.utilisation(), 1e-12);
        assertEquals(750.0 / 1005, stats.meanInSystem(), 1e-12);
        assertEquals(0, stats.meanInLine());
    }

    @Test
    void statisticsRestartAtTheEndOfTheWarmUp() {
        // As above, observed from 502: the service started at 490 is busy until 505 (3 s observed),
        // then 25 services of 15 s start at 510, 530, ..., 990. Arrivals at 510..1000: 50, half blocked.
        QueueStatistics stats = new QueueModel(new Simulator(), () -> 10, () -> 15, 1, 1).run(502, 503);
        assertEquals(503, stats.duration());
        assertEquals(50, stats.arrivals());
        assertEquals(25, stats.blocked());
        assertEquals(26, stats.departures());
        assertEquals(25, stats.started());
        assertEquals((3 + 25 * 15) / 503.0, stats.utilisation(), 1e-12);
        assertEquals(50.0 / 503, stats.arrivalRate(), 1e-15);
        assertEquals(25.0 / 503, stats.admittedRate(), 1e-15);
    }

    @Test
    void serversShareTheLoad() {
        // Arrivals every 10, service 25 on three servers: never more than three present, nobody waits,
        // 2.5 servers busy on average once running.
        QueueStatistics stats = new QueueModel(new Simulator(), () -> 10, () -> 25, 3, QueueModel.UNLIMITED)
                .run(100, 10_000);
        assertEquals(0, stats.waited());
        assertEquals(0, stats.meanInLine());
        assertEquals(2.5 / 3, stats.utilisation(), 1e-12);
        assertEquals(2.5, stats.meanInSystem(), 1e-12);
    }

    @Test
    void rejectsImpossibleShapesAndASecondRun() {
        Simulator simulator = new Simulator();
        assertThrows(IllegalArgumentException.class, () -> new QueueModel(simulator, () -> 1, () -> 1, 0, 5));
        assertThrows(IllegalArgumentException.class, () -> new QueueModel(simulator, () -> 1, () -> 1, 3, 2));
        QueueModel model = new QueueModel(simulator, () -> 1, () -> 0.5, 1, 1);
        model.run(0, 10);
        assertThrows(IllegalStateException.class, () -> model.run(0, 10));
    }
}
