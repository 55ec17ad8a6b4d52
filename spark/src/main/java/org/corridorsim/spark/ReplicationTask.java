package org.corridorsim.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.corridorsim.model.EvacuationModel;
import org.corridorsim.model.Outcome;
import org.corridorsim.random.RandomStreams;
import org.corridorsim.scenario.ScenarioException;
import org.corridorsim.scenario.ScenarioLoader;

/**
 * Runs one partition's replications on an executor. Each unit's scenario is parsed once per
 * partition. Replication {@code i} of a unit draws only from {@code new RandomStreams(seed)} at
 * index {@code i}, exactly as on the threaded runner, so where it runs makes no difference.
 *
 * <p>A replication that throws or outlasts the timeout ends the partition with a failure
 * record; the replications after it in the partition are not run, as the driver stops at the
 * first failure in index order. A replication that timed out is abandoned on a daemon thread.
 */
final class ReplicationTask implements FlatMapFunction<Iterator<Slice>, Replica> {

    private static final long serialVersionUID = 1L;

    private final Broadcast<Job> job;
    private final Fault fault;

    ReplicationTask(Broadcast<Job> job, Fault fault) {
        this.job = job;
        this.fault = fault;
    }

    @Override
    public Iterator<Replica> call(Iterator<Slice> slices) throws InterruptedException {
        Job work = job.value();
        int attempt = TaskContext.get() == null ? 0 : TaskContext.get().attemptNumber();
        ScenarioLoader loader = new ScenarioLoader();
        RandomStreams streams = new RandomStreams(work.seed());
        Map<Integer, EvacuationModel> models = new HashMap<>();
        List<Replica> out = new ArrayList<>();
        ExecutorService timed = work.timeoutMillis() == 0 ? null : Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "corridorsim-replication");
            thread.setDaemon(true);
            return thread;
        });
        try {
            while (slices.hasNext()) {
                for (Segment segment : slices.next().segments()) {
                    EvacuationModel model;
                    try {
                        model = models.computeIfAbsent(segment.unit(), u -> work.units().get(u).model(loader));
                    } catch (ScenarioException e) {
                        out.add(Replica.failed(segment.unit(), segment.from(), e));
                        return out.iterator();
                    }
                    for (int r = segment.from(); r < segment.to(); r++) {
                        Replica replica = run(timed, work.timeoutMillis(), model, streams, segment.unit(), r, attempt);
                        out.add(replica);
                        if (replica.failed()) {
                            return out.iterator();
                        }
                    }
                }
            }
            return out.iterator();
        } finally {
            if (timed != null) {
                timed.shutdownNow();
            }
        }
    }

    /** A fault that throws fails the task (Spark retries it); under a timeout it runs in the timed call. */
    private Replica run(ExecutorService timed, long timeoutMillis, EvacuationModel model, RandomStreams streams,
            int unit, int r, int attempt) throws InterruptedException {
        if (timed == null) {
            fault.before(attempt, unit, r);
            try {
                return Replica.of(unit, model.replicate(streams, r));
            } catch (RuntimeException | StackOverflowError e) {
                return Replica.failed(unit, r, e);
            }
        }
        Future<Outcome> running = timed.submit(() -> {
            fault.before(attempt, unit, r);
            return model.replicate(streams, r);
        });
        try {
            return Replica.of(unit, running.get(timeoutMillis, TimeUnit.MILLISECONDS));
        } catch (ExecutionException e) {
            return Replica.failed(unit, r, e.getCause());
        } catch (TimeoutException e) {
            running.cancel(true);
            return Replica.timedOut(unit, r);
        }
    }
}
