package org.corridorsim.cli;

import java.time.Duration;
import java.util.Optional;
import org.corridorsim.experiment.Attribution;
import org.corridorsim.experiment.Experiment;
import org.corridorsim.experiment.Journal;
import org.corridorsim.experiment.Progress;
import org.corridorsim.experiment.Replicator;
import org.corridorsim.model.EvacuationModel;
import org.corridorsim.scenario.Scenario;

/**
 * An attribution's subsets of blocking policies, each run as an experiment on the command's
 * backend and journalled as its replications complete (unit {@code subset-MASK}), so that an
 * attribution stopped by a signal, a failure or a timeout resumes where it stopped. Replication
 * {@code r} of subset {@code mask} is that of {@code Attribution.subset(evacuation, mask)} with the
 * attribution's seed, as {@link Attribution} runs it locally, so the result is the same to the bit.
 */
final class Subsets implements Attribution.SubsetRunner {

    private final Scenario scenario;
    private final ModelSource source;
    private final int threads;
    private final Duration timeout;
    private final Backend backend;
    private final Journal journal;
    private final Progress progress;

    Subsets(Scenario scenario, ModelSource source, int threads, Duration timeout, Backend backend, Journal journal,
            Progress progress) {
        this.scenario = scenario;
        this.source = source;
        this.threads = threads;
        this.timeout = timeout;
        this.backend = backend;
        this.journal = journal;
        this.progress = progress;
    }

    @Override
    public double[][] run(long[] masks, String metric, int replications, long seed) {
        double[][] values = new double[masks.length][replications];
        long total = (long) masks.length * replications;
        for (int s = 0; s < masks.length; s++) {
            long mask = masks[s];
            EvacuationModel model = new EvacuationModel(Attribution.subset(scenario.evacuation(), mask));
            int column = model.metricNames().index(metric);
            double[] value = values[s];
            long offset = (long) s * replications;
            Experiment experiment = Experiment.of(model).scenario(scenario.id(), scenario.title())
                    .replications(replications).seed(seed).threads(threads).replicationTimeout(timeout)
                    .onOutcome(outcome -> value[outcome.replication()] = outcome.values()[column])
                    .onProgress((completed, planned) -> progress.update((int) Math.min(Integer.MAX_VALUE,
                            offset + completed), (int) Math.min(Integer.MAX_VALUE, total)));
            Optional<Replicator.Placement> placement = backend.placement(m -> source.withSubset(mask));
            experiment = placement.map(experiment::on).orElse(experiment);
            experiment.run(journal, "subset-" + mask);
        }
        return values;
    }
}
