package org.corridorsim.spark;

/** Says why and where a replication failed, in the command line's words. */
final class Failures {

    private Failures() {
    }

    /** As the threaded runner records it: {@code IllegalStateException: no lanes}. */
    static String message(Throwable e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        return e.getClass().getSimpleName() + ": " + message;
    }

    /**
     * The first frame outside the JDK, which names the policy or model component that threw,
     * e.g. {@code com.example.MyPolicy.decide(MyPolicy.java:31)}; empty if there is none.
     */
    static String where(Throwable e) {
        for (StackTraceElement frame : e.getStackTrace()) {
            String type = frame.getClassName();
            if (!type.startsWith("java.") && !type.startsWith("jdk.") && !type.startsWith("sun.")) {
                return frame.toString();
            }
        }
        return "";
    }
}
