package org.corridorsim.experiment;

import java.util.Collections;
import java.util.Iterator;
import org.corridorsim.model.Outcome;

/**
 * Keeps each replication's outcome as it completes, so that an interrupted run can be resumed
 * without running it again. Outcomes are kept per unit: the one experiment of a run ({@code ""}),
 * each variant of a comparison, each point of a sweep, or each candidate a fit evaluates; a unit
 * is any label unique within the journal.
 *
 * <p>{@link #record} is called from one thread at a time, in completion order. Recorded
 * outcomes are read back by {@link #recorded} in any order: the {@link Fold} restores index
 * order, so a resumed run is identical to the bit to an uninterrupted one.
 */
public interface Journal {

    /** Keeps nothing. */
    Journal NONE = new Journal() {
        @Override
        public Iterator<Outcome> recorded(String unit) {
            return Collections.emptyIterator();
        }

        @Override
        public void record(String unit, Outcome outcome) {
        }
    };

    /**
     * The outcomes recorded for {@code unit}, in the order they were recorded.
     *
     * @param unit the key of one experiment's outcomes, e.g. a variant label
     * @return the outcomes, possibly none
     */
    Iterator<Outcome> recorded(String unit);

    /**
     * Keeps {@code outcome} of {@code unit}; an I/O failure ends the run.
     *
     * @param unit the key of one experiment's outcomes, e.g. a variant label
     * @param outcome a completed replication
     */
    void record(String unit, Outcome outcome);
}
