package org.corridorsim.bench;

/**
 * An M/M/c queue in the units the engines use: rates per hour and minutes as a person would state
 * them, seconds inside the simulation.
 */
record MmcParameters(double arrivalsPerHour, double meanServiceMinutes, int servers) {

    /** The benchmark model: 50 arrivals per hour, 3-minute services, 3 servers (utilisation 5/6). */
    static final MmcParameters STANDARD = new MmcParameters(50, 3, 3);

    MmcParameters {
        if (!(arrivalsPerHour > 0) || !(meanServiceMinutes > 0) || servers < 1) {
            throw new IllegalArgumentException("M/M/c needs positive rates and at least one server, got "
                    + arrivalsPerHour + "/h, " + meanServiceMinutes + " min, " + servers + " servers");
        }
        if (arrivalsPerHour * meanServiceMinutes / 60 >= servers) {
            throw new IllegalArgumentException("M/M/c must be stable (offered load below " + servers
                    + " servers), got " + arrivalsPerHour * meanServiceMinutes / 60);
        }
    }

    double meanInterarrivalSeconds() {
        return 3600 / arrivalsPerHour;
    }

    double meanServiceSeconds() {
        return 60 * meanServiceMinutes;
    }

    /** The simulated time in which {@code customers} arrivals are expected. */
    double horizonSeconds(long customers) {
        return customers * meanInterarrivalSeconds();
    }

    /** Exact mean wait in queue (Erlang C): Wq = C(c, a) / (c mu - lambda). */
    double erlangCWaitSeconds() {
        double lambda = 1 / meanInterarrivalSeconds();
        double mu = 1 / meanServiceSeconds();
        double offered = lambda / mu;
        double term = 1;
        double belowC = 0;
        for (int k = 0; k < servers; k++) {
            belowC += term;
            term *= offered / (k + 1);
        }
        double atC = term * servers / (servers - offered);
        double probabilityOfWaiting = atC / (belowC + atC);
        return probabilityOfWaiting / (servers * mu - lambda);
    }
}
