package org.corridorsim.inference;

import org.apache.commons.numbers.combinatorics.LogBinomialCoefficient;
import org.apache.commons.numbers.gamma.LogBeta;
import org.apache.commons.statistics.distribution.BetaDistribution;

/**
 * The exact answer for a binomial count k ~ Binomial(n, theta) observed to lie in [low, high],
 * with a Beta(alpha, beta) prior on theta: the posterior is a mixture of Beta(alpha + k,
 * beta + n - k) weighted by the beta-binomial probabilities of each k in the range.
 */
record BetaBinomial(int n, int low, int high, double alpha, double beta) {

    double logPmf(int k) {
        return LogBinomialCoefficient.value(n, k) + LogBeta.value(k + alpha, n - k + beta) - LogBeta.value(alpha, beta);
    }

    /** The marginal likelihood: the prior probability that k falls in the range. */
    double evidence() {
        double sum = 0;
        for (int k = low; k <= high; k++) {
            sum += Math.exp(logPmf(k));
        }
        return sum;
    }

    double posteriorMean() {
        double sum = 0;
        for (int k = low; k <= high; k++) {
            sum += Math.exp(logPmf(k)) * (k + alpha) / (n + alpha + beta);
        }
        return sum / evidence();
    }

    double posteriorCdf(double theta) {
        double sum = 0;
        for (int k = low; k <= high; k++) {
            sum += Math.exp(logPmf(k)) * BetaDistribution.of(k + alpha, n - k + beta).cumulativeProbability(theta);
        }
        return sum / evidence();
    }

    double posteriorQuantile(double p) {
        double lo = 0;
        double hi = 1;
        for (int i = 0; i < 60; i++) {
            double mid = (lo + hi) / 2;
            if (posteriorCdf(mid) < p) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }
}
