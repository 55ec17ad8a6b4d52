package org.corridorsim.experiment;

import java.time.Duration;
import java.util.SortedMap;
import java.util.function.Consumer;
import org.corridorsim.model.EvacuationModel;
import org.corridorsim.model.Outcome;

/**
 * Where an experiment's replications run: its own threads by default, or a cluster (see
 * {@link Experiment#on}). Replication {@code i} must be {@code model.replicate(new RandomStreams(seed), i)}
 * wherever it runs; the {@link Fold} restores index order, so the results are the same to the bit.
 */
public interface Replicator extends AutoCloseable {

    /**
     * Runs every replication below {@code end} that {@code into} does not already have, handing
     * each outcome first to {@code recorder} (e.g. a journal), then to {@code into}, from one
     * thread at a time. After the first failure no new replication need start.
     *
     * @param end one past the last replication to run
     * @param into the fold of the outcomes so far
     * @param recorder sees each outcome before the fold does
     * @return the replications that threw or timed out, by index; empty when all completed
     * @throws InterruptedException if the calling thread is interrupted while waiting
     */
    SortedMap<Integer, Throwable> run(int end, Fold into, Consumer<Outcome> recorder) throws InterruptedException;

    /** Stops whatever still runs. */
    @Override
    void close();

    /** Opens the replicator of one run of an experiment. */
    @FunctionalInterface
    interface Placement {
        /**
         * @param model the model whose replications run
         * @param seed the experiment seed
         * @param progress told of each completed replication
         * @param timeout wall time a replication may take; {@link Duration#ZERO} for no limit
         * @return the replicator, closed when the run ends
         */
        Replicator open(EvacuationModel model, long seed, Progress progress, Duration timeout);
    }
}
