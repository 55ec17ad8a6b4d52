package org.corridorsim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.corridorsim.experiment.Progress;

/** A progress bar on stderr, drawn only when stderr is a terminal. */
final class ProgressDisplay implements Progress, AutoCloseable {

    private final ProgressBar bar;

    private ProgressDisplay(ProgressBar bar) {
        this.bar = bar;
    }

    static ProgressDisplay open(String task, int total, boolean wanted) {
        if (!wanted || !stderrIsTerminal()) {
            return new ProgressDisplay(null);
        }
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .setUpdateIntervalMillis(200)
                .build();
        return new ProgressDisplay(bar);
    }

    @Override
    public void update(int completed, int total) {
        if (bar != null) {
            if (total != bar.getMax()) {
                bar.maxHint(total);
            }
            bar.stepTo(completed);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }

    static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }
}
