package org.corridorsim.model;

import java.util.Objects;
import org.corridorsim.random.Distribution;

/** Screening at a corridor: parallel lanes, a screening time per group, and room for waiting groups. */
public record Checkpoint(int lanes, Distribution screening, Discipline discipline, int capacity) {

    public static final int UNLIMITED = Integer.MAX_VALUE;

    public Checkpoint {
        Objects.requireNonNull(screening, "screening");
        Objects.requireNonNull(discipline, "discipline");
        if (lanes < 1) {
            throw new IllegalArgumentException("lanes must be at least 1, got " + lanes);
        }
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must not be negative, got " + capacity);
        }
    }

    /**
     * {@code lanes} lanes screening each group for a time drawn from {@code screening}, first in
     * first out, with unlimited room; change those with {@link #withDiscipline} and {@link #withCapacity}:
     * {@code Checkpoint.of(2, new Distribution.Exponential(240)).withCapacity(200)}.
     */
    public static Checkpoint of(int lanes, Distribution screening) {
        return new Checkpoint(lanes, screening, Discipline.FIFO, UNLIMITED);
    }

    /** The same checkpoint screening in another order. */
    public Checkpoint withDiscipline(Discipline order) {
        return new Checkpoint(lanes, screening, order, capacity);
    }

    /** The same checkpoint with room for at most {@code groups} waiting groups. */
    public Checkpoint withCapacity(int groups) {
        return new Checkpoint(lanes, screening, discipline, groups);
    }
}
