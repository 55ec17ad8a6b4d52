package org.corridorsim.model;

import org.corridorsim.random.Distribution;

/**
 * A rough count of the events pending at once in a replication, from the scenario alone, to pick
 * the event set ({@link EventSetChoice#AUTO}). By Little's law, groups setting out at rate r and
 * each keeping an event pending for a mean time w keep about r * w events pending: travel to a
 * corridor, and a retry delay for those who may try again (counted as if every group did). Each
 * corridor adds its stations, lanes and vehicles. Only the order of magnitude matters.
 */
final class PendingEstimate {

    private PendingEstimate() {
    }

    static double of(Evacuation evacuation) {
        double pending = 0;
        for (Population p : evacuation.populations()) {
            double perGroup = meanTravel(p);
            if (p.retry().probability() > 0) {
                perGroup += p.retry().probability() * finiteMean(p.retry().after());
            }
            pending += groupsPerSecond(p, evacuation.horizon()) * perGroup + 1;
        }
        for (Corridor c : evacuation.corridors()) {
            pending += c.route().size() + c.checkpoint().lanes()
                    + c.transport().map(Transport::vehicles).orElse(0) + c.ambulances().map(Ambulances::vehicles).orElse(0);
        }
        return pending;
    }

    private static double groupsPerSecond(Population p, double horizon) {
        if (p.demand() instanceof Demand.Poisson open) {
            return open.ratePerSecond();
        }
        Demand.Finite finite = (Demand.Finite) p.demand();
        double span = 0;
        for (Interval interval : finite.departures().intervals()) {
            span += interval.length();
        }
        double groups = finite.leaving() / Math.max(1, finiteMean(p.groupSize()));
        return groups / Math.max(1, Math.min(span, horizon));
    }

    private static double meanTravel(Population p) {
        double sum = 0;
        for (Distribution d : p.travel().values()) {
            sum += finiteMean(d);
        }
        return p.travel().isEmpty() ? 0 : sum / p.travel().size();
    }

    private static double finiteMean(Distribution d) {
        double mean = d.mean();
        return Double.isFinite(mean) && mean > 0 ? mean : 0;
    }
}
