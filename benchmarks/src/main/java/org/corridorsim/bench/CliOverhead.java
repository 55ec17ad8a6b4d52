package org.corridorsim.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.corridorsim.experiment.Experiment;
import org.corridorsim.experiment.Fold;
import org.corridorsim.experiment.output.JournalFile;
import org.corridorsim.experiment.output.ReplicationRows;
import org.corridorsim.model.EvacuationModel;
import org.corridorsim.model.Outcome;
import org.corridorsim.random.RandomStreams;
import org.corridorsim.scenario.ScenarioLoader;

/**
 * The command line's work per replication against the model's (issue 20, part 4), in CPU time of
 * this thread. Each round runs {@code perRound} replications of the scenario with no output (the
 * model's time), then gives their outcomes to what {@code corridorsim run} does with each:
 * <ul>
 *   <li>the journal ({@code JournalFile}: one record per replication, forced to disk now and then);</li>
 *   <li>outcome folding ({@code Fold}: summaries of every metric, in replication order), measured on
 *       outcomes without time series;</li>
 *   <li>time-series bins: the same fold with the series, less the fold without;</li>
 *   <li>the row of {@code replications.csv} ({@code ReplicationRows}).</li>
 * </ul>
 * One warm-up round, then medians over {@code rounds}.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar org.corridorsim.bench.CliOverhead
 * scenarios/aleppo-2016-10.yaml 200 7}
 */
public final class CliOverhead {

    private static final String[] PARTS = {"model (no output)", "journal records", "outcome folding",
        "time-series bins", "replications.csv rows"};

    private CliOverhead() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: CliOverhead SCENARIO REPLICATIONS-PER-ROUND ROUNDS");
            System.exit(2);
        }
        EvacuationModel model = new EvacuationModel(new ScenarioLoader().load(Path.of(args[0])).evacuation());
        int perRound = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        Path folder = Files.createTempDirectory("cli-overhead");
        double[][] ms = new double[PARTS.length][rounds];
        try {
            for (int k = -1; k < rounds; k++) {
                double[] round = round(model, perRound, folder, k + 1);
                if (k >= 0) {
                    for (int p = 0; p < PARTS.length; p++) {
                        ms[p][k] = round[p];
                    }
                }
            }
        } finally {
            try (var files = Files.list(folder)) {
                files.forEach(f -> f.toFile().delete());
            }
            Files.delete(folder);
        }
        double model0 = median(ms[0]);
        double sum = 0;
        System.out.printf(Locale.ROOT, "%s: %d rounds of %d replications, CPU ms per replication (median)%n",
                args[0], rounds, perRound);
        for (int p = 0; p < PARTS.length; p++) {
            double m = median(ms[p]);
            if (p > 0) {
                sum += m;
            }
            System.out.printf(Locale.ROOT, "  %-22s %8.4f ms  %6.2f%% of the model%n", PARTS[p], m, 100 * m / model0);
        }
        System.out.printf(Locale.ROOT, "  %-22s %8.4f ms  %6.2f%% of the model%n", "all output", sum, 100 * sum / model0);
    }

    /** CPU ms per replication of each part, in the order of {@link #PARTS}. */
    private static double[] round(EvacuationModel model, int n, Path folder, int round) throws IOException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        RandomStreams streams = new RandomStreams(round);
        Outcome[] outcomes = new Outcome[n];
        Outcome[] withoutSeries = new Outcome[n];
        long t0 = threads.getCurrentThreadCpuTime();
        for (int r = 0; r < n; r++) {
            outcomes[r] = model.replicate(streams, r);
        }
        long t1 = threads.getCurrentThreadCpuTime();
        for (int r = 0; r < n; r++) {
            double[][] empty = new double[outcomes[r].seriesCount()][0];
            withoutSeries[r] = new Outcome(r, outcomes[r].values(), empty, outcomes[r].events());
        }
        Path journalFile = folder.resolve("journal-" + round);
        long t2 = threads.getCurrentThreadCpuTime();
        try (JournalFile journal = JournalFile.create(journalFile, "cli-overhead")) {
            for (Outcome o : outcomes) {
                journal.record("", o);
            }
        }
        long t3 = threads.getCurrentThreadCpuTime();
        Experiment experiment = Experiment.of(model).replications(n);
        Fold summaries = Fold.of(experiment);
        for (Outcome o : withoutSeries) {
            summaries.offer(o);
        }
        long t4 = threads.getCurrentThreadCpuTime();
        Fold full = Fold.of(experiment);
        for (Outcome o : outcomes) {
            full.offer(o);
        }
        long t5 = threads.getCurrentThreadCpuTime();
        try (ReplicationRows rows = ReplicationRows.open(folder.resolve("rows-" + round + ".csv"),
                model.metricNames().names())) {
            for (Outcome o : outcomes) {
                rows.accept(o);
            }
            rows.commit();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        long t6 = threads.getCurrentThreadCpuTime();
        double folding = (t4 - t3) / 1e6 / n;
        return new double[] {(t1 - t0) / 1e6 / n, (t3 - t2) / 1e6 / n, folding, (t5 - t4) / 1e6 / n - folding,
            (t6 - t5) / 1e6 / n};
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
