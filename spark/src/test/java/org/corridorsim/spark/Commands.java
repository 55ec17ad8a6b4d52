package org.corridorsim.spark;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/** Runs the command line, on the local threads or on Spark, in this JVM and keeps what it printed. */
final class Commands {

    /** What a command returned and printed. */
    record Ran(int code, String out, String err) {
    }

    private Commands() {
    }

    static Ran cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of(args));
        if (all.get(0).equals("run") || all.get(0).equals("sweep") || all.get(0).equals("compare")
                || all.get(0).equals("attribute")) {
            all.add("--no-progress");
        }
        int code = org.corridorsim.cli.Main.execute(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        return new Ran(code, out.toString(), err.toString());
    }

    /** The same command line, its simulations on the Spark backend (the arguments name the master). */
    static Ran spark(Fault fault, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        SparkBackend.fault = fault;
        try {
            int code = org.corridorsim.cli.Main.execute(args, new PrintWriter(out), new PrintWriter(err));
            return new Ran(code, out.toString(), err.toString());
        } finally {
            SparkBackend.fault = Fault.NONE;
        }
    }

    static Ran spark(String... args) {
        return spark(Fault.NONE, args);
    }
}
