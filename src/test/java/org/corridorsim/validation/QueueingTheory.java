package org.corridorsim.validation;

import org.corridorsim.random.Distribution;

/**
 * Exact steady-state results for the queues that {@link QueueModel} simulates. Rates are per
 * second, times in seconds; "wait" is the time before service starts, "sojourn" the time in the
 * system.
 */
final class QueueingTheory {

    private QueueingTheory() {
    }

    /**
     * Erlang's loss formula B(c, a): the probability that all {@code servers} are busy in an
     * M/M/c/c system offered {@code offeredLoad} = lambda / mu erlangs.
     */
    static double erlangB(int servers, double offeredLoad) {
        requireServers(servers);
        requirePositive("offered load", offeredLoad);
        // B(n) = a B(n-1) / (n + a B(n-1)), B(0) = 1: stable where the closed form overflows.
        double b = 1;
        for (int n = 1; n <= servers; n++) {
            b = offeredLoad * b / (n + offeredLoad * b);
        }
        return b;
    }

    /** Erlang's delay formula C(c, a): the probability that an M/M/c arrival has to wait; a < c. */
    static double erlangC(int servers, double offeredLoad) {
        if (!(offeredLoad < servers)) {
            throw new IllegalArgumentException("Erlang C needs an offered load below the " + servers
                    + " servers, got " + offeredLoad);
        }
        double b = erlangB(servers, offeredLoad);
        return servers * b / (servers - offeredLoad * (1 - b));
    }

    /** M/M/c with unlimited waiting room; stable only when lambda < c mu. */
    record MMc(double arrivalRate, double serviceRate, int servers) {
        MMc {
            requirePositive("arrival rate", arrivalRate);
            requirePositive("service rate", serviceRate);
            requireServers(servers);
            if (!(arrivalRate < servers * serviceRate)) {
                throw new IllegalArgumentException("M/M/c needs arrival rate below servers x service rate "
                        + servers * serviceRate + ", got " + arrivalRate);
            }
        }

        double offeredLoad() {
            return arrivalRate / serviceRate;
        }

        /** rho = lambda / (c mu): the fraction of servers busy. */
        double utilisation() {
            return arrivalRate / (servers * serviceRate);
        }

        double waitProbability() {
            return erlangC(servers, offeredLoad());
        }

        /** Wq = C(c, a) / (c mu - lambda); for c = 1 this is rho / (mu - lambda). */
        double meanWait() {
            return waitProbability() / (servers * serviceRate - arrivalRate);
        }

        double meanInLine() {
            return arrivalRate * meanWait();
        }

        double meanSojourn() {
            return meanWait() + 1 / serviceRate;
        }

        double meanInSystem() {
            return arrivalRate * meanSojourn();
        }
    }

    /** M/M/c/K: at most {@code capacity} customers in the system; arrivals finding it full are lost. */
    record MMcK(double arrivalRate, double serviceRate, int servers, int capacity) {
        MMcK {
            requirePositive("arrival rate", arrivalRate);
            requirePositive("service rate", serviceRate);
            requireServers(servers);
            if (capacity < servers) {
                throw new IllegalArgumentException("M/M/c/K capacity must be at least the " + servers
                        + " servers, got " + capacity);
            }
        }

        /** P(n in system) for n = 0..K, from the birth-death balance equations. */
        double[] distribution() {
            double a = arrivalRate / serviceRate;
            double[] p = new double[capacity + 1];
            p[0] = 1;
            double total = 1;
            for (int n = 1; n <= capacity; n++) {
                p[n] = p[n - 1] * a / Math.min(n, servers);
                total += p[n];
            }
            for (int n = 0; n <= capacity; n++) {
                p[n] /= total;
            }
            return p;
        }

        /** P_K: by PASTA, the fraction of arrivals that find the system full. */
        double blocking() {
            return distribution()[capacity];
        }

        /** lambda (1 - P_K): the rate of admitted customers, equal to the throughput. */
        double admittedRate() {
            return arrivalRate * (1 - blocking());
        }

        double meanInSystem() {
            double[] p = distribution();
            double sum = 0;
            for (int n = 1; n <= capacity; n++) {
                sum += n * p[n];
            }
            return sum;
        }

        double meanInLine() {
            double[] p = distribution();
            double sum = 0;
            for (int n = servers + 1; n <= capacity; n++) {
                sum += (n - servers) * p[n];
            }
            return sum;
        }

        /** Little's law on the admitted customers. */
        double meanWait() {
            return meanInLine() / admittedRate();
        }

        double meanSojourn() {
            return meanInSystem() / admittedRate();
        }

        double utilisation() {
            return admittedRate() / (servers * serviceRate);
        }
    }

    /** M/G/1 with any service distribution; stable only when lambda E[S] < 1. */
    record MG1(double arrivalRate, Distribution service) {
        MG1 {
            requirePositive("arrival rate", arrivalRate);
            if (!(arrivalRate * service.mean() < 1)) {
                throw new IllegalArgumentException("M/G/1 needs utilisation below 1, got " + arrivalRate * service.mean());
            }
        }

        double utilisation() {
            return arrivalRate * service.mean();
        }

        /**
         * Pollaczek-Khinchine: Wq = lambda E[S^2] / (2 (1 - rho)). For deterministic service
         * E[S^2] = 1 / mu^2, giving rho / (2 mu (1 - rho)).
         */
        double meanWait() {
            double secondMoment = service.variance() + service.mean() * service.mean();
            return arrivalRate * secondMoment / (2 * (1 - utilisation()));
        }

        double meanInLine() {
            return arrivalRate * meanWait();
        }

        double meanSojourn() {
            return meanWait() + service.mean();
        }

        double meanInSystem() {
            return arrivalRate * meanSojourn();
        }
    }

    /**
     * M/M/c+M (Erlang-A): Poisson arrivals, c exponential servers, and customers who abandon the
     * queue after an exponential patience with rate theta. A birth-death chain with death rate
     * min(n, c) mu + max(0, n - c) theta, solved numerically up to a state whose probability is
     * negligible.
     */
    record ErlangA(double arrivalRate, double serviceRate, int servers, double abandonRate) {
        ErlangA {
            requirePositive("arrival rate", arrivalRate);
            requirePositive("service rate", serviceRate);
            requireServers(servers);
            requirePositive("abandonment rate", abandonRate);
        }

        private double[] distribution() {
            int n = servers + 1;
            java.util.List<Double> p = new java.util.ArrayList<>(java.util.List.of(1.0));
            double total = 1;
            double last = 1;
            for (int k = 1; k < 100_000 && (k <= servers || last > 1e-18 * total); k++) {
                last = last * arrivalRate / (Math.min(k, servers) * serviceRate + Math.max(0, k - servers) * abandonRate);
                p.add(last);
                total += last;
                n = k;
            }
            double[] result = new double[n + 1];
            for (int k = 0; k <= n; k++) {
                result[k] = p.get(k) / total;
            }
            return result;
        }

        /** Mean number waiting (not in service). */
        double meanInLine() {
            double[] p = distribution();
            double sum = 0;
            for (int k = servers + 1; k < p.length; k++) {
                sum += (k - servers) * p[k];
            }
            return sum;
        }

        /** The share of arrivals who abandon: theta E[queue] / lambda, by rate balance. */
        double abandonment() {
            return abandonRate * meanInLine() / arrivalRate;
        }

        /** Servers' busy share: the served rate lambda (1 - P(abandon)) over c mu. */
        double utilisation() {
            return arrivalRate * (1 - abandonment()) / (servers * serviceRate);
        }
    }

    private static void requireServers(int servers) {
        if (servers < 1) {
            throw new IllegalArgumentException("servers must be at least 1, got " + servers);
        }
    }

    private static void requirePositive(String what, double value) {
        if (!(value > 0) || value == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(what + " must be positive and finite, got " + value);
        }
    }
}
