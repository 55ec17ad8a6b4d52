package org.corridorsim.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Turns SIGINT and SIGTERM during a run into an interrupt of the thread running it, then holds
 * the JVM's shutdown until that thread has written what completed (at most a minute). The
 * process then exits with the signal's status, 130 for SIGINT and 143 for SIGTERM.
 */
final class Interruption implements AutoCloseable {

    private static final long GRACE_SECONDS = 60;

    private final Thread worker;
    private final CountDownLatch written = new CountDownLatch(1);
    private final Thread hook;
    private volatile boolean signalled;

    private Interruption() {
        this.worker = Thread.currentThread();
        this.hook = new Thread(this::onSignal, "corridorsim-interruption");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Watches for a signal until {@link #close()}. */
    static Interruption watch() {
        return new Interruption();
    }

    private void onSignal() {
        signalled = true;
        worker.interrupt();
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

    /** The run wrote what it had: lets a pending shutdown go on, or stops watching. */
    @Override
    public void close() {
        written.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running and returns now
        }
    }
}
