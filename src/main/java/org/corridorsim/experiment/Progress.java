package org.corridorsim.experiment;

/**
 * Told each time a replication completes, for example to draw a progress bar.
 *
 * <p>Called from worker threads, but never concurrently: the runner serialises the calls, so
 * {@code completed} rises by one on every call and an implementation needs no locking of its
 * own. It should return quickly, because a worker waits for it before taking the next
 * replication. An exception thrown here ends the experiment and reaches the caller of
 * {@code run()}.
 */
@FunctionalInterface
public interface Progress {

    /** Does nothing. */
    Progress NONE = (completed, total) -> { };

    /**
     * @param completed replications completed so far
     * @param total replications planned so far; under a {@link Precision} target it grows by a
     *        batch each time the target is not yet met
     */
    void update(int completed, int total);
}
