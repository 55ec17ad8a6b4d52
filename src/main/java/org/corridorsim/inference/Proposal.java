package org.corridorsim.inference;

/** A proposal; {@code logRatio} is log(L / c) of its count observations and {@code uniform} its acceptance draw. */
record Proposal(int hypothesis, double[] parameters, long seed, double[] simulated, double distance,
        double logRatio, double uniform) {}
