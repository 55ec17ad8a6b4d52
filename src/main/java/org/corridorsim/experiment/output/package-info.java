/**
 * Result files of experiments, comparisons and sweeps, each written atomically through
 * a hidden temporary file renamed into place: a crash leaves the old file or the
 * complete new one, never half of one. JSON numbers that do not exist (NaN) are null; CSV
 * leaves them empty.
 */
package org.corridorsim.experiment.output;
