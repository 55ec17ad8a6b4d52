package org.corridorsim.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * CPU time per replication of one scenario under two builds of CorridorSim, measured in one
 * process with their rounds interleaved (A, B, A, B, ...), so that a busy host slows both alike.
 * Each build is loaded from its own jar by its own class loader. Prints each build's median and
 * the median of the per-pair ratios B ÷ A, with its range.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar org.corridorsim.bench.PairedCpuTime
 * before.jar after.jar scenarios/aleppo-2016-10.yaml 50 15}
 */
public final class PairedCpuTime {

    private PairedCpuTime() {
    }

    /** One build: its model of the scenario and the streams it replicates from. */
    private static final class Build {
        private final Object model;
        private final Object streams;
        private final Method replicate;
        private int replication;

        Build(Path jar, String scenario) throws Exception {
            ClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                    ClassLoader.getPlatformClassLoader());
            // the policy providers are found through the context class loader
            Thread.currentThread().setContextClassLoader(loader);
            Class<?> loaderClass = loader.loadClass("org.corridorsim.scenario.ScenarioLoader");
            Object scenarioLoader = loaderClass.getConstructor().newInstance();
            Object loaded = loaderClass.getMethod("load", Path.class).invoke(scenarioLoader, Path.of(scenario));
            Object evacuation = loaded.getClass().getMethod("evacuation").invoke(loaded);
            Class<?> modelClass = loader.loadClass("org.corridorsim.model.EvacuationModel");
            model = modelClass.getConstructor(evacuation.getClass()).newInstance(evacuation);
            Class<?> streamsClass = loader.loadClass("org.corridorsim.random.RandomStreams");
            streams = streamsClass.getConstructor(long.class).newInstance(1L);
            replicate = modelClass.getMethod("replicate", streamsClass, int.class);
        }

        /** CPU ms per replication over {@code n} replications, continuing the replication numbers. */
        double round(ThreadMXBean threads, int n) throws Exception {
            long start = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < n; i++) {
                replicate.invoke(model, streams, replication++);
            }
            return (threads.getCurrentThreadCpuTime() - start) / 1e6 / n;
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: PairedCpuTime A.jar B.jar SCENARIO REPLICATIONS-PER-ROUND ROUNDS");
            System.exit(2);
        }
        Build a = new Build(Path.of(args[0]), args[2]);
        Build b = new Build(Path.of(args[1]), args[2]);
        int perRound = Integer.parseInt(args[3]);
        int rounds = Integer.parseInt(args[4]);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int warm = 0; warm < 2; warm++) {
            a.round(threads, perRound);
            b.round(threads, perRound);
        }
        // both builds draw the same replications in each pair, so the pairs compare like with like
        double[] msA = new double[rounds];
        double[] msB = new double[rounds];
        double[] ratio = new double[rounds];
        for (int k = 0; k < rounds; k++) {
            if (k % 2 == 0) {
                msA[k] = a.round(threads, perRound);
                msB[k] = b.round(threads, perRound);
            } else {
                msB[k] = b.round(threads, perRound);
                msA[k] = a.round(threads, perRound);
            }
            ratio[k] = msB[k] / msA[k];
        }
        Arrays.sort(msA);
        Arrays.sort(msB);
        Arrays.sort(ratio);
        System.out.printf("A %s: CPU ms per replication median %.3f (min %.3f)%n", args[0], msA[rounds / 2], msA[0]);
        System.out.printf("B %s: CPU ms per replication median %.3f (min %.3f)%n", args[1], msB[rounds / 2], msB[0]);
        System.out.printf("B / A: median %.3f, middle half [%.3f, %.3f], range [%.3f, %.3f] (%d pairs of %d)%n",
                ratio[rounds / 2], ratio[rounds / 4], ratio[rounds * 3 / 4], ratio[0], ratio[rounds - 1],
                rounds, perRound);
    }
}
