package org.corridorsim.spark;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the replications of several units into contiguous slices of the index space
 * (unit, replication), one slice per Spark partition, in index order. Slice sizes differ by at
 * most one replication.
 */
final class Slices {

    private Slices() {
    }

    /**
     * @param ranges per unit, the replications to run as {from, to}; an empty range ({@code from == to}) is skipped
     * @param partitions the number of slices wanted; fewer when there are fewer replications
     */
    static List<List<Segment>> split(List<int[]> ranges, int partitions) {
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be at least 1, got " + partitions);
        }
        long total = 0;
        for (int[] range : ranges) {
            total += range[1] - range[0];
        }
        int slices = (int) Math.min(partitions, total);
        List<List<Segment>> result = new ArrayList<>(slices);
        int unit = 0;
        int next = ranges.isEmpty() ? 0 : ranges.get(0)[0];
        for (int s = 0; s < slices; s++) {
            long size = (s + 1) * total / slices - s * total / slices;
            List<Segment> slice = new ArrayList<>();
            while (size > 0) {
                int end = ranges.get(unit)[1];
                if (next >= end) {
                    unit++;
                    next = ranges.get(unit)[0];
                    continue;
                }
                int take = (int) Math.min(size, end - next);
                slice.add(new Segment(unit, next, next + take));
                next += take;
                size -= take;
            }
            result.add(List.copyOf(slice));
        }
        return result;
    }
}
