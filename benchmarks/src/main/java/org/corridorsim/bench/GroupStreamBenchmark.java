package org.corridorsim.bench;

import java.util.concurrent.TimeUnit;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.corridorsim.random.GroupStream;
import org.corridorsim.random.RandomStreams;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What common random numbers cost per draw (issue 20, part 3). A per-group draw moves a
 * {@link GroupStream} to a group and draws one value, as the model does for a group's travel
 * time or a policy's decision; an ordinary draw takes the next value of a replication's stream
 * (Commons RNG {@code L64_X128_MIX}). Each operation uses the next of 1,024 group keys, so nothing
 * is folded away. Three ways per kind of value: the ordinary stream, {@code at(groupKey)} (the
 * group's key hashed at the first draw), and {@code atPrepared} with the key prepared once per
 * group attempt ({@link GroupStream#prepare}), which the model uses.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class GroupStreamBenchmark {

    private static final int KEYS = 1024;

    private final long[] keys = new long[KEYS];
    private final long[] prepared = new long[KEYS];
    private int next;
    private UniformRandomProvider ordinary;
    private ZigguratSampler.Exponential ordinaryExponential;
    private GroupStream group;
    private ZigguratSampler.Exponential groupExponential;

    @Setup
    public void setUp() {
        RandomStreams streams = new RandomStreams(20161020L);
        ordinary = streams.stream(0, "ordinary");
        ordinaryExponential = ZigguratSampler.Exponential.of(streams.stream(0, "ordinary-exponential"), 2700);
        group = streams.groupStream(0, "per-group");
        groupExponential = ZigguratSampler.Exponential.of(group, 2700);
        long population = GroupStream.nameKey("east-civilians");
        for (int i = 0; i < KEYS; i++) {
            keys[i] = GroupStream.groupKey(population, i, 1);
            prepared[i] = GroupStream.prepare(keys[i]);
        }
    }

    private int nextIndex() {
        return next++ & (KEYS - 1);
    }

    @Benchmark
    public double uniformOrdinary() {
        nextIndex();
        return ordinary.nextDouble();
    }

    @Benchmark
    public double uniformPerGroup() {
        group.at(keys[nextIndex()]);
        return group.nextDouble();
    }

    @Benchmark
    public double uniformPerGroupPrepared() {
        group.atPrepared(prepared[nextIndex()]);
        return group.nextDouble();
    }

    @Benchmark
    public double exponentialOrdinary() {
        nextIndex();
        return ordinaryExponential.sample();
    }

    @Benchmark
    public double exponentialPerGroup() {
        group.at(keys[nextIndex()]);
        return groupExponential.sample();
    }

    @Benchmark
    public double exponentialPerGroupPrepared() {
        group.atPrepared(prepared[nextIndex()]);
        return groupExponential.sample();
    }
}
