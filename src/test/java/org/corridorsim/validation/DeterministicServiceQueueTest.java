package org.corridorsim.validation;

import static org.corridorsim.validation.QueueExperiment.assertCovers;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.corridorsim.random.Distribution.Constant;
import org.corridorsim.random.Distribution.Exponential;
import org.corridorsim.stats.Summary;
import org.corridorsim.validation.QueueExperiment.Results;
import org.corridorsim.validation.QueueingTheory.MG1;
import org.corridorsim.validation.QueueingTheory.MMc;
import org.junit.jupiter.api.Test;

/** M/D/1 against Pollaczek-Khinchine; see {@link MarkovianQueueTest} for the method. */
class DeterministicServiceQueueTest {

    @Test
    void constantServiceHalvesTheMarkovianWait() {
        // lambda = 1/60 s, service 42 s: rho = 0.7, Wq = rho / (2 mu (1 - rho)) = 49 s, Lq = 0.817.
        MG1 exact = new MG1(1.0 / 60, new Constant(42));
        Results results = new QueueExperiment(new Exponential(60), new Constant(42), 1, QueueModel.UNLIMITED,
                50_000, 2_000_000, 20, 21).run();

        Summary wait = results.summary(QueueStatistics::meanWait);
        assertCovers("M/D/1 Wq", exact.meanWait(), wait, 0.05);
        assertCovers("M/D/1 Lq", exact.meanInLine(), results.summary(QueueStatistics::meanInLine), 0.05);
        assertCovers("M/D/1 utilisation", exact.utilisation(), results.summary(QueueStatistics::utilisation), 0.01);
        assertCovers("M/D/1 W", exact.meanSojourn(), results.summary(QueueStatistics::meanSojourn), 0.05);
        // The service variance matters: the same load with exponential service waits twice as long.
        assertFalse(wait.contains(new MMc(1.0 / 60, 1.0 / 42, 1).meanWait()));
    }
}
