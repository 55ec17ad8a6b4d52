package org.corridorsim.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * A batch of independent M/M/3 replications, one task each, so that a pool of workers shares them
 * out dynamically and a worker that gets descheduled does not hold back the others. Every
 * replication has its own simulator and a generator seeded by its index: nothing is shared, and
 * the result does not depend on the number of workers.
 */
final class ReplicationBatch {

    static final int REPLICATIONS = 16;
    static final long CUSTOMERS_PER_REPLICATION = 125_000;

    private final List<Callable<Long>> replications = new ArrayList<>(REPLICATIONS);

    ReplicationBatch() {
        for (int r = 0; r < REPLICATIONS; r++) {
            long seed = r;
            replications.add(() -> CorridorMmc.replicate(MmcParameters.STANDARD, seed, CUSTOMERS_PER_REPLICATION)
                    .served());
        }
    }

    /** Runs every replication on {@code workers} and returns the customers served in all of them. */
    long runOn(ExecutorService workers) throws InterruptedException, ExecutionException {
        long served = 0;
        for (Future<Long> replication : workers.invokeAll(replications)) {
            served += replication.get();
        }
        return served;
    }
}
