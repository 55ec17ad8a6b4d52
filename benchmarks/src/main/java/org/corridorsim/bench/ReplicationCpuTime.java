package org.corridorsim.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import org.corridorsim.model.EvacuationModel;
import org.corridorsim.random.RandomStreams;
import org.corridorsim.scenario.ScenarioLoader;

/**
 * CPU time per replication of a scenario on one thread, for a host shared with other work: the
 * thread's CPU time does not count the time other processes hold the cores, so it stays within a
 * few percent where wall-clock JMH scores scatter by 50%. Prints the median, min and max over
 * {@code rounds} rounds of {@code perRound} replications, after one round of warm-up.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar org.corridorsim.bench.ReplicationCpuTime
 * scenarios/aleppo-2016-10.yaml 200 7}
 */
public final class ReplicationCpuTime {

    private ReplicationCpuTime() {
    }

    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: ReplicationCpuTime SCENARIO REPLICATIONS-PER-ROUND ROUNDS");
            System.exit(2);
        }
        EvacuationModel model = new EvacuationModel(new ScenarioLoader().load(Path.of(args[0])).evacuation());
        int perRound = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        var threads = ManagementFactory.getThreadMXBean();
        RandomStreams streams = new RandomStreams(1);
        int replication = 0;
        for (int i = 0; i < perRound; i++) {
            model.replicate(streams, replication++);
        }
        double[] ms = new double[rounds];
        for (int k = 0; k < rounds; k++) {
            long start = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < perRound; i++) {
                model.replicate(streams, replication++);
            }
            ms[k] = (threads.getCurrentThreadCpuTime() - start) / 1e6 / perRound;
        }
        Arrays.sort(ms);
        System.out.printf("CPU ms per replication: median %.2f, min %.2f, max %.2f (%d rounds of %d)%n",
                ms[rounds / 2], ms[0], ms[rounds - 1], rounds, perRound);
    }
}
