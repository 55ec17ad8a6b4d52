package org.corridorsim.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * M/M/3 (50 arrivals/h, 3-minute services) on the CorridorSim kernel, single thread. One
 * operation advances one long-running model by the time in which 10,000 customers are expected;
 * the auxiliary counters turn that into customers and events per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class MmcBenchmark {

    private static final long CUSTOMERS_PER_OPERATION = 10_000;

    /** Empty: every {@link EventSetKind}. */
    @Param
    public EventSetKind eventSet;

    private CorridorMmc model;
    private double step;

    /** Reported by JMH as rates: customers served and events executed per second. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Work {
        public long customers;
        public long events;

        @Setup(Level.Iteration)
        public void reset() {
            customers = 0;
            events = 0;
        }
    }

    @Setup
    public void start() {
        model = new CorridorMmc(MmcParameters.STANDARD, 1, eventSet.create());
        step = MmcParameters.STANDARD.horizonSeconds(CUSTOMERS_PER_OPERATION);
    }

    @Benchmark
    public long simulate(Work work) {
        long servedBefore = model.served();
        long eventsBefore = model.events();
        model.runUntil(model.now() + step);
        work.customers += model.served() - servedBefore;
        work.events += model.events() - eventsBefore;
        return model.served();
    }
}
