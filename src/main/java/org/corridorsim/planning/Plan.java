package org.corridorsim.planning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.corridorsim.experiment.Experiment;
import org.corridorsim.experiment.Journal;
import org.corridorsim.experiment.Progress;
import org.corridorsim.experiment.Replicator;
import org.corridorsim.model.EvacuationModel;
import org.corridorsim.scenario.Planning;
import org.corridorsim.scenario.Scenario;
import org.corridorsim.scenario.ScenarioOverride;

/**
 * The cheapest configuration of a scenario's decision variables that meets every target of its
 * {@code plan:} section.
 *
 * <pre>{@code
 * PlanResult result = Plan.of(scenario).threads(2).run();
 * result.chosen().ifPresent(point -> System.out.println(point.values() + " costs " + point.cost()));
 * }</pre>
 *
 * <p>Each configuration is run in batches (20 replications, then doubling up to the plan's most)
 * under common random numbers, and after each batch every target is checked with one-sided
 * bounds (exact binomial for probabilities, Student-t for means) at level 1 - confidence split
 * over the looks and the targets; a configuration stops as soon as it clearly meets every target
 * or clearly misses one. Within the indifference zone around a required probability, either
 * answer is accepted.
 *
 * <p>The search visits configurations so that every one cheaper than the answer is settled. When
 * the plan is monotone (more of any variable never hurts), a configuration found infeasible
 * settles all those below it and a feasible one all those above it; the search then runs, among
 * a window of the cheapest unsettled configurations, the one that settles most if it fails. The
 * window starts at the cheapest configuration and doubles after each failure; once one
 * configuration is feasible it is the cheaper half of those still open, so either outcome halves
 * the candidates. Without monotonicity it runs them cheapest first.
 */
public final class Plan {

    /** Replications of a configuration's first batch. */
    public static final int DEFAULT_FIRST_BATCH = 20;

    private final Scenario scenario;
    private final Planning planning;
    private final long seed;
    private final int threads;
    private final int firstBatch;
    private final boolean monotone;
    private final boolean exhaustive;
    private final Progress progress;
    private final Journal journal;
    /** Where each configuration's replications run, by its overrides; null for this process's threads. */
    private final Function<List<ScenarioOverride>, Replicator.Placement> placement;

    private Plan(Scenario scenario, Planning planning, long seed, int threads, int firstBatch, boolean monotone,
            boolean exhaustive, Progress progress, Journal journal,
            Function<List<ScenarioOverride>, Replicator.Placement> placement) {
        this.scenario = scenario;
        this.planning = planning;
        this.seed = seed;
        this.threads = threads;
        this.firstBatch = firstBatch;
        this.monotone = monotone;
        this.exhaustive = exhaustive;
        this.progress = progress;
        this.journal = journal;
        this.placement = placement;
    }

    /**
     * The plan of the scenario's {@code plan:} section, with its seed, on one thread.
     *
     * @param scenario a scenario loaded from a file or text with a {@code plan:} section
     * @return the plan, not yet run
     * @throws IllegalArgumentException if the scenario has no {@code plan:} section
     */
    public static Plan of(Scenario scenario) {
        Planning planning = scenario.plan().orElseThrow(() -> new IllegalArgumentException("scenario " + scenario.id()
                + " has no plan: section; see docs/planning.md"));
        return new Plan(scenario, planning, scenario.experiment().seed(), 1, DEFAULT_FIRST_BATCH, planning.monotone(),
                false, Progress.NONE, Journal.NONE, null);
    }

    /**
     * The experiment seed shared by every configuration.
     *
     * @param experimentSeed any value
     * @return a copy with this setting
     */
    public Plan seed(long experimentSeed) {
        return new Plan(scenario, planning, experimentSeed, threads, firstBatch, monotone, exhaustive, progress, journal, placement);
    }

    /**
     * Worker threads; the result does not depend on this number.
     *
     * @param count at least 1
     * @return a copy with this setting
     */
    public Plan threads(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + count);
        }
        return new Plan(scenario, planning, seed, count, firstBatch, monotone, exhaustive, progress, journal, placement);
    }

    /**
     * Replications of each configuration's first batch; later batches double it.
     *
     * @param count at least 2
     * @return a copy with this setting
     */
    public Plan firstBatch(int count) {
        if (count < 2) {
            throw new IllegalArgumentException("the first batch needs at least 2 replications, got " + count);
        }
        return new Plan(scenario, planning, seed, threads, count, monotone, exhaustive, progress, journal, placement);
    }

    /**
     * Whether to assume that more of every variable never makes a target harder to meet; the
     * default is the plan section's {@code monotone}.
     *
     * @param assume true to let results settle the configurations they dominate
     * @return a copy with this setting
     */
    public Plan monotone(boolean assume) {
        return new Plan(scenario, planning, seed, threads, firstBatch, assume, exhaustive, progress, journal, placement);
    }

    /**
     * Runs every configuration of the grid, as a sweep would but sequentially, and assumes
     * nothing; for checking a plan, or counting what the search saves.
     *
     * @param all true to run every configuration
     * @return a copy with this setting
     */
    public Plan exhaustive(boolean all) {
        return new Plan(scenario, planning, seed, threads, firstBatch, monotone, all, progress, journal, placement);
    }

    /**
     * Told of every completed replication: the replications run so far, and that number plus the
     * first batch (more may follow).
     *
     * @param listener the listener
     * @return a copy with this setting
     */
    public Plan onProgress(Progress listener) {
        return new Plan(scenario, planning, seed, threads, firstBatch, monotone, exhaustive, listener, journal, placement);
    }

    /**
     * Keeps every configuration's replications in {@code where}, under the configuration's label
     * (e.g. {@code lanes=3 buses=2}), and takes those it already holds from it, so that an
     * interrupted plan resumes to the same result.
     *
     * @param where the journal
     * @return a copy with this setting
     */
    public Plan journal(Journal where) {
        return new Plan(scenario, planning, seed, threads, firstBatch, monotone, exhaustive, progress, where, placement);
    }

    /**
     * Runs each configuration's replications elsewhere, e.g. on a cluster, instead of on
     * {@link #threads(int)}; the result is the same to the bit.
     *
     * @param where gives, for a configuration's overrides (its decision variables' values, each as
     *        an override of the scenario), where its replications run; null for this process's threads
     * @return a copy with this setting
     */
    public Plan on(Function<List<ScenarioOverride>, Replicator.Placement> where) {
        return new Plan(scenario, planning, seed, threads, firstBatch, monotone, exhaustive, progress, journal, where);
    }

    /**
     * Searches for the cheapest feasible configuration.
     *
     * @return what was found, with every configuration run or settled
     * @throws org.corridorsim.experiment.ExperimentFailure if a replication fails
     * @throws org.corridorsim.scenario.ScenarioException if the scenario rejects a configuration
     * @throws IllegalArgumentException if the variables span more than 20,000 configurations
     */
    public PlanResult run() {
        Grid grid = new Grid(planning.variables());
        Sequential sequential = new Sequential(Experiment.of(scenario).seed(seed).threads(threads), planning, firstBatch);
        boolean useOrder = monotone && !exhaustive;
        Verdict[] verdicts = new Verdict[grid.size()];
        Sequential.Evaluated[] runs = new Sequential.Evaluated[grid.size()];
        int[] order = new int[grid.size()];
        int runCount = 0;
        long spent = 0;
        double best = Double.POSITIVE_INFINITY;
        int reach = 1;
        while (true) {
            int next = exhaustive ? firstUnsettled(verdicts, grid, Double.POSITIVE_INFINITY)
                    : useOrder ? probe(verdicts, grid, best, reach) : firstUnsettled(verdicts, grid, best);
            if (next < 0) {
                break;
            }
            long before = spent;
            int[] point = grid.points.get(next);
            Sequential.Evaluated evaluated = sequential.evaluate(model(point), label(point), journal,
                    (completed, total) -> progress.update((int) (before + completed), (int) (before + total)),
                    placement == null ? null : placement.apply(overrides(point)));
            spent += evaluated.replications();
            runs[next] = evaluated;
            verdicts[next] = evaluated.verdict();
            order[next] = ++runCount;
            if (evaluated.verdict() == Verdict.FEASIBLE) {
                best = Math.min(best, grid.costs[next]);
            } else {
                reach = (int) Math.min(Grid.MAX_POINTS, 2L * reach);
            }
            if (useOrder) {
                settle(verdicts, grid, next);
            }
        }
        return result(grid, verdicts, runs, order, spent, sequential.alpha());
    }

    private EvacuationModel model(int[] point) {
        return new EvacuationModel(scenario.withOverrides(overrides(point)).evacuation());
    }

    private List<ScenarioOverride> overrides(int[] point) {
        List<ScenarioOverride> overrides = new ArrayList<>();
        for (int i = 0; i < point.length; i++) {
            overrides.add(new ScenarioOverride(planning.variables().get(i).name(), Integer.toString(point[i])));
        }
        return overrides;
    }

    /** The journal unit of a configuration: {@code name=value} for each variable. */
    private String label(int[] point) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < point.length; i++) {
            parts.add(planning.variables().get(i).name() + "=" + point[i]);
        }
        return String.join(" ", parts);
    }

    /** The cheapest configuration not yet settled that costs less than {@code bound}, or -1. */
    private static int firstUnsettled(Verdict[] verdicts, Grid grid, double bound) {
        for (int i = 0; i < grid.size() && grid.costs[i] < bound; i++) {
            if (verdicts[i] == null) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The next configuration to run under monotonicity. Until one is found feasible, the window is
     * the {@code reach} cheapest unsettled configurations ({@code reach} doubles after each
     * failure, so a cheap answer is found at once and an expensive one in few steps); after that,
     * the unsettled ones in the cheaper half by cost, below the cheapest feasible. Within the
     * window, the one below the most unsettled configurations (all settled at once if it fails),
     * the cheapest on ties.
     */
    private static int probe(Verdict[] verdicts, Grid grid, double bound, int reach) {
        List<Integer> open = new ArrayList<>();
        for (int i = 0; i < grid.size() && grid.costs[i] < bound; i++) {
            if (verdicts[i] == null) {
                open.add(i);
            }
        }
        if (open.isEmpty()) {
            return -1;
        }
        double median = Double.isInfinite(bound) ? grid.costs[open.get(Math.min(reach, open.size()) - 1)]
                : grid.costs[open.get(open.size() / 2)];
        int chosen = -1;
        int most = -1;
        for (int i : open) {
            if (grid.costs[i] > median) {
                break;
            }
            int below = 0;
            for (int j : open) {
                below += Grid.below(grid.points.get(j), grid.points.get(i)) ? 1 : 0;
            }
            if (below > most) {
                most = below;
                chosen = i;
            }
        }
        return chosen;
    }

    /** Under monotonicity, a result settles the configurations it dominates or is dominated by. */
    private static void settle(Verdict[] verdicts, Grid grid, int at) {
        int[] point = grid.points.get(at);
        for (int j = 0; j < grid.size(); j++) {
            if (verdicts[j] != null) {
                continue;
            }
            if (verdicts[at] == Verdict.INFEASIBLE && Grid.below(grid.points.get(j), point)) {
                verdicts[j] = Verdict.IMPLIED_INFEASIBLE;
            } else if (verdicts[at] == Verdict.FEASIBLE && Grid.below(point, grid.points.get(j))) {
                verdicts[j] = Verdict.IMPLIED_FEASIBLE;
            }
        }
    }

    private PlanResult result(Grid grid, Verdict[] verdicts, Sequential.Evaluated[] runs, int[] order, long spent,
            double alpha) {
        List<PlanPoint> points = new ArrayList<>();
        Optional<PlanPoint> chosen = Optional.empty();
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < grid.size(); i++) {
            if (verdicts[i] == null) {
                continue;
            }
            List<Integer> values = Arrays.stream(grid.points.get(i)).boxed().toList();
            PlanPoint point = runs[i] == null ? new PlanPoint(values, grid.costs[i], verdicts[i], 0, List.of(), 0)
                    : new PlanPoint(values, grid.costs[i], verdicts[i], runs[i].replications(), runs[i].estimates(), order[i]);
            points.add(point);
            if (chosen.isEmpty() && verdicts[i] == Verdict.FEASIBLE) {
                chosen = Optional.of(point);
            }
        }
        double chosenCost = chosen.map(PlanPoint::cost).orElse(Double.POSITIVE_INFINITY);
        long undecided = points.stream().filter(p -> p.verdict() == Verdict.UNDECIDED && p.cost() < chosenCost).count();
        if (undecided > 0) {
            notes.add(undecided + " cheaper configuration" + (undecided == 1 ? " was" : "s were") + " still undecided after "
                    + planning.maxReplications() + " replications; its probability lies within the bounds shown. Raise "
                    + "max-replications or the indifference zone to settle it.");
        }
        notes.add(monotone && !exhaustive
                ? "Assumed monotone: more of any variable never makes a target harder to meet, so a feasible configuration "
                        + "settles those above it and an infeasible one those below it. Set monotone: false if that may fail "
                        + "(e.g. more buses at one corridor draw people from another)."
                : exhaustive ? "Every configuration was run; nothing was assumed."
                : "Not assumed monotone: every configuration cheaper than the answer was run.");
        if (chosen.isEmpty()) {
            notes.add("No configuration was found feasible at " + Math.round(100 * planning.confidence())
                    + "% confidence; widen the ranges or relax the targets.");
        }
        return new PlanResult(scenario.id(), planning, seed, firstBatch, alpha, monotone && !exhaustive, exhaustive,
                chosen, points, grid.size(), spent, notes);
    }
}
