package org.corridorsim.experiment;

import java.time.Duration;

/**
 * A replication that failed in another process, e.g. on a cluster's executor, as it failed
 * there: the original exception's type name, message and stack trace, so that what is reported
 * and written reads exactly as for a replication that failed on this machine.
 *
 * @serial exclude
 */
public final class ReplicationFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String type;

    private ReplicationFailure(String type, String message, StackTraceElement[] trace) {
        super(message, null, false, true);
        this.type = type;
        setStackTrace(trace);
    }

    /**
     * The failure as it happened elsewhere.
     *
     * @param type the exception's class name, e.g. {@code java.lang.IllegalStateException}
     * @param message its message; may be null
     * @param trace its stack trace
     * @return the failure, for {@link Replicator#run}'s result
     */
    public static RuntimeException of(String type, String message, StackTraceElement[] trace) {
        return new ReplicationFailure(type, message, trace);
    }

    /**
     * A replication that ran longer than the replication timeout elsewhere.
     *
     * @param replication its index
     * @param limit the timeout
     * @return the failure, as the local threads report it
     */
    public static RuntimeException timeout(int replication, Duration limit) {
        return new ReplicationTimeout(replication, limit);
    }

    /** {@return the simple name of the original exception's class} */
    String simpleName() {
        String name = type.substring(type.lastIndexOf('.') + 1);
        return name.substring(name.lastIndexOf('$') + 1);
    }

    @Override
    public String toString() {
        String message = getLocalizedMessage();
        return message != null ? type + ": " + message : type;
    }
}
