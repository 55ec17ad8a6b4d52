package org.corridorsim.bench;

/**
 * What one M/M/c run accumulated: customers that began service, their total wait in queue, and
 * the arrival and departure events executed.
 */
record MmcResult(long served, double totalWaitSeconds, long events) {

    double meanWaitSeconds() {
        return served == 0 ? 0 : totalWaitSeconds / served;
    }

    MmcResult plus(MmcResult other) {
        return new MmcResult(served + other.served, totalWaitSeconds + other.totalWaitSeconds,
                events + other.events);
    }
}
