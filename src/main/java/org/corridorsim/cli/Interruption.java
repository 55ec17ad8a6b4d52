package org.corridorsim.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Turns SIGINT and SIGTERM during a run into an interrupt of the thread running it, then holds
 * the JVM's shutdown until that thread has written what completed (at most a minute). The
 * process then exits with the signal's status, 130 for SIGINT and 143 for SIGTERM.
 *
 * <p>Once the result set is being written ({@link #writing()}), a signal no longer interrupts:
 * an interrupt would close the files being written (a {@code ClosedByInterruptException}). The
 * write completes, and the command tells the user that the signal came after it.
 */
final class Interruption implements AutoCloseable {

    private static final long GRACE_SECONDS = 60;

    private final Thread worker;
    private final CountDownLatch written = new CountDownLatch(1);
    private final Thread hook;
    private volatile boolean signalled;

    /** The watch whose command is still running, released by {@link Main} once all output is printed. */
    private static volatile Interruption current;

    private Interruption() {
        this.worker = Thread.currentThread();
        current = this;
        this.hook = new Thread(this::onSignal, "corridorsim-interruption");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Watches for a signal until {@link #close()}. */
    static Interruption watch() {
        return new Interruption();
    }

    private boolean writing;

    private void onSignal() {
        if (ExitGuard.foreignCaller() != null) {
            // not a signal: plugin code called System.exit, which ExitGuard reports
            return;
        }
        synchronized (this) {
            signalled = true;
            if (!writing) {
                worker.interrupt();
            }
        }
        try {
            written.await(GRACE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether a signal arrived. */
    boolean signalled() {
        return signalled;
    }

    /**
     * The run wrote what it had. Stops watching; after a signal, clears this thread's interrupt
     * so that writing can go on, and keeps the shutdown waiting until {@link #release()}.
     */
    @Override
    public void close() {
        Thread.interrupted();
        if (!signalled) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // a signal arrived just now; release() lets it go on
            }
        }
    }

    /**
     * The result set is being written: a signal from now on waits for the write instead of
     * interrupting it. Clears an interrupt a signal caused earlier.
     */
    synchronized void writing() {
        writing = true;
        Thread.interrupted();
    }

    /** Clears the interrupt a signal caused, so that what completed can still be written. */
    void clearInterrupt() {
        if (signalled) {
            Thread.interrupted();
        }
    }

    /** Called when every line is printed: a pending shutdown may now go on. */
    static void release() {
        Interruption watch = current;
        if (watch != null) {
            current = null;
            watch.written.countDown();
        }
    }
}
