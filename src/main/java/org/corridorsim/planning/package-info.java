/**
 * Capacity planning: the cheapest configuration of a scenario's decision variables (lanes,
 * vehicles, seats, ambulances) that meets every target with a stated probability
 * ({@link org.corridorsim.planning.Plan}). Configurations share common random numbers, each is
 * run in sequential batches until it is clearly feasible or clearly infeasible, and the search
 * uses monotonicity where the scenario allows it. Method and outputs: {@code docs/planning.md}.
 *
 * <p>This package sits beside {@code experiment} and {@code inference}: it builds on the
 * scenario, model and experiment layers, and its files are written by
 * {@code org.corridorsim.experiment.output.PlanFiles}.
 */
package org.corridorsim.planning;
