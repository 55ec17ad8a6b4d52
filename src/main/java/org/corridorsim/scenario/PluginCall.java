package org.corridorsim.scenario;

import java.security.CodeSource;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A call into plugin code (provider discovery, {@code name()}, {@code create()}) on a thread of its
 * own, under a time limit: an {@link Error} such as a stack overflow, a null, an exception or a
 * call that never returns becomes a failure to describe, never a stack trace or a hang. A call
 * that runs past the limit is abandoned on its daemon thread.
 *
 * <p>The limit is 10 s, or the system property {@value #LIMIT_PROPERTY} in milliseconds.
 */
final class PluginCall {

    static final String LIMIT_PROPERTY = "corridorsim.plugin.timeout.ms";
    private static final long DEFAULT_LIMIT_MS = 10_000;
    private static final AtomicInteger THREADS = new AtomicInteger();

    /** The value, or why there is none. */
    record Result<T>(T value, String failure, boolean timedOut) {
        boolean failed() {
            return failure != null;
        }
    }

    private PluginCall() {
    }

    static long limitMillis() {
        return Math.max(1, Long.getLong(LIMIT_PROPERTY, DEFAULT_LIMIT_MS));
    }

    /**
     * Runs {@code body}; {@code what} names the call in the failure, e.g. {@code "name()"}. A
     * null result is a failure. {@code passThrough} exceptions are rethrown as they are (e.g. the
     * located errors a provider reports through {@code PolicyParameters.error}).
     */
    static <T> Result<T> call(String what, Callable<T> body, Class<? extends RuntimeException> passThrough) {
        CompletableFuture<T> future = new CompletableFuture<>();
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        Thread thread = new Thread(() -> {
            try {
                future.complete(body.call());
            } catch (Throwable e) {
                future.completeExceptionally(e);
            }
        }, "corridorsim-plugin-call-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        thread.setContextClassLoader(context);
        thread.start();
        long limit = limitMillis();
        try {
            T value = future.get(limit, TimeUnit.MILLISECONDS);
            return value == null ? new Result<>(null, what + " returned null", false) : new Result<>(value, null, false);
        } catch (TimeoutException e) {
            thread.interrupt();
            return new Result<>(null, what + " did not return within " + seconds(limit)
                    + " (it loops or waits; the call was abandoned)", true);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (passThrough != null && passThrough.isInstance(cause)) {
                throw passThrough.cast(cause);
            }
            return new Result<>(null, what + " failed: " + describe(cause), false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            thread.interrupt();
            return new Result<>(null, what + " was interrupted", true);
        }
    }

    static String describe(Throwable e) {
        Throwable shown = e instanceof java.util.ServiceConfigurationError && e.getCause() != null ? e.getCause() : e;
        String message = shown.getMessage();
        return shown.getClass().getSimpleName()
                + (message == null || shown instanceof StackOverflowError ? "" : ": " + message.strip());
    }

    private static String seconds(long millis) {
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    /** Where a class was loaded from, e.g. its jar, for messages. */
    static String where(Class<?> type) {
        try {
            CodeSource source = type.getProtectionDomain().getCodeSource();
            return source == null || source.getLocation() == null ? "an unknown location" : source.getLocation().getPath();
        } catch (SecurityException e) {
            return "an unknown location";
        }
    }

    /** Whether {@code type} is one of CorridorSim's built-in providers, which are called directly. */
    static boolean builtIn(Class<?> type) {
        return type.getName().startsWith("org.corridorsim.policy.builtin.") && where(type).equals(where(PluginCall.class));
    }
}
