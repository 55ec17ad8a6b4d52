package org.corridorsim.spark;

import java.io.Serializable;
import java.util.List;

/** The work of one Spark partition: contiguous segments of the (unit, replication) index space. */
record Slice(List<Segment> segments) implements Serializable {

    Slice {
        segments = List.copyOf(segments);
    }

    int size() {
        return segments.stream().mapToInt(Segment::size).sum();
    }
}
