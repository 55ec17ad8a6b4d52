package org.corridorsim.experiment;

import java.util.ArrayList;
import java.util.List;
import org.corridorsim.model.MetricNames;
import org.corridorsim.model.Outcome;
import org.corridorsim.stats.RunningSummary;
import org.corridorsim.stats.Summary;

/**
 * The throughput bins of every series folded across replications, per bin and cumulative, in
 * primitive arrays: memory is series x bins, whatever the number of replications. Uses the
 * same running parts and formulas as {@link RunningSummary}.
 */
final class ThroughputFold {

    private final MetricNames names;
    private final double binWidth;
    private int n;
    private double[][] sum;
    private double[][] mean;
    private double[][] squares;
    private double[][] cumulativeSum;
    private double[][] cumulativeMean;
    private double[][] cumulativeSquares;

    ThroughputFold(MetricNames names, double binWidth) {
        this.names = names;
        this.binWidth = binWidth;
    }

    void add(Outcome outcome) {
        double[][] series = outcome.throughput();
        if (sum == null) {
            allocate(series);
        }
        n++;
        for (int s = 0; s < sum.length; s++) {
            double[] bins = series[s];
            if (bins.length != sum[s].length) {
                throw new IllegalArgumentException("replication " + outcome.replication() + " has " + bins.length
                        + " throughput bins in series " + s + ", expected " + sum[s].length);
            }
            double running = 0;
            for (int b = 0; b < bins.length; b++) {
                double x = bins[b];
                running += x;
                update(s, b, x, sum, mean, squares);
                update(s, b, running, cumulativeSum, cumulativeMean, cumulativeSquares);
            }
        }
    }

    private void update(int s, int b, double x, double[][] sums, double[][] means, double[][] squareSums) {
        sums[s][b] += x;
        double delta = x - means[s][b];
        means[s][b] += delta / n;
        squareSums[s][b] += delta * (x - means[s][b]);
    }

    private void allocate(double[][] series) {
        if (series.length != names.seriesCount()) {
            throw new IllegalArgumentException(
                    "an outcome has " + series.length + " throughput series, expected " + names.seriesCount());
        }
        int count = series.length;
        sum = new double[count][];
        mean = new double[count][];
        squares = new double[count][];
        cumulativeSum = new double[count][];
        cumulativeMean = new double[count][];
        cumulativeSquares = new double[count][];
        for (int s = 0; s < count; s++) {
            int bins = series[s].length;
            sum[s] = new double[bins];
            mean[s] = new double[bins];
            squares[s] = new double[bins];
            cumulativeSum[s] = new double[bins];
            cumulativeMean[s] = new double[bins];
            cumulativeSquares[s] = new double[bins];
        }
    }

    List<ThroughputSummary> perBin(double confidence) {
        return summaries(confidence, sum, squares);
    }

    List<ThroughputSummary> cumulative(double confidence) {
        return summaries(confidence, cumulativeSum, cumulativeSquares);
    }

    private List<ThroughputSummary> summaries(double confidence, double[][] sums, double[][] squareSums) {
        if (n == 0) {
            return List.of();
        }
        double t = RunningSummary.tQuantile(n, confidence);
        List<ThroughputSummary> series = new ArrayList<>(sums.length);
        for (int s = 0; s < sums.length; s++) {
            int bins = sums[s].length;
            double[] means = new double[bins];
            double[] lower = new double[bins];
            double[] upper = new double[bins];
            for (int b = 0; b < bins; b++) {
                // min and max are not reported for bins
                Summary summary = RunningSummary.summary(n, sums[s][b], squareSums[s][b], 0, 0, confidence, t);
                means[b] = summary.mean();
                // persons per bin cannot be negative: the interval is clipped at 0 (docs/model.md)
                lower[b] = summary.lower(0);
                upper[b] = summary.upper();
            }
            series.add(new ThroughputSummary(names.seriesCorridor(s), names.seriesKind(s), binWidth, means, lower, upper));
        }
        return List.copyOf(series);
    }
}
