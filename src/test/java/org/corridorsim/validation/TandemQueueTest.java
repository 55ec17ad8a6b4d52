package org.corridorsim.validation;

import static org.corridorsim.validation.QueueExperiment.assertCovers;

import org.corridorsim.model.EvacuationModel;
import org.corridorsim.model.Outcome;
import org.corridorsim.random.RandomStreams;
import org.corridorsim.scenario.ScenarioLoader;
import org.corridorsim.stats.Summary;
import org.junit.jupiter.api.Test;

/**
 * Two exponential checkpoints in series on one route, through the real model: a Jackson tandem.
 * Each station is an M/M/1 queue with the same Poisson input, so the mean sojourn is
 * 1/(mu1 - lambda) + 1/(mu2 - lambda) and each queue holds rho^2/(1 - rho) groups on average.
 */
class TandemQueueTest {

    private static final String TANDEM = """
            id: tandem
            start: 2024-01-01T00:00
            end: 2024-03-04T12:00
            populations:
              - id: p
                kind: civilian
                arrivals: {rate: 40/h}
                group-size: {dist: const, value: 1}
                travel: {C: 0s}
            corridors:
              - id: C
                route:
                  - {id: army, checkpoint: {lanes: 1, screening: {dist: exponential, mean: 60s}}}
                  - {id: police, checkpoint: {lanes: 1, screening: {dist: exponential, mean: 72s}}}
            """;

    @Test
    void twoExponentialCheckpointsInSeriesMatchTheJacksonNetwork() {
        double lambda = 40 / 3600.0;
        double mu1 = 1 / 60.0;
        double mu2 = 1 / 72.0;
        double rho1 = lambda / mu1;
        double rho2 = lambda / mu2;
        EvacuationModel model = new EvacuationModel(new ScenarioLoader().parse(TANDEM, "tandem.yaml").evacuation());
        int n = 20;
        double[] sojourn = new double[n];
        double[] queue1 = new double[n];
        double[] queue2 = new double[n];
        double[] wait2 = new double[n];
        RandomStreams streams = new RandomStreams(31);
        for (int r = 0; r < n; r++) {
            Outcome o = model.replicate(streams, r);
            sojourn[r] = o.value(model.metricNames(), "time-in-system");
            queue1[r] = o.value(model.metricNames(), "corridor.C.station.army.queue");
            queue2[r] = o.value(model.metricNames(), "corridor.C.station.police.queue");
            wait2[r] = o.value(model.metricNames(), "corridor.C.station.police.wait");
        }
        double c = QueueExperiment.CONFIDENCE;
        assertCovers("tandem mean sojourn", 1 / (mu1 - lambda) + 1 / (mu2 - lambda), Summary.of(sojourn, c), 0.05);
        assertCovers("tandem Lq at the first checkpoint", rho1 * rho1 / (1 - rho1), Summary.of(queue1, c), 0.05);
        assertCovers("tandem Lq at the second checkpoint", rho2 * rho2 / (1 - rho2), Summary.of(queue2, c), 0.05);
        assertCovers("tandem Wq at the second checkpoint", rho2 / (mu2 - lambda), Summary.of(wait2, c), 0.05);
    }
}
