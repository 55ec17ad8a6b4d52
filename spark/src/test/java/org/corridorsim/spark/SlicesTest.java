package org.corridorsim.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlicesTest {

    @Test
    void everyReplicationOfEveryUnitIsInExactlyOneSliceInIndexOrder() {
        List<int[]> ranges = List.of(new int[] {0, 7}, new int[] {0, 0}, new int[] {3, 11}, new int[] {0, 5});
        for (int partitions = 1; partitions <= 25; partitions++) {
            List<List<Segment>> slices = Slices.split(ranges, partitions);
            assertEquals(Math.min(partitions, 20), slices.size(), "slices for " + partitions + " partitions");
            List<String> seen = new ArrayList<>();
            int smallest = Integer.MAX_VALUE;
            int largest = 0;
            for (List<Segment> slice : slices) {
                int size = 0;
                for (Segment segment : slice) {
                    for (int r = segment.from(); r < segment.to(); r++) {
                        seen.add(segment.unit() + ":" + r);
                    }
                    size += segment.size();
                }
                smallest = Math.min(smallest, size);
                largest = Math.max(largest, size);
            }
            List<String> expected = new ArrayList<>();
            for (int u = 0; u < ranges.size(); u++) {
                for (int r = ranges.get(u)[0]; r < ranges.get(u)[1]; r++) {
                    expected.add(u + ":" + r);
                }
            }
            assertEquals(expected, seen, "index order for " + partitions + " partitions");
            assertTrue(largest - smallest <= 1, "sizes " + smallest + ".." + largest + " for " + partitions);
        }
    }

    @Test
    void unevenSplitOfTenIntoThree() {
        List<List<Segment>> slices = Slices.split(List.of(new int[] {0, 10}), 3);
        assertEquals(List.of(List.of(new Segment(0, 0, 3)), List.of(new Segment(0, 3, 6)), List.of(new Segment(0, 6, 10))),
                slices);
    }

    @Test
    void noPartitionsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Slices.split(List.of(new int[] {0, 3}), 0));
    }
}
