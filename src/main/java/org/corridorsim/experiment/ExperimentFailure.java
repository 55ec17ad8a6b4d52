package org.corridorsim.experiment;

import java.util.OptionalInt;

/**
 * An experiment that could not finish: a replication threw, or the thread running the
 * experiment was interrupted. {@link #partial()} keeps the replications that did complete.
 *
 * <p>When a replication throws, no new replications are started; those already running finish
 * and are kept. The lowest failing replication is reported, with its exception as the cause;
 * exceptions of other replications that failed at the same time are attached as suppressed.
 */
public final class ExperimentFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ExperimentResult partial;
    /** The failing replication's index, or -1 when the run was interrupted. */
    private final int replication;

    private ExperimentFailure(String message, Throwable cause, ExperimentResult partial, int replication) {
        super(message, cause);
        this.partial = partial;
        this.replication = replication;
    }

    static ExperimentFailure replicationFailed(int replication, Throwable cause, ExperimentResult partial) {
        return new ExperimentFailure("replication " + replication + " of " + partial.scenarioId() + " failed: " + cause,
                cause, partial, replication);
    }

    static ExperimentFailure interrupted(ExperimentResult partial, int planned) {
        return new ExperimentFailure("experiment " + partial.scenarioId() + " interrupted after " + partial.replications()
                + " of " + planned + " replications", null, partial, -1);
    }

    /** The same failure, its message prefixed with where it happened, e.g. a sweep point. */
    ExperimentFailure in(String context) {
        ExperimentFailure failure = new ExperimentFailure(context + ": " + getMessage(), getCause(), partial, replication);
        for (Throwable suppressed : getSuppressed()) {
            failure.addSuppressed(suppressed);
        }
        return failure;
    }

    /** {@return the replications that completed, in index order} */
    public ExperimentResult partial() {
        return partial;
    }

    /** {@return the failing replication's index; empty when the run was interrupted} */
    public OptionalInt replication() {
        return replication < 0 ? OptionalInt.empty() : OptionalInt.of(replication);
    }

    /** {@return whether the run was interrupted rather than failed by a replication} */
    public boolean interrupted() {
        return replication < 0;
    }
}
