package org.corridorsim.experiment;

import java.util.Iterator;
import java.util.Optional;
import java.util.SortedMap;
import org.corridorsim.model.MetricNames;
import org.corridorsim.model.Outcome;
import org.corridorsim.random.RandomStreams;
import org.corridorsim.stats.Summary;

/**
 * One run of an {@link Experiment}: the outcomes recorded earlier are folded first, then batches
 * of replications run until the replications asked for are folded or the precision target is met.
 */
final class ExperimentRun {

    private final Experiment experiment;

    ExperimentRun(Experiment experiment) {
        this.experiment = experiment;
    }

    ExperimentResult resume(Iterator<Outcome> recorded) {
        MetricNames names = experiment.model.metricNames();
        int limit = experiment.precision.map(Precision::maxReplications).orElse(experiment.replications);
        experiment.precision.ifPresent(target -> requireUsable(target, names));
        Fold fold = Fold.of(experiment);
        int planned = experiment.replications;
        fold.limit(planned);
        while (recorded.hasNext()) {
            Outcome outcome = recorded.next();
            if (outcome.replication() < limit && !fold.has(outcome.replication())) {
                fold.offer(outcome);
            }
        }
        try (Replicator pool = experiment.placement == null
                ? new ReplicationPool(experiment.model, new RandomStreams(experiment.seed), experiment.threads,
                        experiment.progress, experiment.timeout)
                : experiment.placement.open(experiment.model, experiment.seed, experiment.progress, experiment.timeout)) {
            while (true) {
                SortedMap<Integer, Throwable> failures = pool.run(planned, fold, experiment.recorder);
                if (!failures.isEmpty()) {
                    throw failure(failures, fold, planned);
                }
                if (fold.next() < planned) {
                    // never marked complete with replications missing, whatever stopped the workers
                    throw failure(new java.util.TreeMap<>(java.util.Map.of(fold.next(), new IllegalStateException(
                            "replication " + fold.next() + " was never run: the workers stopped early"))), fold, planned);
                }
                if (experiment.precision.isEmpty()) {
                    return fold.result(ExperimentResult.Stop.REPLICATIONS, planned, Optional.empty());
                }
                Precision target = experiment.precision.get();
                if (isMet(target, fold)) {
                    return fold.result(ExperimentResult.Stop.PRECISION_MET, planned, Optional.empty());
                }
                if (planned == limit) {
                    return fold.result(ExperimentResult.Stop.MAX_REPLICATIONS, planned, Optional.empty());
                }
                planned = (int) Math.min(limit, (long) planned + target.batch());
                fold.limit(planned);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            String message = "interrupted";
            throw ExperimentFailure.interrupted(fold.partial(planned, ExperimentResult.Failure.of(message)), planned);
        }
    }

    private void requireUsable(Precision target, MetricNames names) {
        if (!names.contains(target.metric())) {
            throw new IllegalArgumentException("precision metric '" + target.metric() + "' is not a metric of "
                    + experiment.scenarioId + "; known metrics are " + names.names());
        }
        if (target.maxReplications() < experiment.replications) {
            throw new IllegalArgumentException("maximum replications " + target.maxReplications()
                    + " must be at least the first batch of " + experiment.replications);
        }
    }

    private boolean isMet(Precision target, Fold fold) {
        Summary summary = fold.summary(target.metric());
        return target.isMetBy(summary.halfWidth(), summary.mean());
    }

    private ExperimentFailure failure(SortedMap<Integer, Throwable> failures, Fold fold, int planned) {
        int first = failures.firstKey();
        Throwable cause = failures.get(first);
        String message = cause.getMessage() == null ? cause.toString() : cause.getMessage();
        if (!(cause instanceof ReplicationTimeout)) {
            String type = cause instanceof ReplicationFailure remote ? remote.simpleName() : cause.getClass().getSimpleName();
            message = type + ": " + message;
        }
        ExperimentResult partial = fold.partial(planned, new ExperimentResult.Failure(first, message));
        ExperimentFailure failure = ExperimentFailure.replicationFailed(first, cause, partial);
        failures.tailMap(first + 1).values().stream().filter(other -> other != cause).forEach(failure::addSuppressed);
        return failure;
    }
}
