package org.corridorsim.planning;

import java.util.List;
import java.util.Optional;
import org.corridorsim.scenario.Planning;

/**
 * What a plan found.
 *
 * @param scenarioId the scenario planned
 * @param planning the variables, targets and confidence
 * @param seed the experiment seed shared by every configuration
 * @param firstBatch the replications of a configuration's first batch
 * @param alpha the level of each one-sided bound (1 - confidence split over looks and targets)
 * @param monotone whether the search assumed that more of every variable never hurts
 * @param exhaustive whether every configuration was run
 * @param chosen the cheapest configuration found feasible, if any
 * @param points every configuration run or classified by monotonicity, cheapest first
 * @param gridSize how many configurations the variables span
 * @param replications the replications run in all
 * @param notes what the reader should know: configurations left undecided, what was assumed
 */
public record PlanResult(String scenarioId, Planning planning, long seed, int firstBatch, double alpha, boolean monotone,
        boolean exhaustive, Optional<PlanPoint> chosen, List<PlanPoint> points, int gridSize, long replications,
        List<String> notes) {

    /**
     * Copies the lists.
     *
     * @param scenarioId the scenario planned
     * @param planning the variables, targets and confidence
     * @param seed the experiment seed
     * @param firstBatch the first batch
     * @param alpha the level of each bound
     * @param monotone whether monotonicity was assumed
     * @param exhaustive whether every configuration was run
     * @param chosen the cheapest feasible configuration, if any
     * @param points every configuration run or classified
     * @param gridSize how many configurations the variables span
     * @param replications the replications run in all
     * @param notes notes for the reader
     */
    public PlanResult {
        points = List.copyOf(points);
        notes = List.copyOf(notes);
    }

    /** {@return the configurations that were run} */
    public List<PlanPoint> runPoints() {
        return points.stream().filter(PlanPoint::wasRun).toList();
    }

    /**
     * The configurations nearest in cost to the chosen one, other than it: the cheapest ones
     * above it and the dearest ones below it, up to {@code count} in all, cheapest first.
     *
     * @param count how many
     * @return the runners-up
     */
    public List<PlanPoint> runnersUp(int count) {
        if (chosen.isEmpty()) {
            return points.stream().filter(PlanPoint::wasRun).limit(count).toList();
        }
        PlanPoint best = chosen.get();
        return points.stream().filter(p -> p != best)
                .sorted(java.util.Comparator.comparingDouble((PlanPoint p) -> Math.abs(p.cost() - best.cost())))
                .limit(count).sorted(java.util.Comparator.comparingDouble(PlanPoint::cost)).toList();
    }
}
