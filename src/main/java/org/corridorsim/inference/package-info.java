/**
 * Fitting a scenario's hypotheses and parameters to what it says was observed, by approximate
 * Bayesian computation with sequential Monte Carlo ({@link org.corridorsim.inference.Fit}).
 * Results do not depend on the thread count, and a fit saved after a generation resumes to the
 * same result. Method, outputs and validation: {@code docs/fitting.md}.
 *
 * <p>This package sits beside {@code experiment}: it builds on the scenario, model and random
 * layers, and its files are written by {@code org.corridorsim.experiment.output.FitFiles}.
 */
package org.corridorsim.inference;
