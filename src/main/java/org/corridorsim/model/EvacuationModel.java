package org.corridorsim.model;

import java.util.concurrent.atomic.AtomicReference;

import org.corridorsim.kernel.Simulator;
import org.corridorsim.random.RandomStreams;

/**
 * The evacuation model for one configuration. Immutable and thread-safe: each call to
 * {@link #replicate} builds its own kernel and state, and draws only from the streams of its
 * replication index, so results do not depend on which thread runs which replication.
 */
public final class EvacuationModel {

    private final Evacuation evacuation;
    private final MetricNames names;
    private final long eventsAtOneInstant;
    private final long eventBudget;
    /** Whether replications run on the calendar queue rather than the heap; see {@link EventSetChoice}. */
    private final boolean calendar;
    /**
     * The size a replication's tables start at, shared with the models made by {@link #with}
     * (a fit's particles); see {@link #learnSize}.
     */
    private final AtomicReference<RunShape> shape;

    /**
     * A model of the evacuation with the kernel's default bounds on events.
     *
     * @param evacuation everything a replication needs
     */
    public EvacuationModel(Evacuation evacuation) {
        this(evacuation, Simulator.DEFAULT_EVENTS_AT_ONE_INSTANT, Simulator.DEFAULT_EVENT_BUDGET);
    }

    private EvacuationModel(Evacuation evacuation, long eventsAtOneInstant, long eventBudget) {
        this(evacuation, new MetricNames(evacuation), eventsAtOneInstant, eventBudget,
                new AtomicReference<>(RunShape.INITIAL));
    }

    private EvacuationModel(Evacuation evacuation, MetricNames names, long eventsAtOneInstant, long eventBudget,
            AtomicReference<RunShape> shape) {
        this.evacuation = evacuation;
        this.shape = shape;
        this.names = names;
        this.eventsAtOneInstant = eventsAtOneInstant;
        this.eventBudget = eventBudget;
        this.calendar = evacuation.eventSet().calendarFor(evacuation);
    }

    /**
     * The same model with other bounds on the events of one replication: at one simulated
     * instant, and in all. A replication that goes over either fails, naming the instant and
     * the component involved.
     *
     * @param atOneInstant events allowed at one simulated instant, at least 1
     * @param total events allowed in all, at least 1
     * @return a copy with these bounds
     */
    public EvacuationModel limitEvents(long atOneInstant, long total) {
        if (atOneInstant < 1 || total < 1) {
            throw new IllegalArgumentException(
                    "event limits must be at least 1, got " + atOneInstant + " at one instant and " + total + " in all");
        }
        return new EvacuationModel(evacuation, atOneInstant, total);
    }

    /**
     * The same model (bounds and metric names kept) for another configuration of the same shape:
     * the same policies and corridors, in the same order, and the same horizon and bins; only
     * values differ, as when a fit sets parameters. Cheaper than a new model.
     *
     * @param other the configuration with other values
     * @return the model of {@code other}
     * @throws IllegalArgumentException if {@code other} has another shape
     */
    public EvacuationModel with(Evacuation other) {
        if (!names.sameShape(other)) {
            throw new IllegalArgumentException("the evacuation has other policies, corridors or bins than the model's");
        }
        return new EvacuationModel(other, names, eventsAtOneInstant, eventBudget, shape);
    }

    /** {@return the bound on events of one replication in all} */
    public long eventBudget() {
        return eventBudget;
    }

    /** {@return the event set replications run on: {@link EventSetChoice#HEAP} or {@link EventSetChoice#CALENDAR}} */
    public EventSetChoice eventSetInUse() {
        return calendar ? EventSetChoice.CALENDAR : EventSetChoice.HEAP;
    }

    /** {@return what the model simulates} */
    public Evacuation evacuation() {
        return evacuation;
    }

    /** {@return the names of the metrics and throughput series every outcome holds} */
    public MetricNames metricNames() {
        return names;
    }

    /**
     * Runs one replication. The same streams and index always give the same outcome, whatever the
     * thread.
     *
     * @param streams the experiment's random streams
     * @param replication 0-based index, not negative
     * @return the replication's metrics and throughput
     */
    public Outcome replicate(RandomStreams streams, int replication) {
        ModelRun run = newRun(streams, replication);
        Outcome outcome = run.run(replication);
        learnSize(run);
        return outcome;
    }

    /**
     * Runs one replication, asking {@code check} at the end of each throughput bin whether to go
     * on. When it never says no, the outcome is that of {@link #replicate(RandomStreams, int)}.
     *
     * @param streams the experiment's random streams
     * @param replication 0-based index, not negative
     * @param check asked at each bin's end
     * @return the outcome, or empty when {@code check} ended the replication
     */
    public java.util.Optional<Outcome> replicate(RandomStreams streams, int replication, RunningCheck check) {
        java.util.Objects.requireNonNull(check, "check");
        ModelRun run = newRun(streams, replication);
        Outcome outcome = run.run(replication, check);
        learnSize(run);
        return java.util.Optional.ofNullable(outcome);
    }

    /** The shape the next replication's tables start in; for tests. */
    RunShape shape() {
        return shape.get();
    }

    private ModelRun newRun(RandomStreams streams, int replication) {
        return new ModelRun(evacuation, names, streams.forReplication(replication), calendar, shape.get())
                .limitEvents(eventsAtOneInstant, eventBudget);
    }

    /**
     * Remembers the largest tables a replication has needed (groups, and pending events with the
     * calendar queue's shape then), so that later ones start that size rather than growing (a few
     * percent of Aleppo's time). Threads may see different values; results do not depend on it.
     */
    private void learnSize(ModelRun run) {
        RunShape used = run.shape();
        RunShape known = shape.get();
        if (used.groupSlots() > known.groupSlots() || used.events() > known.events()) {
            shape.accumulateAndGet(used, RunShape::largest);
        }
    }
}
