package org.corridorsim.spark;

import org.corridorsim.experiment.ExperimentResult;

/**
 * A replication failed on the cluster. The replications before it, in index order, are kept in
 * {@link #partial()}.
 */
final class UnitFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ExperimentResult partial;
    private final int unit;
    private final int replication;

    UnitFailure(int unit, int replication, String message, ExperimentResult partial) {
        super(message, null, false, false);
        this.unit = unit;
        this.replication = replication;
        this.partial = partial;
    }

    int unit() {
        return unit;
    }

    int replication() {
        return replication;
    }

    ExperimentResult partial() {
        return partial;
    }
}
