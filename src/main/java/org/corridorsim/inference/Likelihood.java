package org.corridorsim.inference;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.numbers.gamma.LogGamma;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.GaussianSampler;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.corridorsim.scenario.Observation;
import org.corridorsim.scenario.ObservationModel;

/**
 * The observation models of a fit: for each observation, how its figure relates to the
 * simulated value times its source's bias factor. Range observations give a distance (0 inside,
 * as {@link ObservedRange}); count observations a log-likelihood ratio, log(L / c), where c is a
 * bound on the likelihood over every simulated value and noise parameter, so the ratio is at
 * most 0 and exp(ratio) is an acceptance probability (Wilkinson 2013).
 *
 * <p>The bound c is the Poisson probability of the count at its own mean, for the Poisson and the
 * negative binomial models alike: a negative binomial is a gamma mixture of Poissons, so its
 * probability of y never exceeds the best Poisson's. For the relative model (a normal error of
 * standard deviation sd on log(count + 1)) it is the density at its mode, and the ratio is
 * exp(-z²/2).
 */
final class Likelihood {

    private final ObservedRange[] ranges;
    private final ObservationModel[] models;
    private final double[] counts;
    /** The index of the bias factor among the noise values, -1 for none. */
    private final int[] bias;
    /** The index of the dispersion among the noise values, -1 for a fixed one. */
    private final int[] dispersion;
    private final double[] logMax;
    private final boolean counted;
    private final boolean biased;

    Likelihood(List<Observation> observed, List<String> noiseNames) {
        int n = observed.size();
        ranges = new ObservedRange[n];
        models = new ObservationModel[n];
        counts = new double[n];
        bias = new int[n];
        dispersion = new int[n];
        logMax = new double[n];
        boolean anyCount = false;
        boolean anyBias = false;
        for (int k = 0; k < n; k++) {
            Observation o = observed.get(k);
            ranges[k] = new ObservedRange(o.label(), o.low(), o.high());
            models[k] = o.model();
            counts[k] = o.low();
            bias[k] = o.bias().map(noiseNames::indexOf).orElse(-1);
            dispersion[k] = o.model().prior().map(noiseNames::indexOf).orElse(-1);
            if (o.bias().isPresent() && bias[k] < 0 || o.model().prior().isPresent() && dispersion[k] < 0) {
                throw new IllegalArgumentException("observation " + o.label() + " names a parameter with no prior");
            }
            anyCount |= o.model().likelihood();
            anyBias |= bias[k] >= 0;
            double y = counts[k];
            logMax[k] = o.model().likelihood() ? poisson(y, y) : 0;
        }
        counted = anyCount;
        biased = anyBias;
    }

    /** {@return whether some observation is weighed by a count likelihood (the fit is then tempered)} */
    boolean counted() {
        return counted;
    }

    /** {@return whether some observation is a range} */
    boolean ranged() {
        for (ObservationModel m : models) {
            if (!m.likelihood()) {
                return true;
            }
        }
        return false;
    }

    /** {@return whether the values must go through this class: some count, or some bias factor} */
    boolean needed() {
        return counted || biased;
    }

    /** The observations' model labels, e.g. {@code poisson}. */
    List<String> labels() {
        List<String> labels = new ArrayList<>();
        for (ObservationModel m : models) {
            labels.add(m.label());
        }
        return labels;
    }

    private double scaled(int k, double simulated, double[] noise) {
        return bias[k] < 0 ? simulated : simulated * noise[bias[k]];
    }

    /** The largest distance of a range observation, after its source's bias; 0 with none. */
    double distance(double[] noise, double[] simulated) {
        double d = 0;
        for (int k = 0; k < ranges.length; k++) {
            if (!models[k].likelihood()) {
                d = Math.max(d, ranges[k].distance(scaled(k, simulated[k], noise)));
            }
        }
        return d;
    }

    /** The sum over count observations of log(L / c), at most 0; minus infinity when impossible. */
    double logRatio(double[] noise, double[] simulated) {
        double sum = 0;
        for (int k = 0; k < ranges.length; k++) {
            if (models[k].likelihood()) {
                double mean = scaled(k, simulated[k], noise);
                if (Double.isNaN(mean)) {
                    return Double.NEGATIVE_INFINITY;
                }
                sum += Math.min(0, logLikelihood(k, Math.max(0, mean), noise) - logMax[k]);
            }
        }
        return sum;
    }

    /**
     * Whether values with these lower bounds (NaN: unknown) can still have every range within
     * {@code tolerance} and a log-ratio of at least {@code threshold}. Each count's likelihood is
     * unimodal in its mean with the peak at the count itself, so a mean already above the count
     * bounds that observation's term by its value there; any other term is bounded by 0, or is
     * exact once settled.
     */
    boolean possible(double[] noise, double[] atLeast, boolean[] settled, double tolerance, double threshold) {
        double bound = 0;
        for (int k = 0; k < ranges.length; k++) {
            if (Double.isNaN(atLeast[k])) {
                continue;
            }
            double mean = scaled(k, atLeast[k], noise);
            if (!models[k].likelihood()) {
                if (ranges[k].surelyBeyond(mean, settled[k], tolerance)) {
                    return false;
                }
            } else if (settled[k] || mean > counts[k]) {
                bound += Math.min(0, logLikelihood(k, Math.max(0, mean), noise) - logMax[k]);
            }
        }
        return bound >= threshold;
    }

    private double logLikelihood(int k, double mean, double[] noise) {
        double y = counts[k];
        return switch (models[k].kind()) {
            case POISSON -> poisson(y, mean);
            case NEGATIVE_BINOMIAL -> negativeBinomial(y, mean, dispersion[k] < 0 ? models[k].parameter()
                    : noise[dispersion[k]]);
            case RELATIVE -> {
                double z = (Math.log1p(y) - Math.log1p(mean)) / models[k].parameter();
                yield logMax[k] - z * z / 2;
            }
            case RANGE -> 0;
        };
    }

    /** log P(Y = y) for Y Poisson of mean {@code mean}. */
    static double poisson(double y, double mean) {
        if (mean == 0) {
            return y == 0 ? 0 : Double.NEGATIVE_INFINITY;
        }
        return y * Math.log(mean) - mean - LogGamma.value(y + 1);
    }

    /** log P(Y = y) for Y negative binomial of mean {@code mean} and dispersion k (variance mean + mean²/k). */
    static double negativeBinomial(double y, double mean, double k) {
        if (mean == 0) {
            return y == 0 ? 0 : Double.NEGATIVE_INFINITY;
        }
        return LogGamma.value(y + k) - LogGamma.value(k) - LogGamma.value(y + 1) + k * Math.log(k / (k + mean))
                + y * Math.log(mean / (k + mean));
    }

    /**
     * What the source would report for a simulated value: a draw from the observation model
     * around the value times the bias (the value itself, biased, for a range).
     */
    double report(int k, double simulated, double[] noise, UniformRandomProvider rng) {
        double mean = Math.max(0, scaled(k, simulated, noise));
        if (Double.isNaN(mean)) {
            return mean;
        }
        return switch (models[k].kind()) {
            case RANGE -> scaled(k, simulated, noise);
            case POISSON -> mean == 0 ? 0 : PoissonSampler.of(rng, mean).sample();
            case NEGATIVE_BINOMIAL -> {
                double shape = dispersion[k] < 0 ? models[k].parameter() : noise[dispersion[k]];
                double rate = mean == 0 ? 0 : AhrensDieterMarsagliaTsangGammaSampler.of(rng, shape, mean / shape).sample();
                yield rate == 0 ? 0 : PoissonSampler.of(rng, rate).sample();
            }
            case RELATIVE -> {
                double z = GaussianSampler.of(ZigguratSampler.NormalizedGaussian.of(rng), 0, models[k].parameter())
                        .sample();
                yield Math.max(0, Math.rint(Math.expm1(Math.log1p(mean) + z)));
            }
        };
    }
}
