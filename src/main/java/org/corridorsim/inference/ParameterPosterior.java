package org.corridorsim.inference;

/**
 * The posterior of one parameter under one hypothesis, in model units (durations in seconds):
 * weighted mean and median, and the central interval [{@code low}, {@code high}] holding
 * {@code level} of the posterior mass.
 */
public record ParameterPosterior(double mean, double median, double low, double high, double level) {}
