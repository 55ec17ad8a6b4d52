package org.corridorsim.inference;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/** Draws proposals from the previous generation and gives their importance weights. */
final class Proposer {
    private final List<Candidate> candidates;
    private final SamplerSettings settings;
    private final double[] modelPrior;
    private final double[] modelCumulative;
    private final Population previous;
    private final Perturbation[] kernels;
    private final double[] modelWeights;
    private final double[] cumulative;

    /**
     * @param modelPrior the prior probability of each hypothesis
     * @param modelCumulative its running sum, for drawing a hypothesis from the prior
     * @param previous the previous generation, or null for the first one
     */
    Proposer(List<Candidate> candidates, SamplerSettings settings, double[] modelPrior, double[] modelCumulative,
            Population previous, double tolerance) {
        this.candidates = candidates;
        this.settings = settings;
        this.modelPrior = modelPrior;
        this.modelCumulative = modelCumulative;
        this.previous = previous;
        this.kernels = new Perturbation[candidates.size()];
        this.modelWeights = previous == null ? null : previous.hypothesisWeights(candidates.size());
        this.cumulative = previous == null ? null : new double[previous.size()];
        if (previous != null) {
            double running = 0;
            for (int i = 0; i < previous.size(); i++) {
                running += previous.weights()[i];
                cumulative[i] = running;
            }
            for (int m = 0; m < kernels.length; m++) {
                kernels[m] = Perturbation.of(candidates.get(m), m, previous, tolerance);
            }
        }
    }

    boolean fromPrior(UniformRandomProvider rng) {
        double u = rng.nextDouble();
        return previous == null || u < settings.defensive();
    }

    /** A previous particle's hypothesis, then possibly a jump to another one. */
    int model(UniformRandomProvider rng) {
        int m = previous.hypotheses()[Weighted.pick(cumulative, rng.nextDouble() * cumulative[cumulative.length - 1])];
        int count = candidates.size();
        if (count > 1 && rng.nextDouble() < settings.jump()) {
            int other = rng.nextInt(count - 1);
            m = other >= m ? other + 1 : other;
        }
        return m;
    }

    double[] parameters(int m, UniformRandomProvider rng) {
        if (kernels[m] == null) {
            return samplePrior(candidates.get(m), rng);
        }
        double[] theta = new double[candidates.get(m).dimension()];
        kernels[m].propose(rng, theta);
        return theta;
    }

    /** Prior density over proposal density, both for (hypothesis, parameters). */
    double weight(int m, double[] theta) {
        Candidate candidate = candidates.get(m);
        double prior = modelPrior[m] * candidate.priorDensity(theta);
        double kernel = kernels[m] == null ? candidate.priorDensity(theta) : kernels[m].density(theta);
        double proposal = (1 - settings.defensive()) * modelMove(m) * kernel + settings.defensive() * prior;
        return prior / proposal;
    }

    /** The probability that the hypothesis step lands on {@code m}. */
    private double modelMove(int m) {
        int count = candidates.size();
        if (count == 1) {
            return 1;
        }
        double total = Arrays.stream(modelWeights).sum();
        double stay = modelWeights[m] / total;
        return stay * (1 - settings.jump()) + (1 - stay) * settings.jump() / (count - 1);
    }

    int sampleModelPrior(UniformRandomProvider rng) {
        double u = rng.nextDouble();
        for (int m = 0; m < modelCumulative.length - 1; m++) {
            if (u < modelCumulative[m]) {
                return m;
            }
        }
        return modelCumulative.length - 1;
    }

    static double[] samplePrior(Candidate candidate, UniformRandomProvider rng) {
        double[] theta = new double[candidate.dimension()];
        for (int k = 0; k < theta.length; k++) {
            theta[k] = candidate.priors().get(k).sample(rng);
        }
        return theta;
    }
}
