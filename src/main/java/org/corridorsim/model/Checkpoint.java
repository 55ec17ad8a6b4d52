package org.corridorsim.model;

import java.util.Objects;
import org.corridorsim.random.Distribution;

/**
 * Screening at a corridor: parallel lanes, a screening time per group, room for waiting groups,
 * and where a group held by a policy at the checkpoint stands when its hold ends.
 *
 * @param lanes groups screened at once, at least 1
 * @param screening the screening time per group, in seconds
 * @param discipline the order in which waiting groups are screened
 * @param capacity groups that may wait, not negative; {@link #UNLIMITED} for no limit
 * @param afterHold where a held group stands when its hold ends
 */
public record Checkpoint(int lanes, Distribution screening, Discipline discipline, int capacity, AfterHold afterHold) {

    /** A capacity with no limit. */
    public static final int UNLIMITED = Integer.MAX_VALUE;

    /** Where a group held at the checkpoint stands when the hold ends; it stays in the queue meanwhile. */
    public enum AfterHold {
        /** Its place in the queue, ahead of groups that came later. */
        KEEP_PLACE,
        /** The back of the queue. */
        BACK
    }

    /**
     * Checks the components.
     *
     * @param lanes groups screened at once, at least 1
     * @param screening the screening time per group, in seconds
     * @param discipline the order in which waiting groups are screened
     * @param capacity groups that may wait, not negative; {@link #UNLIMITED} for no limit
     * @param afterHold where a held group stands when its hold ends
     */
    public Checkpoint {
        Objects.requireNonNull(screening, "screening");
        Objects.requireNonNull(discipline, "discipline");
        if (lanes < 1) {
            throw new IllegalArgumentException("lanes must be at least 1, got " + lanes);
        }
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must not be negative, got " + capacity);
        }
        if (afterHold == null) {
            throw new IllegalArgumentException("afterHold must be KEEP_PLACE or BACK, got null");
        }
    }

    /**
     * A checkpoint where held groups keep their place.
     *
     * @param lanes groups screened at once, at least 1
     * @param screening the screening time per group, in seconds
     * @param discipline the order in which waiting groups are screened
     * @param capacity groups that may wait, not negative; {@link #UNLIMITED} for no limit
     */
    public Checkpoint(int lanes, Distribution screening, Discipline discipline, int capacity) {
        this(lanes, screening, discipline, capacity, AfterHold.KEEP_PLACE);
    }

    /**
     * {@code lanes} lanes screening each group for a time drawn from {@code screening}, first in
     * first out, with unlimited room; change those with {@link #withDiscipline} and {@link #withCapacity}:
     * {@code Checkpoint.of(2, new Distribution.Exponential(240)).withCapacity(200)}.
     *
     * @param lanes groups screened at once, at least 1
     * @param screening the screening time per group, in seconds
     * @return the checkpoint
     */
    public static Checkpoint of(int lanes, Distribution screening) {
        return new Checkpoint(lanes, screening, Discipline.FIFO, UNLIMITED);
    }

    /**
     * The same checkpoint screening in another order.
     *
     * @param order the new discipline
     * @return a copy
     */
    public Checkpoint withDiscipline(Discipline order) {
        return new Checkpoint(lanes, screening, order, capacity);
    }

    /**
     * The same checkpoint with room for at most {@code groups} waiting groups.
     *
     * @param groups not negative; {@link #UNLIMITED} for no limit
     * @return a copy
     */
    public Checkpoint withCapacity(int groups) {
        return new Checkpoint(lanes, screening, discipline, groups);
    }
}
