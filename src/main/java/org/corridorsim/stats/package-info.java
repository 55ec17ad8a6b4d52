/**
 * Statistics for simulation output, split the way the analysis is split.
 *
 * <p>Per replication: {@link org.corridorsim.stats.Tally}, {@link org.corridorsim.stats.TimeWeighted},
 * {@link org.corridorsim.stats.Counter}, {@link org.corridorsim.stats.BinnedSeries} and
 * {@link org.corridorsim.stats.DurationHistogram} are updated from event handlers. Their updates
 * allocate nothing and their memory does not grow with the number of observations. Each one has
 * {@code merge} (combine the same statistic from parallel parts) and {@code reset} (warm-up deletion
 * or reuse across replications). They are not thread-safe: use one per simulator thread and merge.
 *
 * <p>Across replications: {@link org.corridorsim.stats.AcrossReplications} keeps one value per
 * replication per metric and turns them into {@link org.corridorsim.stats.Summary} confidence
 * intervals; {@link org.corridorsim.stats.PairedDifference} compares two scenarios run with common
 * random numbers.
 *
 * <p>This package depends only on the JDK, HdrHistogram and Commons Statistics.
 */
package org.corridorsim.stats;
