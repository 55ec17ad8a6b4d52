package org.corridorsim.planning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.corridorsim.scenario.Planning;

/**
 * Every configuration of the decision variables, cheapest first (ties in the order of the
 * values), with the product order that monotonicity works on.
 */
final class Grid {

    /** The most configurations a plan may have. */
    static final int MAX_POINTS = 20_000;

    final List<int[]> points;
    final double[] costs;

    Grid(List<Planning.Variable> variables) {
        long size = 1;
        for (Planning.Variable v : variables) {
            size *= (long) v.to() - v.from() + 1;
            if (size > MAX_POINTS) {
                throw new IllegalArgumentException("the decision variables span more than " + MAX_POINTS
                        + " configurations; narrow their ranges");
            }
        }
        List<int[]> all = new ArrayList<>();
        all.add(new int[0]);
        for (Planning.Variable v : variables) {
            List<int[]> next = new ArrayList<>();
            for (int[] prefix : all) {
                for (int value = v.from(); value <= v.to(); value++) {
                    int[] point = java.util.Arrays.copyOf(prefix, prefix.length + 1);
                    point[prefix.length] = value;
                    next.add(point);
                }
            }
            all = next;
        }
        Comparator<int[]> byCost = Comparator.comparingDouble(p -> cost(variables, p));
        all.sort(byCost.thenComparing(java.util.Arrays::compare));
        points = List.copyOf(all);
        costs = points.stream().mapToDouble(p -> cost(variables, p)).toArray();
    }

    static double cost(List<Planning.Variable> variables, int[] point) {
        double cost = 0;
        for (int i = 0; i < point.length; i++) {
            cost += variables.get(i).cost(point[i]);
        }
        return cost;
    }

    int size() {
        return points.size();
    }

    /** Whether {@code a} has at most as much of every variable as {@code b}. */
    static boolean below(int[] a, int[] b) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] > b[i]) {
                return false;
            }
        }
        return true;
    }
}
