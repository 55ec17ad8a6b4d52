package org.corridorsim.spark;

/** Says where a replication failed, in one line: the exception and the code it came from. */
final class Failures {

    private Failures() {
    }

    /**
     * The exception, then the first frame outside the JDK, which names the policy or model
     * component that threw, e.g. {@code java.lang.IllegalStateException: no lanes (in
     * com.example.MyPolicy.decide(MyPolicy.java:31))}.
     */
    static String describe(Throwable e) {
        StringBuilder text = new StringBuilder(e.toString());
        for (StackTraceElement frame : e.getStackTrace()) {
            String type = frame.getClassName();
            if (!type.startsWith("java.") && !type.startsWith("jdk.") && !type.startsWith("sun.")) {
                text.append(" (in ").append(frame).append(')');
                break;
            }
        }
        return text.toString();
    }
}
