package org.corridorsim.spark;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.corridorsim.cli.ModelSource;
import org.corridorsim.experiment.Fold;
import org.corridorsim.experiment.Progress;
import org.corridorsim.experiment.ReplicationFailure;
import org.corridorsim.experiment.Replicator;
import org.corridorsim.model.Outcome;

/**
 * One experiment's replications on Spark. The replications the fold lacks run as tasks; their
 * outcomes come back in index order and go to the recorder (the journal) and the fold on the
 * driver, so a journal, a resume and a precision target work as on the local threads.
 */
record SparkReplicator(SparkReplications replications, ModelSource source, long seed, Progress progress,
        Duration timeout) implements Replicator {

    @Override
    public SortedMap<Integer, Throwable> run(int end, Fold into, Consumer<Outcome> recorder)
            throws InterruptedException {
        SortedMap<Integer, Throwable> failures = new TreeMap<>();
        int from = into.next();
        if (from >= end) {
            return failures;
        }
        int[] completed = {into.next() + into.held()};
        Job job = new Job(List.of(source), seed, timeout.toMillis());
        Optional<Replica> failed;
        try {
            failed = replications.run(job, List.of(new int[] {from, end}), replica -> {
                Outcome outcome = replica.outcome();
                if (into.has(outcome.replication())) {
                    return; // journalled earlier, out of order
                }
                recorder.accept(outcome);
                into.offer(outcome);
                progress.update(++completed[0], end);
            });
        } catch (RuntimeException e) {
            // the job was lost, e.g. a task failed on every attempt: what completed is kept
            Throwable cause = e.getCause() != null && e instanceof IllegalStateException ? e.getCause() : e;
            String message = String.valueOf(cause.getMessage()).lines().findFirst().orElse("");
            failures.put(into.next(), ReplicationFailure.of(cause.getClass().getName(), message, cause.getStackTrace()));
            return failures;
        }
        failed.ifPresent(replica -> failures.put(replica.replication(), replica.timedOut()
                ? ReplicationFailure.timeout(replica.replication(), timeout)
                : ReplicationFailure.of(replica.type(), replica.message(), replica.trace())));
        return failures;
    }

    @Override
    public void close() {
        // the backend stops Spark
    }
}
