package org.corridorsim.inference;

import java.util.List;

/**
 * One hypothesis as the sampler sees it: its parameters' names and priors, and its prior
 * probability among the hypotheses. The first {@code modelDimension} parameters are the
 * scenario's; the rest belong to the observation models (sources' bias factors, dispersions).
 */
record Candidate(String id, List<String> parameters, List<ParameterPrior> priors, double probability,
        int modelDimension) {

    Candidate(String id, List<String> parameters, List<ParameterPrior> priors, double probability) {
        this(id, parameters, priors, probability, parameters.size());
    }

    Candidate {
        parameters = List.copyOf(parameters);
        priors = List.copyOf(priors);
        if (parameters.size() != priors.size()) {
            throw new IllegalArgumentException(parameters.size() + " parameters but " + priors.size() + " priors");
        }
        if (!(probability > 0 && probability <= 1)) {
            throw new IllegalArgumentException("prior probability of " + id + " must be in (0, 1], got " + probability);
        }
        if (modelDimension < 0 || modelDimension > parameters.size()) {
            throw new IllegalArgumentException(modelDimension + " scenario parameters of " + parameters.size());
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

    /** The scenario's parameter values, without the observation models' ones. */
    double[] modelValues(double[] working) {
        return java.util.Arrays.copyOf(values(working), modelDimension);
    }

    /** The observation models' parameter values (after the scenario's). */
    double[] noiseValues(double[] working) {
        double[] all = values(working);
        return java.util.Arrays.copyOfRange(all, modelDimension, all.length);
    }

    double[] values(double[] working) {
        double[] values = new double[working.length];
        for (int k = 0; k < working.length; k++) {
            values[k] = priors.get(k).value(working[k]);
        }
        return values;
    }
}
