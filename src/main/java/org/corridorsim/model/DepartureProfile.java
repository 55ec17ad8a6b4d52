package org.corridorsim.model;

import java.util.List;

/**
 * When the members of a finite population leave home: a piecewise-constant density over
 * intervals of the horizon, with a relative weight per unit time in each interval. The scenario
 * layer builds it from "windows", "uniform" or an hourly profile in local time.
 *
 * @param intervals finite, sorted and not overlapping
 * @param weights one per interval, finite and not negative, with some weight in all
 */
public record DepartureProfile(List<Interval> intervals, List<Double> weights) {

    /**
     * Checks the components.
     *
     * @param intervals finite, sorted and not overlapping
     * @param weights one per interval, finite and not negative, with some weight in all
     */
    public DepartureProfile {
        intervals = List.copyOf(intervals);
        weights = List.copyOf(weights);
        if (intervals.isEmpty() || intervals.size() != weights.size()) {
            throw new IllegalArgumentException("a departure profile needs one weight per interval (at least one), got "
                    + intervals.size() + " intervals and " + weights.size() + " weights");
        }
        double total = 0;
        for (int i = 0; i < intervals.size(); i++) {
            double w = weights.get(i);
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("departure weights must be finite and non-negative, got " + w);
            }
            if (!Double.isFinite(intervals.get(i).from()) || !Double.isFinite(intervals.get(i).to())) {
                throw new IllegalArgumentException("departure intervals must be finite, got " + intervals.get(i));
            }
            if (i > 0 && intervals.get(i).from() < intervals.get(i - 1).to()) {
                throw new IllegalArgumentException("departure intervals must be sorted and must not overlap");
            }
            total += w * intervals.get(i).length();
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("a departure profile must have some weight");
        }
    }

    /**
     * Uniform over one interval.
     *
     * @param interval finite
     * @return the profile
     */
    public static DepartureProfile uniform(Interval interval) {
        return new DepartureProfile(List.of(interval), List.of(1.0));
    }

    /**
     * Uniform over the given windows.
     *
     * @param windows finite, sorted and not overlapping
     * @return the profile
     */
    public static DepartureProfile over(List<Interval> windows) {
        return new DepartureProfile(windows, windows.stream().map(w -> 1.0).toList());
    }
}
