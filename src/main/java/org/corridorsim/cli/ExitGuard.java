package org.corridorsim.cli;

import java.io.PrintStream;
import java.util.Map;

/**
 * Catches {@code System.exit} called by plugin code: the JVM's shutdown then finds no exit of
 * CorridorSim's own and no signal, so it names the class that called it on one line and ends the
 * process with {@link Main#FAILURE} instead of the status the plugin chose (often 0, which would
 * pass for success). A run's journal keeps what completed, so {@code --resume} continues it.
 */
final class ExitGuard {

    private static volatile boolean ours;

    private ExitGuard() {
    }

    /** Watches the process's shutdown; called once by {@link Main#main}. */
    static void install(PrintStream err) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            String caller = foreignCaller();
            if (caller != null) {
                err.println("corridorsim: plugin code called System.exit in " + caller + "; a plugin must not end "
                        + "the process. Stopped with exit status " + Main.FAILURE + "; a run's completed replications "
                        + "are journalled (--resume continues)");
                err.flush();
                Runtime.getRuntime().halt(Main.FAILURE);
            }
        }, "corridorsim-exit-guard"));
    }

    /** CorridorSim itself exits now with the command's status. */
    static void exiting() {
        ours = true;
    }

    /**
     * The class and method that called {@code System.exit} or {@code Runtime.exit}, when that is
     * not CorridorSim's own exit and not the JDK's (a signal); null otherwise.
     */
    static String foreignCaller() {
        if (ours) {
            return null;
        }
        for (Map.Entry<Thread, StackTraceElement[]> entry : Thread.getAllStackTraces().entrySet()) {
            StackTraceElement[] stack = entry.getValue();
            for (int i = 0; i < stack.length; i++) {
                if (!stack[i].getClassName().equals("java.lang.Runtime") || !stack[i].getMethodName().equals("exit")) {
                    continue;
                }
                int c = i + 1;
                while (c < stack.length && (stack[c].getClassName().equals("java.lang.System")
                        || stack[c].getClassName().equals("java.lang.Runtime"))) {
                    c++;
                }
                if (c >= stack.length) {
                    return null;
                }
                String type = stack[c].getClassName();
                if (type.startsWith("java.") || type.startsWith("jdk.") || type.startsWith("sun.")
                        || type.equals(Main.class.getName())) {
                    return null;
                }
                return type + "." + stack[c].getMethodName() + " (thread " + entry.getKey().getName() + ")";
            }
        }
        return null;
    }
}
