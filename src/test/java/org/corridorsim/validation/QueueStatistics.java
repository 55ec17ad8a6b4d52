package org.corridorsim.validation;

/**
 * What one replication of a {@link QueueModel} observed after its warm-up.
 *
 * @param duration the observed time, in seconds
 * @param arrivals customers who arrived, admitted or not
 * @param blocked arrivals turned away because the system was full
 * @param started customers who started service
 * @param waited customers who started service later than they arrived
 * @param departures customers who completed service
 * @param meanWait mean time from arrival to start of service, over customers who started service
 * @param meanSojourn mean time from arrival to departure, over customers who departed
 * @param meanInLine time-average number waiting (Lq)
 * @param meanInSystem time-average number waiting or in service (L)
 * @param utilisation time-average fraction of servers busy
 */
record QueueStatistics(double duration, long arrivals, long blocked, long started, long waited, long departures,
        double meanWait, double meanSojourn, double meanInLine, double meanInSystem, double utilisation) {

    /** Observed arrival rate, admitted or not, per second. */
    double arrivalRate() {
        return arrivals / duration;
    }

    /** Observed rate of admitted arrivals, per second: the lambda of Little's law. */
    double admittedRate() {
        return (arrivals - blocked) / duration;
    }

    /** Fraction of arrivals turned away; 0 when nobody arrived. */
    double blockingFraction() {
        return arrivals == 0 ? 0 : (double) blocked / arrivals;
    }

    /** Fraction of customers starting service who had to wait: Erlang C for M/M/c; 0 when nobody started. */
    double waitProbability() {
        return started == 0 ? 0 : (double) waited / started;
    }

    /** Departures per second. */
    double throughput() {
        return departures / duration;
    }
}
