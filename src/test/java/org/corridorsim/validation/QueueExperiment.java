package org.corridorsim.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import org.corridorsim.kernel.EventSet;
import org.corridorsim.kernel.HeapEventSet;
import org.corridorsim.kernel.Simulator;
import org.corridorsim.random.Distribution;
import org.corridorsim.random.RandomStreams;
import org.corridorsim.stats.Summary;

/**
 * Independent replications of one queue: replication r draws interarrival times from stream
 * (r, "arrivals") and service times from stream (r, "services") of the experiment seed, so every
 * run is reproducible and the two inputs never share numbers.
 *
 * @param interarrival time between arrivals, in seconds
 * @param service service time, in seconds
 * @param servers number of parallel servers c
 * @param capacity most customers in the system K, or {@link QueueModel#UNLIMITED}
 * @param warmUp seconds simulated from empty before the statistics restart
 * @param observed seconds observed after the warm-up
 * @param replications number of independent replications
 * @param seed the experiment seed
 */
record QueueExperiment(Distribution interarrival, Distribution service, int servers, int capacity,
        double warmUp, double observed, int replications, long seed) {

    /** Confidence level of every interval in the validation suite. */
    static final double CONFIDENCE = 0.999;

    QueueExperiment {
        if (!(warmUp >= 0) || !(observed > 0) || replications < 2) {
            throw new IllegalArgumentException("need warm-up >= 0, observed time > 0 and at least 2 replications, got "
                    + warmUp + ", " + observed + ", " + replications);
        }
    }

    /** Runs every replication on a {@link HeapEventSet}. */
    Results run() {
        return run(HeapEventSet::new);
    }

    /** Runs every replication on a simulator over a fresh event set from {@code eventSets}. */
    Results run(Supplier<EventSet> eventSets) {
        RandomStreams streams = new RandomStreams(seed);
        List<QueueStatistics> runs = new ArrayList<>(replications);
        for (int r = 0; r < replications; r++) {
            QueueModel model = new QueueModel(new Simulator(eventSets.get()),
                    interarrival.sampler(streams.stream(r, "arrivals")),
                    service.sampler(streams.stream(r, "services")), servers, capacity);
            runs.add(model.run(warmUp, observed));
        }
        return new Results(List.copyOf(runs));
    }

    /** The per-replication statistics, in replication order. */
    record Results(List<QueueStatistics> runs) {

        /** The {@link #CONFIDENCE} interval of {@code metric} across replications. */
        Summary summary(ToDoubleFunction<QueueStatistics> metric) {
            return Summary.of(runs.stream().mapToDouble(metric).toArray(), CONFIDENCE);
        }
    }

    /**
     * Asserts that {@code exact} lies inside {@code simulated}'s interval and that the interval is
     * narrower than {@code maxRelativeHalfWidth} of {@code exact}: a wide interval would contain
     * almost anything, so only a narrow one shows that the model is unbiased.
     */
    static void assertCovers(String metric, double exact, Summary simulated, double maxRelativeHalfWidth) {
        String detail = metric + ": exact " + exact + ", simulated " + simulated.mean() + " +- "
                + simulated.halfWidth() + " (" + (int) Math.round(simulated.confidence() * 100) + "% CI, "
                + simulated.n() + " replications)";
        if (!simulated.contains(exact)) {
            throw new AssertionError(detail + " does not contain the exact value");
        }
        if (!(simulated.halfWidth() <= maxRelativeHalfWidth * Math.abs(exact))) {
            throw new AssertionError(detail + " is wider than " + maxRelativeHalfWidth * 100 + "% of the exact value");
        }
    }
}
