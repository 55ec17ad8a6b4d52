package org.corridorsim.planning;

/** What is known of a configuration, or of one target at a configuration. */
public enum Verdict {
    /** Meets every target at the stated confidence (for one target: meets it). */
    FEASIBLE,
    /** Misses a target at the stated confidence. */
    INFEASIBLE,
    /** Still undecided after the most replications allowed. */
    UNDECIDED,
    /** Not run: it has at least as much of every variable as a feasible configuration, so it is feasible too. */
    IMPLIED_FEASIBLE,
    /** Not run: it has at most as much of every variable as an infeasible configuration, so it is infeasible too. */
    IMPLIED_INFEASIBLE;

    /** {@return whether the configuration meets every target, as run or as implied} */
    public boolean isFeasible() {
        return this == FEASIBLE || this == IMPLIED_FEASIBLE;
    }

    /** {@return whether the configuration misses a target, as run or as implied} */
    public boolean isInfeasible() {
        return this == INFEASIBLE || this == IMPLIED_INFEASIBLE;
    }

    /** {@return the word used in files: feasible, infeasible, undecided, implied-feasible, implied-infeasible} */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
