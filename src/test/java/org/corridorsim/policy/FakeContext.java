package org.corridorsim.policy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.corridorsim.kernel.Simulator;
import org.corridorsim.random.GroupStream;
import org.corridorsim.random.RandomStreams;

/**
 * A policy context over a real simulator and seeded Commons RNG streams, with corridors named
 * by the test. It counts overlapping closures as the model must, and records every closure
 * change and the total closed time of each corridor.
 */
public final class FakeContext implements PolicyContext {

    private final Simulator simulator = new Simulator();
    private final long seed;
    private final List<String> corridorIds;
    private final Map<String, UniformRandomProvider> streams = new HashMap<>();
    private final int[] closures;
    private final double[] closedSince;
    private final double[] closedTime;
    private final List<String> log = new ArrayList<>();

    public FakeContext(long seed, String... corridorIds) {
        this.seed = seed;
        this.corridorIds = List.of(corridorIds);
        closures = new int[corridorIds.length];
        closedSince = new double[corridorIds.length];
        closedTime = new double[corridorIds.length];
    }

    @Override
    public Simulator simulator() {
        return simulator;
    }

    @Override
    public UniformRandomProvider stream(String purpose) {
        return streams.computeIfAbsent(purpose,
                p -> RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] {seed, p.hashCode()}));
    }

    /** Never moved between groups here, so it draws as one long SplitMix64 sequence. */
    @Override
    public GroupStream groupStream(String purpose) {
        return new RandomStreams(seed).groupStream(0, purpose);
    }

    @Override
    public int corridorCount() {
        return corridorIds.size();
    }

    @Override
    public int corridorIndex(String corridorId) {
        int index = corridorIds.indexOf(corridorId);
        if (index < 0) {
            throw new IllegalArgumentException("no corridor " + corridorId + ", known: " + corridorIds);
        }
        return index;
    }

    @Override
    public void closeCorridor(int corridor, boolean disperseQueued) {
        if (closures[corridor]++ == 0) {
            closedSince[corridor] = simulator.now();
        }
        log.add("close " + corridorIds.get(corridor) + " at " + simulator.now() + (disperseQueued ? " disperse" : " stay"));
    }

    @Override
    public void reopenCorridor(int corridor) {
        if (closures[corridor] == 0) {
            throw new IllegalStateException("reopened " + corridorIds.get(corridor) + " which was not closed");
        }
        if (--closures[corridor] == 0) {
            closedTime[corridor] += simulator.now() - closedSince[corridor];
        }
        log.add("reopen " + corridorIds.get(corridor) + " at " + simulator.now());
    }

    public boolean isClosed(String corridorId) {
        return closures[corridorIndex(corridorId)] > 0;
    }

    /** Total time the corridor has been closed up to now. */
    public double closedTime(String corridorId) {
        int c = corridorIndex(corridorId);
        return closedTime[c] + (closures[c] > 0 ? simulator.now() - closedSince[c] : 0);
    }

    /** Closure changes in order, e.g. "close C1 at 3600.0 stay", "reopen C1 at 7200.0". */
    public List<String> log() {
        return List.copyOf(log);
    }
}
