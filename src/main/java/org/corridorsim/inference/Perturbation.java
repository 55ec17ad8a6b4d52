package org.corridorsim.inference;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * The perturbation kernel of one hypothesis for one generation, and the mixture over that
 * hypothesis's previous particles that proposals are drawn from.
 *
 * <p>Continuous parameters: a Gaussian centred on the chosen particle, cut to the prior's support
 * and renormalised there, so that no proposal falls outside it and the density stays exact. Its
 * variance is the component-wise optimal one of Filippi et al. (2013): the weighted mean squared
 * distance from a previous particle to a previous particle already within the new tolerance,
 * that is the previous particles' variance plus the mean squared distance of those within the
 * tolerance from the previous mean. When all or none of them are within it, that is twice the
 * variance (Beaumont et al. 2009).
 * Discrete (choice) parameters: keep the value with probability 1 - {@link #SWITCH}, else
 * switch to one of the other values uniformly.
 */
final class Perturbation {

    static final double SWITCH = 0.2;
    private static final double SQRT_2PI = Math.sqrt(2 * Math.PI);

    private final Candidate candidate;
    private final int[] members;
    private final double[] cumulative;
    private final double[] memberWeights;
    private final double[][] centres;
    private final double[] sigma;
    /** Mass of each centre's Gaussian inside the support, per parameter (1 for discrete ones). */
    private final double[][] mass;
    /** The parameters a proposal can move: all but discrete ones with a single value. */
    private final int[] moving;

    private Perturbation(Candidate candidate, int[] members, double[] memberWeights, double[][] centres,
            double[] sigma) {
        this.candidate = candidate;
        this.members = members;
        this.memberWeights = memberWeights;
        this.centres = centres;
        this.sigma = sigma;
        this.mass = new double[centres.length][sigma.length];
        for (int i = 0; i < centres.length; i++) {
            for (int k = 0; k < sigma.length; k++) {
                ParameterPrior prior = candidate.priors().get(k);
                mass[i][k] = prior.discrete() ? 1
                        : new Priors.TruncatedNormal(centres[i][k], sigma[k], prior.lower(), prior.upper()).mass();
            }
        }
        this.moving = java.util.stream.IntStream.range(0, sigma.length).filter(k ->
                !(candidate.priors().get(k).discrete() && candidate.priors().get(k).levels() == 1)).toArray();
        this.cumulative = new double[members.length];
        double running = 0;
        for (int i = 0; i < members.length; i++) {
            running += memberWeights[i];
            cumulative[i] = running;
        }
    }

    /** The kernel of {@code hypothesis} fitted to its particles in {@code previous}, for any tolerance; none if it has none. */
    static Perturbation of(Candidate candidate, int hypothesis, Population previous) {
        return of(candidate, hypothesis, previous, Double.POSITIVE_INFINITY);
    }

    /**
     * The kernel of {@code hypothesis} fitted to its particles in {@code previous}, for a
     * generation at {@code tolerance}; none if it has none.
     */
    static Perturbation of(Candidate candidate, int hypothesis, Population previous, double tolerance) {
        int count = 0;
        double total = 0;
        for (int i = 0; i < previous.size(); i++) {
            if (previous.hypotheses()[i] == hypothesis && previous.weights()[i] > 0) {
                count++;
                total += previous.weights()[i];
            }
        }
        if (count == 0) {
            return null;
        }
        int[] members = new int[count];
        double[] weights = new double[count];
        double[][] centres = new double[count][];
        int j = 0;
        for (int i = 0; i < previous.size(); i++) {
            if (previous.hypotheses()[i] == hypothesis && previous.weights()[i] > 0) {
                members[j] = i;
                weights[j] = previous.weights()[i] / total;
                centres[j] = previous.parameters()[i];
                j++;
            }
        }
        int d = candidate.dimension();
        double[] sigma = new double[d];
        for (int k = 0; k < d; k++) {
            ParameterPrior prior = candidate.priors().get(k);
            if (prior.discrete()) {
                continue;
            }
            double mean = 0;
            for (int i = 0; i < count; i++) {
                mean += weights[i] * centres[i][k];
            }
            double variance = 0;
            for (int i = 0; i < count; i++) {
                double e = centres[i][k] - mean;
                variance += weights[i] * e * e;
            }
            double s = Math.sqrt(variance + spreadWithin(previous, members, weights, centres, k, mean, tolerance,
                    variance));
            if (!(s > 0)) {
                // One distinct value left: keep exploring around it at a twentieth of the support.
                double width = prior.upper() - prior.lower();
                s = Double.isFinite(width) ? width / 20 : Math.max(Math.abs(mean), 1) / 20;
            }
            sigma[k] = s;
        }
        return new Perturbation(candidate, members, weights, centres, sigma);
    }

    /**
     * The weighted mean squared distance of parameter {@code k} from {@code mean}, over the members
     * within {@code tolerance} with their weights renormalised; {@code variance} when none is.
     */
    private static double spreadWithin(Population previous, int[] members, double[] weights, double[][] centres,
            int k, double mean, double tolerance, double variance) {
        double within = 0;
        double spread = 0;
        for (int i = 0; i < members.length; i++) {
            if (previous.distances()[members[i]] <= tolerance) {
                double e = centres[i][k] - mean;
                within += weights[i];
                spread += weights[i] * e * e;
            }
        }
        return within > 0 ? spread / within : variance;
    }

    /** Picks a previous particle by weight and perturbs it; fills {@code out}. */
    void propose(UniformRandomProvider rng, double[] out) {
        double[] centre = centres[Weighted.pick(cumulative, rng.nextDouble())];
        for (int k = 0; k < out.length; k++) {
            ParameterPrior prior = candidate.priors().get(k);
            if (prior.discrete()) {
                out[k] = switchLevel(centre[k], prior.levels(), rng);
            } else {
                out[k] = new Priors.TruncatedNormal(centre[k], sigma[k], prior.lower(), prior.upper()).sample(rng);
            }
        }
    }

    /** The density of proposing {@code x} from the mixture over the previous particles. */
    double density(double[] x) {
        if (moving.length == 0) {
            return 1; // every parameter is fixed, so every component gives x with certainty
        }
        double sum = 0;
        for (int i = 0; i < centres.length; i++) {
            sum += memberWeights[i] * kernel(x, i);
        }
        return sum;
    }

    private double kernel(double[] x, int member) {
        double[] centre = centres[member];
        double density = 1;
        for (int k : moving) {
            ParameterPrior prior = candidate.priors().get(k);
            if (prior.discrete()) {
                int levels = prior.levels();
                density *= x[k] == centre[k] ? 1 - SWITCH : SWITCH / (levels - 1);
            } else {
                double z = (x[k] - centre[k]) / sigma[k];
                density *= Math.exp(-0.5 * z * z) / (SQRT_2PI * sigma[k] * mass[member][k]);
            }
            if (density == 0) {
                return 0;
            }
        }
        return density;
    }

    private static double switchLevel(double current, int levels, UniformRandomProvider rng) {
        double u = rng.nextDouble();
        if (levels == 1 || u >= SWITCH) {
            return current;
        }
        int other = rng.nextInt(levels - 1);
        return other >= current ? other + 1 : other;
    }

    int particles() {
        return members.length;
    }

    double sigma(int k) {
        return sigma[k];
    }
}
