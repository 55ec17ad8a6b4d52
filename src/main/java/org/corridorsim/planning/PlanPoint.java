package org.corridorsim.planning;

import java.util.List;

/**
 * One configuration of the decision variables, with what the search learned of it.
 *
 * @param values a value for each decision variable, in the order of the plan
 * @param cost the sum over variables of cost x value x values set
 * @param verdict what is known of it
 * @param replications the replications run on it (0 if its verdict is implied or it was not examined)
 * @param targets its estimate for each target, in the order of the plan; empty if it was not run
 * @param order when it was run, from 1; 0 if it was not run
 */
public record PlanPoint(List<Integer> values, double cost, Verdict verdict, int replications,
        List<TargetEstimate> targets, int order) {

    /**
     * Copies the lists.
     *
     * @param values a value for each decision variable
     * @param cost its cost
     * @param verdict what is known of it
     * @param replications replications run on it
     * @param targets its estimates, one per target, or none
     * @param order when it was run, from 1, or 0
     */
    public PlanPoint {
        values = List.copyOf(values);
        targets = List.copyOf(targets);
    }

    /** {@return whether it was run, rather than classified by monotonicity or left unexamined} */
    public boolean wasRun() {
        return order > 0;
    }
}
