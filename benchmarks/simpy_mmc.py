#!/usr/bin/python3
"""M/M/3 (50 arrivals/h, 3-minute services, time in seconds) on SimPy, for the engine comparison.

Written the way SimPy models are normally written: a source process and one process per customer
that requests a server Resource. Events counted are the model's arrivals and departures (two per
customer, as in the Java models); SimPy itself processes more internal events than that.

Prints a RESULT line in the same format as org.corridorsim.bench.Compare. Run with
/usr/bin/python3 (the Debian python3-simpy3 package).
"""
import argparse
import random
import statistics
import time

import simpy

ARRIVALS_PER_HOUR = 50.0
MEAN_SERVICE_MINUTES = 3.0
SERVERS = 3


class Counters:
    def __init__(self):
        self.served = 0
        self.total_wait = 0.0
        self.events = 0


def customer(env, servers, service_rate, rng, counters):
    arrived = env.now
    with servers.request() as request:
        yield request
        counters.total_wait += env.now - arrived
        counters.served += 1
        yield env.timeout(rng.expovariate(service_rate))
    counters.events += 1  # departure


def source(env, servers, arrival_rate, service_rate, rng, counters):
    while True:
        yield env.timeout(rng.expovariate(arrival_rate))
        counters.events += 1  # arrival
        env.process(customer(env, servers, service_rate, rng, counters))


def replicate(seed, customers):
    """One run of the time in which `customers` arrivals are expected; returns counters and seconds."""
    mean_interarrival = 3600.0 / ARRIVALS_PER_HOUR
    rng = random.Random(seed)
    env = simpy.Environment()
    servers = simpy.Resource(env, capacity=SERVERS)
    counters = Counters()
    env.process(source(env, servers, 1.0 / mean_interarrival, 1.0 / (60.0 * MEAN_SERVICE_MINUTES), rng,
                       counters))
    start = time.perf_counter()
    env.run(until=customers * mean_interarrival)
    return counters, time.perf_counter() - start


def erlang_c_wait_seconds():
    lam = ARRIVALS_PER_HOUR / 3600.0
    mu = 1.0 / (60.0 * MEAN_SERVICE_MINUTES)
    a = lam / mu
    term, below_c = 1.0, 0.0
    for k in range(SERVERS):
        below_c += term
        term *= a / (k + 1)
    at_c = term * SERVERS / (SERVERS - a)
    return at_c / (below_c + at_c) / (SERVERS * mu - lam)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=200_000, help="expected arrivals per run")
    parser.add_argument("--runs", type=int, default=1, help="measured runs (seeds 0..runs-1)")
    args = parser.parse_args()
    customer_rates, event_rates = [], []
    served, total_wait = 0, 0.0
    for seed in range(args.runs):
        counters, seconds = replicate(seed, args.customers)
        customer_rates.append(counters.served / seconds)
        event_rates.append(counters.events / seconds)
        served += counters.served
        total_wait += counters.total_wait
    mean_wait = total_wait / served
    print(f"simpy: mean wait {mean_wait:.2f} s (Erlang C {erlang_c_wait_seconds():.2f} s)")
    print(f"RESULT engine=simpy customersPerSecond={statistics.median(customer_rates):.1f}"
          f" eventsPerSecond={statistics.median(event_rates):.1f} served={served}"
          f" meanWaitSeconds={mean_wait:.4f}")


if __name__ == "__main__":
    main()
