package org.corridorsim.inference;

import java.util.List;

/**
 * Whether a simulated proposal is accepted: within the generation's tolerance and, in a fit with
 * counts (tempered), by its likelihood draw at the generation's temperature.
 */
final class Acceptance {

    private final List<Candidate> candidates;
    /** The observation models, when some observation is a count or has a bias factor; null otherwise. */
    private final Likelihood likelihood;
    private final Temperatures temperatures;

    /** The temperature of the generation being filled; NaN before the first batch of a tempered fit's first one. */
    private double temperature = Double.NaN;

    /**
     * log(c' / c) of the generation being filled: the largest log-ratio found before it (at most
     * 0). A proposal is accepted with probability min(1, exp((logRatio - normaliser) / T)) and,
     * when that exceeds 1, weighted by the excess, so the accepted particles stay exact for any
     * normaliser fixed before they are drawn (pyABC's {@code pdf_norm_max_found} with importance
     * weighting). With the bound c itself, a model that cannot reproduce the counts exactly
     * would be accepted at a rate of exp(logRatio) even at its best.
     */
    private double normaliser = 0;

    /** @param likelihood the observation models, or null when every observation is a range without bias */
    Acceptance(List<Candidate> candidates, Likelihood likelihood, Temperatures temperatures) {
        this.candidates = candidates;
        this.likelihood = likelihood;
        this.temperatures = temperatures;
    }

    boolean tempered() {
        return likelihood != null && likelihood.counted();
    }

    /** The temperature of the generation being filled, NaN untempered. */
    double temperature() {
        return tempered() ? temperature : Double.NaN;
    }

    /** Sets the normaliser and temperature of a new generation from the previous one ({@code last}, null for none). */
    void startGeneration(Population last) {
        normaliser = 0;
        temperature = Double.NaN;
        if (tempered() && last != null) {
            double[] ratios = logRatios(last);
            normaliser = largest(ratios);
            temperature = temperatures.next(last, shifted(ratios));
        }
    }

    /** Sets the first generation's normaliser and temperature from its first batch, when still unknown. */
    void firstBatch(Proposal[] results, double tolerance) {
        if (tempered() && Double.isNaN(temperature)) {
            double[] ratios = new double[results.length];
            for (int i = 0; i < ratios.length; i++) {
                ratios[i] = results[i].distance() <= tolerance ? results[i].logRatio() : Double.NEGATIVE_INFINITY;
            }
            normaliser = largest(ratios);
            temperature = temperatures.first(shifted(ratios));
        }
    }

    /** Whether a simulated proposal is accepted: within the tolerance, and (tempered) by its likelihood draw. */
    boolean accepts(Proposal proposal, double tolerance) {
        if (!(proposal.distance() <= tolerance)) {
            return false;
        }
        return !tempered() || Math.log(proposal.uniform()) <= (proposal.logRatio() - normaliser) / temperature;
    }

    /** The log of the importance weight's factor for an acceptance probability above 1 (0 untempered). */
    double excess(Proposal proposal) {
        return tempered() ? Math.max(0, (proposal.logRatio() - normaliser) / temperature) : 0;
    }

    /**
     * What a proposal's replication must still be able to show to be accepted, for stopping it
     * early (a fit with counts or bias factors); null to run it to the end. With counts, it is
     * accepted when its log-ratio is at least normaliser + T log u, and its uniform u is drawn
     * before it is simulated; before the first temperature is known, every replication runs to
     * the end.
     */
    Simulation.Acceptable acceptable(int m, Proposal drawn, double tolerance) {
        if (tempered() && Double.isNaN(temperature)) {
            return null;
        }
        double[] noise = candidates.get(m).noiseValues(drawn.parameters());
        double exact = tempered() ? normaliser + temperature * Math.log(drawn.uniform()) : 0;
        // a little below: rounding in the sum of fewer terms must never reject what accepts() would take
        double threshold = exact - 1e-9 * (1 + Math.abs(exact));
        return (atLeast, settled) -> likelihood.possible(noise, atLeast, settled, tolerance, threshold);
    }

    /** The largest finite value, 0 when there is none or it is above 0. */
    private static double largest(double[] logRatios) {
        double max = Double.NEGATIVE_INFINITY;
        for (double r : logRatios) {
            max = Math.max(max, r);
        }
        return max > Double.NEGATIVE_INFINITY && max < 0 ? max : 0;
    }

    /** The log-ratios less the normaliser. */
    private double[] shifted(double[] logRatios) {
        double[] shifted = new double[logRatios.length];
        for (int i = 0; i < shifted.length; i++) {
            shifted[i] = logRatios[i] - normaliser;
        }
        return shifted;
    }

    /** log(L / c) of each particle of a population, from its stored simulated values. */
    private double[] logRatios(Population population) {
        double[] ratios = new double[population.size()];
        for (int i = 0; i < ratios.length; i++) {
            Candidate c = candidates.get(population.hypotheses()[i]);
            ratios[i] = likelihood.logRatio(c.noiseValues(population.parameters()[i]), population.simulated()[i]);
        }
        return ratios;
    }
}
