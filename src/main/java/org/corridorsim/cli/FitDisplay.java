package org.corridorsim.cli;

import java.io.PrintWriter;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.corridorsim.inference.FitProgress;

/**
 * A fit's progress on stderr: a bar per generation (particles accepted, with the tolerance and
 * the proposals simulated) when stderr is a terminal, and one line per finished generation always.
 */
final class FitDisplay implements FitProgress, AutoCloseable {

    private final PrintWriter err;
    private final boolean bars;
    private ProgressBar bar;

    FitDisplay(PrintWriter err, boolean wanted) {
        this.err = err;
        this.bars = wanted && ProgressDisplay.stderrIsTerminal();
    }

    @Override
    public void generationStarted(int generation, double tolerance, int particles) {
        if (!bars) {
            return;
        }
        bar = new ProgressBarBuilder()
                .setTaskName("gen " + generation + " tol " + (Double.isInfinite(tolerance) ? "-" : tolerance(tolerance)))
                .setInitialMax(particles)
                .setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .setUpdateIntervalMillis(200)
                .build();
    }

    @Override
    public void simulated(int generation, long proposals, int accepted) {
        if (bar != null) {
            bar.stepTo(accepted);
            bar.setExtraMessage(proposals + " sims");
        }
    }

    @Override
    public void generationFinished(int generation, double tolerance, double acceptanceRate, long simulations,
            int particles, double effectiveSize) {
        close();
        err.printf(Locale.ROOT, "generation %d: tolerance %s, acceptance %.1f%%, ESS %.0f of %d particles, "
                + "%d simulations so far%n", generation, tolerance(tolerance), 100 * acceptanceRate, effectiveSize,
                particles, simulations);
        err.flush();
    }

    static String tolerance(double tolerance) {
        return Double.isInfinite(tolerance) ? "none (prior)" : String.format(Locale.ROOT, "%.4g", tolerance);
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.stepTo(bar.getMax());
            bar.close();
            bar = null;
        }
    }
}
