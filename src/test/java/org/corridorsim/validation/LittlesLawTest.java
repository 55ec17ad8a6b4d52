package org.corridorsim.validation;

import static org.corridorsim.validation.QueueExperiment.assertCovers;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.corridorsim.random.Distribution.Exponential;
import org.corridorsim.stats.Summary;
import org.corridorsim.validation.QueueExperiment.Results;
import org.corridorsim.validation.QueueingTheory.MMc;
import org.corridorsim.validation.QueueingTheory.MMcK;
import org.junit.jupiter.api.Test;

/**
 * Little's law L = lambda W on the simulated output. The time-average number in system and the
 * admitted arrival rate times the mean time in system are measured separately (a time-weighted
 * level against per-customer tallies), so agreement checks that the two kinds of statistics and
 * the warm-up reset are consistent. Both must also cover the exact L.
 */
class LittlesLawTest {

    @Test
    void holdsForThreeServersWithUnlimitedRoom() {
        MMc exact = new MMc(50.0 / 3600, 1.0 / 180, 3);
        Results results = MarkovianQueueTest.threeServers(31).run();

        assertLittlesLaw("M/M/3", exact.meanInSystem(), exact.meanInLine(), results);
    }

    @Test
    void holdsForTheAdmittedCustomersOfALossSystem() {
        // lambda_eff = lambda (1 - P_K), not lambda: the blocked never enter the system.
        MMcK exact = new MMcK(1.0 / 60, 1.0 / 150, 2, 6);
        Results results = new QueueExperiment(new Exponential(60), new Exponential(150), 2, 6,
                50_000, 2_000_000, 20, 32).run();

        assertLittlesLaw("M/M/2/6", exact.meanInSystem(), exact.meanInLine(), results);
    }

    private static void assertLittlesLaw(String queue, double exactInSystem, double exactInLine, Results results) {
        Summary inSystem = results.summary(QueueStatistics::meanInSystem);
        Summary rateTimesSojourn = results.summary(run -> run.admittedRate() * run.meanSojourn());
        Summary inLine = results.summary(QueueStatistics::meanInLine);
        Summary rateTimesWait = results.summary(run -> run.admittedRate() * run.meanWait());
        assertCovers(queue + " L", exactInSystem, inSystem, 0.05);
        assertCovers(queue + " lambda W", exactInSystem, rateTimesSojourn, 0.05);
        assertCovers(queue + " Lq", exactInLine, inLine, 0.05);
        assertCovers(queue + " lambda Wq", exactInLine, rateTimesWait, 0.05);

        // Per replication the two sides differ only by the customers present at the start and end
        // of the observation, which is zero on average and small against the whole.
        Summary difference = results.summary(run -> run.meanInSystem() - run.admittedRate() * run.meanSojourn());
        assertTrue(difference.contains(0), () -> queue + " L - lambda W: " + difference);
        assertTrue(Math.abs(difference.mean()) < 0.001 * exactInSystem,
                () -> queue + " L and lambda W differ by " + difference.mean());
    }
}
