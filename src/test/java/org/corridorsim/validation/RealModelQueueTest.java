package org.corridorsim.validation;

import static org.corridorsim.validation.QueueExperiment.assertCovers;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.function.ToDoubleFunction;
import org.corridorsim.model.EvacuationModel;
import org.corridorsim.model.MetricNames;
import org.corridorsim.model.Outcome;
import org.corridorsim.random.RandomStreams;
import org.corridorsim.scenario.ScenarioLoader;
import org.corridorsim.stats.Summary;
import org.corridorsim.validation.QueueingTheory.ErlangA;
import org.corridorsim.validation.QueueingTheory.MG1;
import org.corridorsim.validation.QueueingTheory.MMc;
import org.corridorsim.validation.QueueingTheory.MMcK;
import org.junit.jupiter.api.Test;

/**
 * The exact queueing cases built as scenarios and run through the real {@link EvacuationModel}:
 * an open Poisson population of one-person groups walking straight (travel 0) to one corridor
 * whose checkpoint is the queue. Each exact value must lie in the 99.9% interval over the
 * replications, and the half-width must be below 5% of it (1% for utilisation).
 *
 * <p>The model starts empty and has no warm-up, so every run is long (1,500-6,000 h) against
 * relaxation times of at most about 3 h: the start-up bias is well under 0.5%.
 */
class RealModelQueueTest {

    private static final int REPLICATIONS = 20;
    private static final double HOUR = 3600;

    /** A scenario with one corridor; {@code checkpoint} and {@code extra} are YAML fragments. */
    private static String scenario(double hours, String arrivals, String checkpoint, String population) {
        LocalDateTime start = LocalDateTime.of(2024, 1, 1, 0, 0);
        return """
                id: queue
                title: queue
                time-zone: UTC
                start: %s
                end: %s
                populations:
                  - id: p
                    kind: civilian
                    arrivals: {rate: %s}
                    group-size: {dist: const, value: 1}
                    travel: {C: 0s}
                %s
                corridors:
                  - id: C
                    serves: [civilian]
                    checkpoint: %s
                experiment: {replications: 1, seed: 1}
                """.formatted(start, start.plusSeconds((long) (hours * HOUR)), arrivals, population, checkpoint);
    }

    private record Runs(EvacuationModel model, Outcome[] outcomes) {
        Summary summary(String metric) {
            return summary(o -> o.value(model.metricNames(), metric));
        }

        Summary summary(ToDoubleFunction<Outcome> metric) {
            double[] values = new double[outcomes.length];
            for (int r = 0; r < values.length; r++) {
                values[r] = metric.applyAsDouble(outcomes[r]);
            }
            return Summary.of(values, QueueExperiment.CONFIDENCE);
        }

        double value(Outcome o, String metric) {
            return o.value(model.metricNames(), metric);
        }
    }

    private static Runs run(String yaml, long seed) {
        EvacuationModel model = new EvacuationModel(new ScenarioLoader().parse(yaml, "queue.yaml").evacuation());
        Outcome[] outcomes = new Outcome[REPLICATIONS];
        RandomStreams streams = new RandomStreams(seed);
        for (int r = 0; r < REPLICATIONS; r++) {
            outcomes[r] = model.replicate(streams, r);
        }
        return new Runs(model, outcomes);
    }

    @Test
    void mmcThreeLanesAtFiftyAnHour() {
        // a = 2.5 erlangs on 3 lanes: Wq = 252.8 s, Lq = 3.51 groups, utilisation 5/6.
        MMc exact = new MMc(50 / HOUR, 1 / 180.0, 3);
        Runs runs = run(scenario(6000, "50/h", "{lanes: 3, screening: {dist: exponential, mean: 3m}}", ""), 21);
        assertCovers("M/M/3 Wq", exact.meanWait(), runs.summary("corridor.C.checkpoint.wait"), 0.05);
        assertCovers("M/M/3 Lq", exact.meanInLine(), runs.summary("corridor.C.checkpoint.queue"), 0.05);
        assertCovers("M/M/3 utilisation", exact.utilisation(), runs.summary("corridor.C.checkpoint.utilization"), 0.01);
    }

    @Test
    void mmckBlocksAsBalkingAtCapacity() {
        // 2 lanes offered 2.5 erlangs, room for 4 waiting (K = 6 in system): 26.2% turned away.
        MMcK exact = new MMcK(1 / 60.0, 1 / 150.0, 2, 6);
        Runs runs = run(scenario(1500, "60/h", "{lanes: 2, screening: {dist: exponential, mean: 150s}, capacity: 4}", ""),
                22);
        assertCovers("M/M/2/6 P_K", exact.blocking(),
                runs.summary(o -> runs.value(o, "balked.full") / runs.value(o, "attempted")), 0.05);
        assertCovers("M/M/2/6 Lq", exact.meanInLine(), runs.summary("corridor.C.checkpoint.queue"), 0.05);
        assertCovers("M/M/2/6 Wq", exact.meanWait(), runs.summary("corridor.C.checkpoint.wait"), 0.05);
        assertCovers("M/M/2/6 utilisation", exact.utilisation(), runs.summary("corridor.C.checkpoint.utilization"), 0.01);
    }

    @Test
    void md1PollaczekKhinchine() {
        // rho = 0.75 with 45 s screening: Wq = rho S / (2 (1 - rho)) = 67.5 s.
        MG1 exact = new MG1(1 / 60.0, new org.corridorsim.random.Distribution.Constant(45));
        Runs runs = run(scenario(2000, "60/h", "{lanes: 1, screening: 45s}", ""), 23);
        assertCovers("M/D/1 Wq", exact.meanWait(), runs.summary("corridor.C.checkpoint.wait"), 0.05);
        assertCovers("M/D/1 Lq", exact.meanInLine(), runs.summary("corridor.C.checkpoint.queue"), 0.05);
        assertCovers("M/D/1 utilisation", exact.utilisation(), runs.summary("corridor.C.checkpoint.utilization"), 0.01);
    }

    @Test
    void erlangARenegingFromExponentialPatience() {
        // 2 lanes offered 2.5 erlangs would grow without bound; patience (mean 10 min) makes it stable.
        ErlangA exact = new ErlangA(50 / HOUR, 1 / 180.0, 2, 1 / 600.0);
        Runs runs = run(scenario(2000, "50/h", "{lanes: 2, screening: {dist: exponential, mean: 3m}}",
                "    patience: {dist: exponential, mean: 10m}"), 24);
        assertTrue(exact.abandonment() > 0.15 && exact.abandonment() < 0.4, "a case with real abandonment");
        assertCovers("M/M/2+M P(abandon)", exact.abandonment(),
                runs.summary(o -> runs.value(o, "reneged") / runs.value(o, "attempted")), 0.05);
        assertCovers("M/M/2+M Lq", exact.meanInLine(), runs.summary("corridor.C.checkpoint.queue"), 0.05);
        assertCovers("M/M/2+M utilisation", exact.utilisation(), runs.summary("corridor.C.checkpoint.utilization"), 0.01);
    }

    @Test
    void littlesLawHoldsForTheCheckpointQueue() {
        // Lq = lambda Wq on every sample path, up to the groups still waiting at the horizon:
        // the ratio of the time-average queue to (throughput x mean wait) is 1.
        Runs runs = run(scenario(2000, "50/h", "{lanes: 3, screening: {dist: lognormal, mean: 3m, sd: 2m}}", ""), 25);
        double horizon = 2000 * HOUR;
        assertCovers("Little's law Lq / (lambda Wq)", 1.0, runs.summary(o -> runs.value(o, "corridor.C.checkpoint.queue")
                / (runs.value(o, "evacuated") / horizon * runs.value(o, "corridor.C.checkpoint.wait"))), 0.05);
    }

    @Test
    void medicalFirstCutsMedicalWaitsAsPriorityQueueingPredicts() {
        // One lane, 40 groups an hour, 30% medical, exponential 75 s screening: rho = 5/6.
        // Non-preemptive priority (Cobham): W0 = lambda E[S^2] / 2 = 62.5 s; medical groups wait
        // W0 / (1 - rho1) = 83.3 s, the others W0 / ((1 - rho1)(1 - rho)) = 500 s; FIFO: 375 s for all.
        double lambda = 40 / HOUR;
        double w0 = lambda * 2 * 75 * 75 / 2;
        double rho = lambda * 75;
        double rho1 = 0.3 * rho;
        double medical = w0 / (1 - rho1);
        double fifo = w0 / (1 - rho);
        String population = "    medical-share: 0.3";
        Runs first = run(scenario(2000, "40/h",
                "{lanes: 1, screening: {dist: exponential, mean: 75s}, discipline: medical-first}", population), 26);
        Runs fifoRuns = run(scenario(2000, "40/h", "{lanes: 1, screening: {dist: exponential, mean: 75s}}", population),
                26);
        assertCovers("medical-first medical Wq", medical, first.summary("corridor.C.checkpoint.wait.medical"), 0.05);
        assertCovers("medical-first overall Wq (work-conserving, so FIFO's)", fifo,
                first.summary("corridor.C.checkpoint.wait"), 0.05);
        assertCovers("FIFO medical Wq", fifo, fifoRuns.summary("corridor.C.checkpoint.wait.medical"), 0.05);
        Summary cut = first.summary(o -> first.value(o, "corridor.C.checkpoint.wait.medical"));
        assertTrue(cut.upper() < fifo / 3, "medical-first cuts medical waits by more than two thirds: " + cut.mean()
                + " s against FIFO's " + fifo + " s");
    }
}
