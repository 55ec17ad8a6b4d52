package org.corridorsim.scenario;

import java.util.List;
import java.util.OptionalDouble;

/**
 * What a scenario's {@code plan:} section asks: the decision variables with their ranges and unit
 * costs, the targets every chosen configuration must meet, and how sure the search must be.
 *
 * @param variables the decision variables, in the order of the file; at least one
 * @param targets the targets, in the order of the file, a wildcard metric expanded; at least one
 * @param confidence the confidence of every feasibility decision, in (0, 1)
 * @param indifference the indifference zone of probability targets: a configuration whose
 *        probability of meeting a target lies within this distance of the required one may be
 *        classified either way; in [0, 1)
 * @param maxReplications the most replications spent on one configuration
 * @param monotone whether more of every variable never makes a target harder to meet, so that
 *        one configuration's result settles those it dominates or is dominated by
 */
public record Planning(List<Variable> variables, List<Target> targets, double confidence, double indifference,
        int maxReplications, boolean monotone) {

    /** The default confidence of feasibility decisions. */
    public static final double DEFAULT_CONFIDENCE = 0.95;
    /** The default indifference zone of probability targets. */
    public static final double DEFAULT_INDIFFERENCE = 0.02;
    /** The default largest number of replications of one configuration. */
    public static final int DEFAULT_MAX_REPLICATIONS = 640;

    /**
     * Checks the components.
     *
     * @param variables the decision variables; at least one
     * @param targets the targets; at least one
     * @param confidence in (0, 1)
     * @param indifference in [0, 1)
     * @param maxReplications at least 1
     * @param monotone whether more never hurts
     */
    public Planning {
        variables = List.copyOf(variables);
        targets = List.copyOf(targets);
        if (variables.isEmpty() || targets.isEmpty()) {
            throw new IllegalArgumentException("a plan needs at least one variable and one target");
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be between 0 and 1 exclusive, got " + confidence);
        }
        if (!(indifference >= 0 && indifference < 1)) {
            throw new IllegalArgumentException("indifference must be in [0, 1), got " + indifference);
        }
        if (maxReplications < 1) {
            throw new IllegalArgumentException("max replications must be at least 1, got " + maxReplications);
        }
    }

    /**
     * A decision variable: an override path (plain, with wildcards, or a linked name) of whole
     * numbers, the values to try, and the cost of one unit at each value it sets.
     *
     * @param name the override path or linked name
     * @param from the smallest value tried
     * @param to the largest value tried, not below {@code from}
     * @param cost the cost of one unit at one value; not negative
     * @param values how many values of the scenario the name sets (6 for a wildcard over six corridors)
     */
    public record Variable(String name, int from, int to, double cost, int values) {

        /**
         * Checks the components.
         *
         * @param name the override path or linked name
         * @param from the smallest value tried
         * @param to the largest value tried
         * @param cost not negative
         * @param values at least 1
         */
        public Variable {
            if (from > to) {
                throw new IllegalArgumentException(name + ": from " + from + " is above to " + to);
            }
            if (!(cost >= 0) || Double.isInfinite(cost)) {
                throw new IllegalArgumentException(name + ": cost must be a finite number, not negative, got " + cost);
            }
            if (values < 1) {
                throw new IllegalArgumentException(name + ": sets at least one value, got " + values);
            }
        }

        /**
         * {@return what setting the variable to {@code value} costs: cost x value x values set}
         *
         * @param value a value of the variable
         */
        public double cost(int value) {
            return cost * value * values;
        }
    }

    /**
     * A target: a metric (in model units: persons, seconds) compared with a threshold, required
     * either with a probability (the share of replications in which it holds) or of the mean.
     *
     * @param metric a metric of the scenario
     * @param atLeast true for {@code metric >= threshold}, false for {@code metric <= threshold}
     * @param threshold in model units
     * @param probability the probability required, in (0, 1); empty for a target on the mean
     */
    public record Target(String metric, boolean atLeast, double threshold, OptionalDouble probability) {

        /**
         * Checks the components.
         *
         * @param metric a metric of the scenario
         * @param atLeast the direction
         * @param threshold finite
         * @param probability in (0, 1), or empty for the mean
         */
        public Target {
            if (!Double.isFinite(threshold)) {
                throw new IllegalArgumentException(metric + ": threshold must be finite, got " + threshold);
            }
            if (probability.isPresent() && !(probability.getAsDouble() > 0 && probability.getAsDouble() < 1)) {
                throw new IllegalArgumentException(metric + ": probability must be in (0, 1), got " + probability);
            }
        }

        /**
         * {@return whether one replication's value meets the threshold}
         *
         * @param value the metric in one replication
         */
        public boolean isMetBy(double value) {
            return atLeast ? value >= threshold : value <= threshold;
        }

        /** {@return e.g. {@code P(evacuated >= 10000) >= 0.95} or {@code mean(corridor.C.checkpoint.wait) <= 120}} */
        public String describe() {
            String comparison = (atLeast ? " >= " : " <= ") + PriorReader.number(threshold);
            return probability.isPresent()
                    ? "P(" + metric + comparison + ") >= " + PriorReader.number(probability.getAsDouble())
                    : "mean(" + metric + ")" + comparison;
        }
    }
}
