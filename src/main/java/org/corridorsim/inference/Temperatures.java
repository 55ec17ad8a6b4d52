package org.corridorsim.inference;

/**
 * The temperature schedule of a fit with count observations: generation t accepts a proposal with
 * probability (L / c)^(1/T_t), so it targets the prior times the likelihood to the power 1/T_t,
 * and the last generation, at T = 1, the posterior itself (Wilkinson 2013; the schedule follows
 * the acceptance-rate and decay schemes of pyABC's {@code Temperature}, simplified).
 *
 * <p>The first temperature is the one at which the first batch of prior draws would be accepted
 * at rate {@value #TARGET} (1 when they already are). Each next one is the temperature at which
 * the previous generation's particles would be, kept between a tenth and two thirds of the
 * previous temperature, so that it falls at every step and reaches 1 in a bounded number of
 * generations; below 1.5 it is 1.
 */
final class Temperatures {

    /** The acceptance rate the schedule aims at. */
    static final double TARGET = 0.2;
    /** The slowest fall per generation. */
    static final double SLOWEST = 1.5;
    /** The fastest fall per generation. */
    static final double FASTEST = 10;
    private static final double HOTTEST = 1e12;

    /** The first generation's temperature, from the log-ratios of its first batch of prior draws. */
    double first(double[] logRatios) {
        double[] weights = new double[logRatios.length];
        java.util.Arrays.fill(weights, 1.0 / logRatios.length);
        return solve(logRatios, weights, 1, HOTTEST);
    }

    /** The temperature after {@code previous}, whose particles have these log-ratios. */
    double next(Population previous, double[] logRatios) {
        double last = previous.temperature();
        if (!(last > SLOWEST)) {
            return 1;
        }
        double t = solve(logRatios, previous.weights(), Math.max(1, last / FASTEST), last / SLOWEST);
        return t < SLOWEST ? 1 : t;
    }

    /** The temperature in [low, high] whose expected acceptance is {@link #TARGET}, or the nearer end. */
    static double solve(double[] logRatios, double[] weights, double low, double high) {
        if (rate(logRatios, weights, low) >= TARGET) {
            return low;
        }
        if (rate(logRatios, weights, high) <= TARGET) {
            return high;
        }
        double a = Math.log(low);
        double b = Math.log(high);
        for (int i = 0; i < 60; i++) {
            double mid = (a + b) / 2;
            if (rate(logRatios, weights, Math.exp(mid)) >= TARGET) {
                b = mid;
            } else {
                a = mid;
            }
        }
        return Math.exp(b);
    }

    /** The weighted mean of exp(logRatio / t). */
    static double rate(double[] logRatios, double[] weights, double t) {
        double sum = 0;
        double total = 0;
        for (int i = 0; i < logRatios.length; i++) {
            total += weights[i];
            sum += weights[i] * Math.exp(logRatios[i] / t);
        }
        return total > 0 ? sum / total : 0;
    }
}
