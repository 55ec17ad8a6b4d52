package org.corridorsim.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.corridorsim.experiment.Experiment;
import org.corridorsim.experiment.ExperimentFailure;
import org.corridorsim.model.Demand;
import org.corridorsim.model.Evacuation;
import org.corridorsim.model.EvacuationModel;
import org.corridorsim.model.Population;

/**
 * Checks before running that a run can fit the heap and finish, and words the failures that
 * sizes cause. The figures are documented in docs/failures.md.
 */
final class Limits {

    /** Worker threads are capped at this many per available processor. */
    static final int THREADS_PER_PROCESSOR = 4;
    /** Expected groups in one replication above which a warning gives the estimated run time. */
    static final double WARN_GROUPS = 1_000_000;
    /** Expected groups in one replication above which a run is refused. */
    static final double MAX_GROUPS = 500_000_000;
    /**
     * Seconds per group for run-time estimates, on one thread: twice what the shipped scenarios and
     * the long M/M/3 take on a 2-core machine (0.2 to 0.25 microseconds a group, retries included; see
     * benchmarks/README.md), to allow for slower machines and longer routes.
     */
    static final double SECONDS_PER_GROUP = 0.5e-6;

    private Limits() {
    }

    /** The thread count to use: as asked, but at most {@value #THREADS_PER_PROCESSOR} per processor. */
    static int threads(Integer asked) {
        int processors = Runtime.getRuntime().availableProcessors();
        int threads = asked != null ? asked : processors;
        return Math.min(threads, THREADS_PER_PROCESSOR * processors);
    }

    private static void warnThreads(Integer asked, PrintWriter err) {
        if (asked != null && asked > threads(asked)) {
            err.printf("corridorsim: warning: %d threads asked for, using %d (%d per available processor); more "
                    + "threads than that only add overhead%n", asked, threads(asked), THREADS_PER_PROCESSOR);
        }
    }

    /**
     * Refuses, with exit 2 and a hint, a run whose memory estimate does not fit the heap or whose
     * populations are too large; warns about populations that will take long.
     *
     * @param experiments one per model the command runs, all with the same settings
     * @param pairedReplications replications whose values a comparison keeps, 0 otherwise
     */
    static void check(List<Experiment> experiments, long pairedReplications, ExperimentOptions options,
            PrintWriter err) {
        warnThreads(options.simulation.threads, err);
        long estimate = 0;
        long kept = 0;
        for (Experiment experiment : experiments) {
            EvacuationModel model = experiment.model();
            estimate = Math.max(estimate, bytes(model, experiment));
            populations(model.evacuation(), experiment, err);
            // a sweep or comparison keeps each point's summaries (about 5 numbers per bin and series) to the end
            kept += experiments.size() > 1 ? (long) (40.0 * model.metricNames().seriesCount() * bins(model.evacuation())
                    + 200.0 * model.metricNames().size()) : 0;
        }
        estimate = Math.min(Long.MAX_VALUE / 2, estimate + kept);
        if (pairedReplications > 0) {
            estimate += pairedReplications * (16 + 8L * experiments.get(0).model().metricNames().size());
        }
        long heap = Runtime.getRuntime().maxMemory();
        if (estimate > heap * 0.8) {
            Evacuation e = experiments.get(0).model().evacuation();
            throw CommandFailure.invalid(String.format(Locale.ROOT,
                    "corridorsim: this run needs about %s of memory (%,d throughput bins x %d series per replication, "
                            + "%d replications in flight%s) but Java may use %s; give it more with java -Xmx%s -jar ..., "
                            + "or use a wider experiment.bin (now %s)%s",
                    size(estimate), bins(e), experiments.get(0).model().metricNames().seriesCount(),
                    inFlight(experiments.get(0)), pairedReplications > 0 ? ", plus the paired values of "
                            + pairedReplications + " replications" : "",
                    size(heap), xmx(estimate), seconds(e.binWidth()),
                    experiments.get(0).threads() > 1 ? ", or fewer --threads" : ""));
        }
    }

    /** Generations a fit keeps at most; see SamplerSettings. */
    private static final int FIT_GENERATIONS = 40;

    /**
     * Refuses, with exit 2 and the right advice, a fit whose particles or posterior predictive
     * draws cannot fit the heap: every generation's particles are kept (and saved), and every
     * predictive draw keeps its observed series.
     */
    static void checkFit(org.corridorsim.scenario.Scenario scenario, int particles, int predictive) {
        int parameters = scenario.inference().hypotheses().stream().mapToInt(h -> h.parameters().size()).max().orElse(0);
        int observed = scenario.inference().observed().size();
        long heap = Runtime.getRuntime().maxMemory();
        double perParticle = FIT_GENERATIONS * (100.0 + 70.0 * (parameters + observed + 4));
        double fitBytes = particles * perParticle;
        if (fitBytes + (32 << 20) > heap * 0.8) {
            long fits = (long) Math.max(0, (heap * 0.8 - (32 << 20)) / perParticle);
            throw CommandFailure.invalid(String.format(Locale.ROOT, "corridorsim: %,d particles need about %s of memory "
                    + "(every generation's particles are kept, up to %d generations) but Java may use %s; use at most "
                    + "about %,d --particles, or give Java more with java -Xmx%s -jar ...", particles,
                    size((long) Math.min(Long.MAX_VALUE / 2, fitBytes)), FIT_GENERATIONS, size(heap), fits,
                    xmx((long) Math.min(Long.MAX_VALUE / 4, fitBytes * 1.3))));
        }
        Evacuation e = scenario.evacuation();
        double perDraw = 300.0 + 8.0 * observed * (bins(e) + 2);
        double drawBytes = predictive * perDraw;
        if (fitBytes + drawBytes + (32 << 20) > heap * 0.8) {
            long fits = (long) Math.max(0, (heap * 0.8 - (32 << 20) - fitBytes) / perDraw);
            throw CommandFailure.invalid(String.format(Locale.ROOT, "corridorsim: %,d posterior predictive draws need "
                    + "about %s of memory (%d observed series of %,d bins each) but Java may use %s; use at most about "
                    + "%,d for --predictive (the report needs a few hundred), or give Java more with java -Xmx%s -jar ...",
                    predictive, size((long) Math.min(Long.MAX_VALUE / 2, drawBytes)), observed, bins(e), size(heap),
                    fits, xmx((long) Math.min(Long.MAX_VALUE / 4, (fitBytes + drawBytes) * 1.3))));
        }
    }

    static void check(List<Experiment> experiments, ExperimentOptions options, PrintWriter err) {
        check(experiments, 0, options, err);
    }

    private static long bins(Evacuation evacuation) {
        return (long) Math.ceil(evacuation.horizon() / evacuation.binWidth());
    }

    /** Replications running at once: no more threads than replications. */
    private static int running(Experiment experiment) {
        return Math.max(1, Math.min(experiment.threads(), experiment.replications()));
    }

    /** Outcomes the fold may hold back: at most the pool's window, and never more than the replications. */
    private static int held(Experiment experiment) {
        return Math.max(0, Math.min(Math.max(64, 32 * experiment.threads()), experiment.replications() - 1));
    }

    private static int inFlight(Experiment experiment) {
        return running(experiment) + held(experiment);
    }

    /** Throughput arrays dominate: per replication in flight, the model's bins and the outcome's copy. */
    private static long bytes(EvacuationModel model, Experiment experiment) {
        double series = model.metricNames().seriesCount();
        double perOutcome = 8.0 * (model.metricNames().size() + series * bins(model.evacuation()));
        double running = running(experiment) * (2 * perOutcome + (1 << 20));
        double held = held(experiment) * perOutcome;
        double fold = 6 * perOutcome;
        double total = running + held + fold + (16 << 20);
        return total > Long.MAX_VALUE / 2 ? Long.MAX_VALUE / 2 : (long) total;
    }

    private static void populations(Evacuation evacuation, Experiment experiment, PrintWriter err) {
        double groups = 0;
        for (Population p : evacuation.populations()) {
            double meanGroup = Math.max(1, p.groupSize().mean());
            if (p.demand() instanceof Demand.Finite finite) {
                groups += finite.leaving() / meanGroup;
            } else if (p.demand() instanceof Demand.Poisson poisson) {
                groups += poisson.ratePerSecond() * evacuation.horizon();
            }
        }
        if (groups > MAX_GROUPS) {
            throw CommandFailure.invalid(String.format(Locale.ROOT,
                    "corridorsim: the populations set out about %,.0f groups in one replication, above the limit of "
                            + "%,.0f; reduce populations[].size or arrivals.rate, or model larger groups", groups,
                    MAX_GROUPS));
        }
        if (groups > WARN_GROUPS) {
            double perReplication = groups * SECONDS_PER_GROUP;
            double total = perReplication * Math.ceil((double) experiment.replications() / experiment.threads());
            err.printf(Locale.ROOT, "corridorsim: warning: about %,.0f groups set out in each replication; expect "
                    + "roughly %s per replication and %s in all%n", groups, duration(perReplication), duration(total));
        }
    }

    /** The one line for a failed run: out of memory named as such, anything else as it is. */
    static String describe(ExperimentFailure e) {
        Throwable cause = e.getCause();
        if (cause instanceof OutOfMemoryError) {
            return outOfMemory("in replication " + e.replication().orElse(-1));
        }
        return CommandFailure.describe(e);
    }

    static String outOfMemory(String where) {
        long heap = Runtime.getRuntime().maxMemory();
        return "corridorsim: ran out of memory " + where + " (Java may use " + size(heap) + "); give it more with "
                + "java -Xmx" + xmx(heap * 2) + " -jar ..., or use fewer --threads or a wider experiment.bin;"
                + " completed replications are kept (--resume continues)";
    }

    private static String xmx(long bytes) {
        long mb = Math.max(64, (long) Math.ceil(bytes * 1.25 / (1 << 20)));
        return mb >= 4096 ? (mb + 1023) / 1024 + "g" : mb + "m";
    }

    static String size(long bytes) {
        if (bytes >= 1L << 30) {
            return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
        }
        return String.format(Locale.ROOT, "%d MB", Math.max(1, bytes >> 20));
    }

    private static String seconds(double s) {
        return s >= 3600 && s % 3600 == 0 ? (long) (s / 3600) + "h" : s >= 60 && s % 60 == 0 ? (long) (s / 60) + "m"
                : s + "s";
    }

    private static String duration(double seconds) {
        if (seconds < 90) {
            return String.format(Locale.ROOT, "%.0f s", Math.max(1, seconds));
        }
        if (seconds < 5400) {
            return String.format(Locale.ROOT, "%.0f min", seconds / 60);
        }
        if (seconds < 172800) {
            return String.format(Locale.ROOT, "%.1f h", seconds / 3600);
        }
        return String.format(Locale.ROOT, "%.0f days", seconds / 86400);
    }
}
