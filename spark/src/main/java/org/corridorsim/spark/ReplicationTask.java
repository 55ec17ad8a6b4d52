package org.corridorsim.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.corridorsim.model.EvacuationModel;
import org.corridorsim.random.RandomStreams;
import org.corridorsim.scenario.ScenarioException;
import org.corridorsim.scenario.ScenarioLoader;

/**
 * Runs one partition's replications on an executor. Each unit's scenario is parsed once per
 * partition. Replication {@code i} of a unit draws only from {@code new RandomStreams(seed)} at
 * index {@code i}, exactly as on the threaded runner, so where it runs makes no difference.
 *
 * <p>A replication that throws ends the partition with a failure record; the replications after
 * it in the partition are not run, as the driver stops at the first failure in index order.
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
    public Iterator<Replica> call(Iterator<Slice> slices) {
        Job work = job.value();
        int attempt = TaskContext.get() == null ? 0 : TaskContext.get().attemptNumber();
        ScenarioLoader loader = new ScenarioLoader();
        RandomStreams streams = new RandomStreams(work.seed());
        Map<Integer, EvacuationModel> models = new HashMap<>();
        List<Replica> out = new ArrayList<>();
        while (slices.hasNext()) {
            for (Segment segment : slices.next().segments()) {
                Unit unit = work.units().get(segment.unit());
                EvacuationModel model;
                try {
                    model = models.computeIfAbsent(segment.unit(), u -> unit.model(loader, work.eventBudget()));
                } catch (ScenarioException e) {
                    out.add(Replica.failed(segment.unit(), segment.from(),
                            "the scenario did not load on the executor: " + e.getMessage(), ""));
                    return out.iterator();
                }
                for (int r = segment.from(); r < segment.to(); r++) {
                    fault.before(attempt, segment.unit(), r);
                    try {
                        out.add(Replica.of(segment.unit(), model.replicate(streams, r)));
                    } catch (RuntimeException | StackOverflowError e) {
                        out.add(Replica.failed(segment.unit(), r, Failures.message(e), Failures.where(e)));
                        return out.iterator();
                    }
                }
            }
        }
        return out.iterator();
    }
}
