package org.corridorsim.bench;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.corridorsim.kernel.EventHandler;
import org.corridorsim.kernel.EventSet;
import org.corridorsim.kernel.HeapEventSet;
import org.corridorsim.kernel.Simulator;

/**
 * M/M/c on the CorridorSim kernel. Every arrival and every departure is an event scheduled
 * through the {@link Simulator}; waiting customers are just their arrival times in a ring buffer,
 * so a running model allocates nothing.
 */
final class CorridorMmc {

    private final Simulator simulator;
    private final ContinuousSampler interarrival;
    private final ContinuousSampler service;
    private final int servers;
    private final ArrivalQueue queue = new ArrivalQueue();
    private final EventHandler arrival = this::arrive;
    private final EventHandler departure = this::depart;
    private int busy;
    private long served;
    private double totalWait;
    private long events;

    CorridorMmc(MmcParameters parameters, long seed) {
        this(parameters, seed, new HeapEventSet());
    }

    CorridorMmc(MmcParameters parameters, long seed, EventSet eventSet) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        simulator = new Simulator(eventSet);
        interarrival = ZigguratSampler.Exponential.of(rng, parameters.meanInterarrivalSeconds());
        service = ZigguratSampler.Exponential.of(rng, parameters.meanServiceSeconds());
        servers = parameters.servers();
        simulator.scheduleAfter(interarrival.sample(), arrival, 0);
    }

    /** One replication: a fresh model seeded with {@code seed}, run for {@code customers} expected arrivals. */
    static MmcResult replicate(MmcParameters parameters, long seed, long customers) {
        CorridorMmc model = new CorridorMmc(parameters, seed);
        model.runUntil(parameters.horizonSeconds(customers));
        return model.result();
    }

    /** Continues the run up to simulated time {@code endSeconds}. */
    void runUntil(double endSeconds) {
        simulator.runUntil(endSeconds);
    }

    double now() {
        return simulator.now();
    }

    long served() {
        return served;
    }

    long events() {
        return events;
    }

    MmcResult result() {
        return new MmcResult(served, totalWait, events);
    }

    private void arrive(int unused) {
        events++;
        simulator.scheduleAfter(interarrival.sample(), arrival, 0);
        if (busy < servers) {
            busy++;
            served++;
            simulator.scheduleAfter(service.sample(), departure, 0);
        } else {
            queue.add(simulator.now());
        }
    }

    private void depart(int unused) {
        events++;
        if (queue.isEmpty()) {
            busy--;
        } else {
            totalWait += simulator.now() - queue.remove();
            served++;
            simulator.scheduleAfter(service.sample(), departure, 0);
        }
    }
}
