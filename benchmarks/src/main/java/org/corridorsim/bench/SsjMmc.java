package org.corridorsim.bench;

import umontreal.ssj.randvar.ExponentialGen;
import umontreal.ssj.randvar.RandomVariateGen;
import umontreal.ssj.rng.MRG32k3a;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;

/**
 * The same M/M/c on SSJ 3.3.2, written as an SSJ user would write it for speed: its own
 * {@link Simulator} instance (not the static facade), MRG32k3a with one substream per run, and
 * event objects reused rather than allocated per customer (one arrival event, one departure
 * event per server).
 */
final class SsjMmc {

    private final Simulator simulator = new Simulator();
    private final RandomVariateGen interarrival;
    private final RandomVariateGen service;
    private final ArrivalQueue queue = new ArrivalQueue();
    private final Departure[] idleServers;
    private int idleCount;
    private long served;
    private double totalWait;
    private long events;

    private final Event arrival = new Event(simulator) {
        @Override
        public void actions() {
            arrive();
        }
    };

    private final class Departure extends Event {
        Departure() {
            super(simulator);
        }

        @Override
        public void actions() {
            depart(this);
        }
    }

    SsjMmc(MmcParameters parameters, long seed) {
        MRG32k3a stream = new MRG32k3a();
        stream.setSeed(new long[] {12345, 12345, 12345, 12345, 12345, 12345});
        for (long i = 0; i < seed; i++) {
            stream.resetNextSubstream();
        }
        interarrival = new ExponentialGen(stream, 1 / parameters.meanInterarrivalSeconds());
        service = new ExponentialGen(stream, 1 / parameters.meanServiceSeconds());
        idleServers = new Departure[parameters.servers()];
        for (int s = 0; s < idleServers.length; s++) {
            idleServers[idleCount++] = new Departure();
        }
    }

    static MmcResult replicate(MmcParameters parameters, long seed, long customers) {
        SsjMmc model = new SsjMmc(parameters, seed);
        model.run(parameters.horizonSeconds(customers));
        return new MmcResult(model.served, model.totalWait, model.events);
    }

    private void run(double horizon) {
        simulator.init();
        new Event(simulator) {
            @Override
            public void actions() {
                simulator.stop();
            }
        }.schedule(horizon);
        arrival.schedule(interarrival.nextDouble());
        simulator.start();
    }

    private void arrive() {
        events++;
        arrival.schedule(interarrival.nextDouble());
        if (idleCount > 0) {
            served++;
            idleServers[--idleCount].schedule(service.nextDouble());
        } else {
            queue.add(simulator.time());
        }
    }

    private void depart(Departure server) {
        events++;
        if (queue.isEmpty()) {
            idleServers[idleCount++] = server;
        } else {
            totalWait += simulator.time() - queue.remove();
            served++;
            server.schedule(service.nextDouble());
        }
    }
}
