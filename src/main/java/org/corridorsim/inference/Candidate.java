package org.corridorsim.inference;

import java.util.List;

/**
 * One hypothesis as the sampler sees it: its parameters' names and priors, and its prior
 * probability among the hypotheses.
 */
record Candidate(String id, List<String> parameters, List<ParameterPrior> priors, double probability) {

    Candidate {
        parameters = List.copyOf(parameters);
        priors = List.copyOf(priors);
        if (parameters.size() != priors.size()) {
            throw new IllegalArgumentException(parameters.size() + " parameters but " + priors.size() + " priors");
        }
        if (!(probability > 0 && probability <= 1)) {
            throw new IllegalArgumentException("prior probability of " + id + " must be in (0, 1], got " + probability);
        }
    }

    int dimension() {
        return priors.size();
    }

    double priorDensity(double[] working) {
        double density = 1;
        for (int k = 0; k < working.length; k++) {
            density *= priors.get(k).density(working[k]);
        }
        return density;
    }

    double[] values(double[] working) {
        double[] values = new double[working.length];
        for (int k = 0; k < working.length; k++) {
            values[k] = priors.get(k).value(working[k]);
        }
        return values;
    }
}
