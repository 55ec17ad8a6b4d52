package org.corridorsim.validation;

import static org.corridorsim.validation.QueueExperiment.assertCovers;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.corridorsim.random.Distribution.Exponential;
import org.corridorsim.stats.Summary;
import org.corridorsim.validation.QueueExperiment.Results;
import org.corridorsim.validation.QueueingTheory.MMc;
import org.corridorsim.validation.QueueingTheory.MMcK;
import org.junit.jupiter.api.Test;

/**
 * Simulated M/M/1, M/M/c and M/M/c/K queues against their exact steady state: each exact value
 * must lie inside the 99% confidence interval over 20 replications, and the interval must be
 * narrow enough (half-width at most 5% of the value, 1% for utilisation) that a bias of a few
 * percent would fall outside it.
 *
 * <p>Run lengths: the relaxation time 1 / (c mu (1 - sqrt(rho))^2) is at most about two hours
 * here (M/M/3 at 83% load), so a warm-up of about 14 hours removes the empty start; each
 * replication then observes 30,000 to 170,000 customers.
 */
class MarkovianQueueTest {

    private static final double WARM_UP = 50_000;
    private static final int REPLICATIONS = 20;

    @Test
    void singleServerAtThreeQuartersLoad() {
        // lambda = 1/60 s, mu = 1/45 s: rho = 0.75, Wq = rho / (mu - lambda) = 135 s, Lq = 2.25.
        MMc exact = new MMc(1.0 / 60, 1.0 / 45, 1);
        Results results = new QueueExperiment(new Exponential(60), new Exponential(45), 1, QueueModel.UNLIMITED,
                WARM_UP, 4_000_000, REPLICATIONS, 11).run();

        assertCovers("M/M/1 Wq", exact.meanWait(), results.summary(QueueStatistics::meanWait), 0.05);
        assertCovers("M/M/1 Lq", exact.meanInLine(), results.summary(QueueStatistics::meanInLine), 0.05);
        assertCovers("M/M/1 utilisation", exact.utilisation(), results.summary(QueueStatistics::utilisation), 0.01);
        assertCovers("M/M/1 W", exact.meanSojourn(), results.summary(QueueStatistics::meanSojourn), 0.05);
    }

    @Test
    void threeServersAtFiftyAnHourWithThreeMinuteService() {
        // a = 2.5 erlangs on c = 3: P(wait) = 125/178, Wq = 252.8 s, Lq = 3.51, utilisation 5/6.
        MMc exact = new MMc(50.0 / 3600, 1.0 / 180, 3);
        Results results = threeServers(12).run();

        assertCovers("M/M/3 Wq", exact.meanWait(), results.summary(QueueStatistics::meanWait), 0.05);
        assertCovers("M/M/3 Lq", exact.meanInLine(), results.summary(QueueStatistics::meanInLine), 0.05);
        assertCovers("M/M/3 utilisation", exact.utilisation(), results.summary(QueueStatistics::utilisation), 0.01);
        assertCovers("M/M/3 P(wait)", exact.waitProbability(), results.summary(QueueStatistics::waitProbability), 0.05);
    }

    @Test
    void finiteWaitingRoomBlocksTheExcessOfAnOverload() {
        // a = 2.5 erlangs on c = 2 would grow without bound; K = 6 turns away P_K = 26.2% instead.
        MMcK exact = new MMcK(1.0 / 60, 1.0 / 150, 2, 6);
        Results results = new QueueExperiment(new Exponential(60), new Exponential(150), 2, 6,
                WARM_UP, 2_000_000, REPLICATIONS, 13).run();

        assertCovers("M/M/2/6 P_K", exact.blocking(), results.summary(QueueStatistics::blockingFraction), 0.05);
        assertCovers("M/M/2/6 throughput", exact.admittedRate(), results.summary(QueueStatistics::throughput), 0.05);
        assertCovers("M/M/2/6 L", exact.meanInSystem(), results.summary(QueueStatistics::meanInSystem), 0.05);
        assertCovers("M/M/2/6 Wq", exact.meanWait(), results.summary(QueueStatistics::meanWait), 0.05);
    }

    @Test
    void aServiceTimeOnePercentTooLongIsCaught() {
        // The check has power: a model whose service is 1% slow (exact Wq 274.1 s, 8.4% more) fails it.
        MMc exact = new MMc(50.0 / 3600, 1.0 / 180, 3);
        QueueExperiment correct = threeServers(14);
        QueueExperiment biased = new QueueExperiment(correct.interarrival(), new Exponential(180 * 1.01),
                3, QueueModel.UNLIMITED, correct.warmUp(), correct.observed(), correct.replications(), correct.seed());

        Summary wait = biased.run().summary(QueueStatistics::meanWait);
        assertFalse(wait.contains(exact.meanWait()), () -> "biased Wq " + wait + " still contains " + exact.meanWait());
        assertTrue(wait.lower() > exact.meanWait(), () -> "slower service must wait longer: " + wait);
    }

    /** The M/M/3 example, long enough for a 2-3% half-width on Wq. */
    static QueueExperiment threeServers(long seed) {
        return new QueueExperiment(new Exponential(72), new Exponential(180), 3, QueueModel.UNLIMITED,
                WARM_UP, 12_000_000, REPLICATIONS, seed);
    }
}
