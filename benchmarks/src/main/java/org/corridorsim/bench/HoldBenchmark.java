package org.corridorsim.bench;

import java.util.concurrent.TimeUnit;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.corridorsim.kernel.EventHandler;
import org.corridorsim.kernel.EventSet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The classic hold model: the set keeps {@code pending} entries, and one operation removes the
 * earliest and adds a new entry at its time plus an exponential increment (mean 1). This is the
 * standard yardstick for pending-event sets; it should allocate nothing.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class HoldBenchmark {

    private static final EventHandler NOTHING = arg -> { };

    @Param({"100", "1000", "10000", "100000", "1000000"})
    public int pending;

    /** Empty: every {@link EventSetKind}. */
    @Param
    public EventSetKind eventSet;

    private EventSet set;
    private ContinuousSampler increment;
    private long order;

    @Setup
    public void fill() {
        increment = ZigguratSampler.Exponential.of(RandomSource.XO_RO_SHI_RO_128_PP.create(20240501L));
        set = eventSet.create();
        order = 0;
        for (int i = 0; i < pending; i++) {
            set.add(increment.sample(), order++, NOTHING, i);
        }
    }

    @Benchmark
    public long hold() {
        set.removeFirst();
        return set.add(set.removedTime() + increment.sample(), order++, NOTHING, set.removedArg());
    }
}
