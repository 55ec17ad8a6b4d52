package org.corridorsim.inference;

import java.util.ArrayList;
import java.util.List;
import org.corridorsim.scenario.Hypothesis;
import org.corridorsim.scenario.Prior;
import org.corridorsim.scenario.Scenario;

/**
 * A scenario's hypotheses, priors and observations in the sampler's terms: candidates with
 * priors on the scale the kernels work on, observed ranges and the observation models.
 */
final class FitProblem {

    private FitProblem() {
    }

    static List<Candidate> candidates(Scenario scenario) {
        List<Hypothesis> hypotheses = scenario.inference().hypotheses();
        List<Candidate> candidates = new ArrayList<>();
        java.util.Map<String, Prior> noise = scenario.inference().noise();
        for (Hypothesis h : hypotheses) {
            List<ParameterPrior> priors = new ArrayList<>();
            for (String path : h.parameters()) {
                priors.add(working(h.priors().get(path)));
            }
            List<String> names = new ArrayList<>(h.parameters());
            noise.forEach((name, prior) -> {
                names.add(name);
                priors.add(working(prior));
            });
            candidates.add(new Candidate(h.id(), names, priors, 1.0 / hypotheses.size(), h.parameters().size()));
        }
        return candidates;
    }

    /** The observation models of the scenario's observations; noise parameters in name order, as in the candidates. */
    static Likelihood likelihood(Scenario scenario) {
        return new Likelihood(scenario.inference().observed(), List.copyOf(scenario.inference().noise().keySet()));
    }

    static List<ObservedRange> ranges(Scenario scenario) {
        return scenario.inference().observed().stream()
                .map(o -> new ObservedRange(o.label(), o.low(), o.high())).toList();
    }

    /** A scenario prior on the scale the kernels work on. */
    static ParameterPrior working(Prior prior) {
        if (prior instanceof Prior.Uniform u) {
            return Priors.uniform(u.min(), u.max());
        }
        if (prior instanceof Prior.LogUniform u) {
            return Priors.logUniform(u.min(), u.max());
        }
        if (prior instanceof Prior.Beta b) {
            return Priors.beta(b.alpha(), b.beta());
        }
        if (prior instanceof Prior.Normal n) {
            return Priors.normal(n.mean(), n.sd(), n.min(), n.max());
        }
        Prior.Choice c = (Prior.Choice) prior;
        return Priors.choice(c.values().stream().mapToDouble(Double::doubleValue).toArray(),
                c.weights().stream().mapToDouble(Double::doubleValue).toArray());
    }
}
