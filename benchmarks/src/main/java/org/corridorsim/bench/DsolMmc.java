package org.corridorsim.bench;

import java.util.concurrent.CountDownLatch;
import nl.tudelft.simulation.dsol.experiment.Replication;
import nl.tudelft.simulation.dsol.experiment.SingleReplication;
import nl.tudelft.simulation.dsol.formalisms.eventscheduling.Executable;
import nl.tudelft.simulation.dsol.model.AbstractDsolModel;
import nl.tudelft.simulation.dsol.simulators.DevsSimulator;
import nl.tudelft.simulation.jstats.distributions.DistExponential;
import nl.tudelft.simulation.jstats.streams.MersenneTwister;
import nl.tudelft.simulation.jstats.streams.StreamInterface;

/**
 * The same M/M/c on DSOL 4.3.2: a {@link DevsSimulator} with {@code Double} time, lambda events
 * (one {@link Executable} per kind, reused) and DSOL's own Mersenne Twister stream. DSOL always
 * runs a replication on its worker thread; the caller waits for the end-of-replication event.
 */
final class DsolMmc extends AbstractDsolModel<Double, DevsSimulator<Double>> {

    private static final long serialVersionUID = 1L;

    private final DistExponential interarrival;
    private final DistExponential service;
    private final int servers;
    private final ArrivalQueue queue = new ArrivalQueue();
    private final Executable arrival = this::arrive;
    private final Executable departure = this::depart;
    private int busy;
    private long served;
    private double totalWait;
    private long events;

    private DsolMmc(DevsSimulator<Double> simulator, MmcParameters parameters, long seed) {
        super(simulator);
        StreamInterface stream = new MersenneTwister(seed + 1);
        interarrival = new DistExponential(stream, parameters.meanInterarrivalSeconds());
        service = new DistExponential(stream, parameters.meanServiceSeconds());
        servers = parameters.servers();
    }

    static MmcResult replicate(MmcParameters parameters, long seed, long customers) {
        DevsSimulator<Double> simulator = new DevsSimulator<>("mmc-" + seed);
        DsolMmc model = new DsolMmc(simulator, parameters, seed);
        Replication<Double> replication =
                new SingleReplication<>("replication-" + seed, 0.0, 0.0, parameters.horizonSeconds(customers));
        CountDownLatch ended = new CountDownLatch(1);
        simulator.addListener(event -> ended.countDown(), Replication.END_REPLICATION_EVENT);
        simulator.initialize(model, replication);
        simulator.start();
        try {
            ended.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while DSOL was running", e);
        }
        simulator.cleanUp();
        return new MmcResult(model.served, model.totalWait, model.events);
    }

    @Override
    public void constructModel() {
        simulator.scheduleEventRel(interarrival.draw(), arrival);
    }

    private void arrive() {
        events++;
        simulator.scheduleEventRel(interarrival.draw(), arrival);
        if (busy < servers) {
            busy++;
            served++;
            simulator.scheduleEventRel(service.draw(), departure);
        } else {
            queue.add(simulator.getSimulatorTime());
        }
    }

    private void depart() {
        events++;
        if (queue.isEmpty()) {
            busy--;
        } else {
            totalWait += simulator.getSimulatorTime() - queue.remove();
            served++;
            simulator.scheduleEventRel(service.draw(), departure);
        }
    }
}
