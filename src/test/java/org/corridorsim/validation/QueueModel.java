package org.corridorsim.validation;

import org.corridorsim.kernel.EventHandler;
import org.corridorsim.kernel.Simulator;
import org.corridorsim.random.Sampler;
import org.corridorsim.stats.Counter;
import org.corridorsim.stats.Tally;
import org.corridorsim.stats.TimeWeighted;

/**
 * A G/G/c/K FIFO queue written directly on the kernel, for checking the kernel, the samplers and
 * the statistics against queueing theory: every arrival and every service completion is one
 * scheduled event, and the waiting line is a ring buffer of arrival times.
 *
 * <p>The completion event carries the server index as its argument; the server remembers when its
 * customer arrived, so the time in system needs no per-customer object. One model runs one
 * replication on its own {@link Simulator}.
 */
final class QueueModel {

    /** Capacity for a queue that never turns anyone away. */
    static final int UNLIMITED = Integer.MAX_VALUE;

    private final Simulator simulator;
    private final Sampler interarrivals;
    private final Sampler services;
    private final int servers;
    private final int capacity;
    private final EventHandler arrival = arg -> arrive();
    private final EventHandler completion = this::complete;
    private final EventHandler endOfWarmUp = arg -> resetStatistics();

    /** Arrival time of the customer each server is serving. */
    private final double[] servedSince;
    private final int[] freeServers;
    private int freeCount;
    private double[] line = new double[64];
    private int lineHead;
    private int lineSize;
    private boolean ran;

    private final TimeWeighted inSystem = new TimeWeighted(0, 0);
    private final TimeWeighted inLine = new TimeWeighted(0, 0);
    private final TimeWeighted busy = new TimeWeighted(0, 0);
    private final Tally waits = new Tally();
    private final Tally sojourns = new Tally();
    private final Counter arrivals = new Counter();
    private final Counter blocked = new Counter();
    private final Counter waited = new Counter();

    /**
     * @param capacity the most customers in the system, in service or waiting, at least
     *     {@code servers}; {@link #UNLIMITED} for none
     */
    QueueModel(Simulator simulator, Sampler interarrivals, Sampler services, int servers, int capacity) {
        if (servers < 1) {
            throw new IllegalArgumentException("servers must be at least 1, got " + servers);
        }
        if (capacity < servers) {
            throw new IllegalArgumentException("capacity must be at least the " + servers + " servers, got " + capacity);
        }
        this.simulator = simulator;
        this.interarrivals = interarrivals;
        this.services = services;
        this.servers = servers;
        this.capacity = capacity;
        servedSince = new double[servers];
        freeServers = new int[servers];
        for (int server = servers - 1; server >= 0; server--) {
            freeServers[freeCount++] = server;
        }
    }

    /**
     * Starts empty, runs to {@code warmUp + observed} and reports on the last {@code observed}
     * seconds only: the statistics restart at {@code warmUp} so the empty start does not bias them.
     */
    QueueStatistics run(double warmUp, double observed) {
        if (ran) {
            throw new IllegalStateException("a QueueModel runs one replication; make a new one for the next");
        }
        ran = true;
        double end = warmUp + observed;
        simulator.scheduleAt(warmUp, endOfWarmUp, 0);
        simulator.scheduleAfter(interarrivals.sample(), arrival, 0);
        simulator.runUntil(end);
        return new QueueStatistics(observed, arrivals.count(), blocked.count(), waits.count(), waited.count(),
                sojourns.count(), waits.mean(), sojourns.mean(), inLine.timeAverage(end), inSystem.timeAverage(end),
                busy.timeAverage(end) / servers);
    }

    private void arrive() {
        double now = simulator.now();
        simulator.scheduleAfter(interarrivals.sample(), arrival, 0);
        arrivals.increment();
        int present = (int) inSystem.level();
        if (present >= capacity) {
            blocked.increment();
            return;
        }
        inSystem.increment(now);
        if (freeCount > 0) {
            busy.increment(now);
            startService(freeServers[--freeCount], now, now);
        } else {
            enqueue(now);
            inLine.increment(now);
        }
    }

    private void complete(int server) {
        double now = simulator.now();
        sojourns.add(now - servedSince[server]);
        inSystem.decrement(now);
        if (lineSize > 0) {
            inLine.decrement(now);
            startService(server, dequeue(), now);
        } else {
            freeServers[freeCount++] = server;
            busy.decrement(now);
        }
    }

    private void startService(int server, double arrivedAt, double now) {
        servedSince[server] = arrivedAt;
        waits.add(now - arrivedAt);
        if (arrivedAt < now) {
            waited.increment();
        }
        simulator.scheduleAfter(services.sample(), completion, server);
    }

    private void resetStatistics() {
        double now = simulator.now();
        inSystem.reset(now);
        inLine.reset(now);
        busy.reset(now);
        waits.reset();
        sojourns.reset();
        arrivals.reset();
        blocked.reset();
        waited.reset();
    }

    private void enqueue(double arrivedAt) {
        if (lineSize == line.length) {
            grow();
        }
        line[(lineHead + lineSize) & (line.length - 1)] = arrivedAt;
        lineSize++;
    }

    private double dequeue() {
        double arrivedAt = line[lineHead];
        lineHead = (lineHead + 1) & (line.length - 1);
        lineSize--;
        return arrivedAt;
    }

    /** Doubles the ring, unrolling it so the head is at index 0; the length stays a power of two. */
    private void grow() {
        double[] bigger = new double[line.length * 2];
        int firstPart = line.length - lineHead;
        System.arraycopy(line, lineHead, bigger, 0, firstPart);
        System.arraycopy(line, 0, bigger, firstPart, lineHead);
        line = bigger;
        lineHead = 0;
    }
}
