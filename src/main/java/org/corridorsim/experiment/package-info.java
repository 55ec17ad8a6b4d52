/**
 * Experiments on the evacuation model: replications run in parallel with results independent of
 * the thread count ({@link org.corridorsim.experiment.Experiment}), optionally until a precision
 * target is met ({@link org.corridorsim.experiment.Precision}); variants compared under common
 * random numbers ({@link org.corridorsim.experiment.Comparison}); and parameter sweeps
 * ({@link org.corridorsim.experiment.Sweep}). Files are written by
 * {@code org.corridorsim.experiment.output}.
 *
 * <p>This package builds on the model layer, and on loaded scenarios for
 * {@link org.corridorsim.experiment.Experiment#of(org.corridorsim.scenario.Scenario)}; reading
 * scenario files is {@code org.corridorsim.scenario}'s job.
 */
package org.corridorsim.experiment;
