package org.corridorsim.model;

import org.corridorsim.random.Distribution;

/** Screening at a corridor: parallel lanes, a screening time per group, and room for waiting groups. */
public record Checkpoint(int lanes, Distribution screening, Discipline discipline, int capacity) {

    public static final int UNLIMITED = Integer.MAX_VALUE;

    public Checkpoint {
        if (lanes < 1) {
            throw new IllegalArgumentException("lanes must be at least 1, got " + lanes);
        }
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must not be negative, got " + capacity);
        }
    }
}
