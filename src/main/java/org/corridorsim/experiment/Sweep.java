package org.corridorsim.experiment;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs the same experiment settings at each point of a parameter sweep, one point after
 * another, each with the template's seed so that points share common random numbers.
 */
public final class Sweep {

    private Sweep() {
    }

    /**
     * @param template the settings; its model is ignored. A precision target applies to each
     *        point on its own. Progress counts across all points; while a point runs, the total
     *        assumes the points still to come need the template's first batch.
     * @return one row per point, in the order given
     * @throws ExperimentFailure if a point fails; its message names the point
     * @param points at least one, with distinct labels
     */
    public static List<SweepRow> run(Experiment template, List<Variant> points) {
        return run(template, points, Journal.NONE);
    }

    /**
     * Like {@link #run(Experiment, List)}, keeping each point's replications in {@code journal}
     * under the point's label and taking those it already holds from it.
     *
     * @param template as for {@link #run(Experiment, List)}
     * @param points at least one, with distinct labels
     * @param journal where completed replications are kept
     * @return one row per point, in the order given
     */
    public static List<SweepRow> run(Experiment template, List<Variant> points, Journal journal) {
        if (points.isEmpty()) {
            throw new IllegalArgumentException("a sweep needs at least 1 point, got none");
        }
        Comparison.requireUniqueLabels(points);
        List<SweepRow> rows = new ArrayList<>();
        int before = 0;
        for (Variant point : points) {
            int doneBefore = before;
            int after = (points.size() - rows.size() - 1) * template.replications;
            Experiment experiment = template.model(point.model())
                    .onProgress((completed, planned) -> template.progress.update(doneBefore + completed,
                            doneBefore + planned + after));
            ExperimentResult result;
            try {
                result = experiment.run(journal, point.label());
            } catch (ExperimentFailure failure) {
                throw failure.in("sweep point '" + point.label() + "'");
            }
            rows.add(new SweepRow(point.label(), result));
            before += result.replications();
        }
        return List.copyOf(rows);
    }
}
