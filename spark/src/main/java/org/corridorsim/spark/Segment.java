package org.corridorsim.spark;

import java.io.Serializable;

/** Replications {@code from} (inclusive) to {@code to} (exclusive) of unit {@code unit}. */
record Segment(int unit, int from, int to) implements Serializable {

    Segment {
        if (unit < 0 || from < 0 || to <= from) {
            throw new IllegalArgumentException("empty or negative segment: unit " + unit + ", " + from + ".." + to);
        }
    }

    int size() {
        return to - from;
    }
}
