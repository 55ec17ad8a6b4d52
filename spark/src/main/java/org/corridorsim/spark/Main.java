package org.corridorsim.spark;

import org.corridorsim.cli.Backend;

/**
 * {@code corridorsim-spark}: the command line's {@link org.corridorsim.cli.Main}, with the same
 * commands, options and output, whose simulations run on Spark unless {@code --master} says
 * otherwise: on the master that spark-submit gives, else {@value #DEFAULT_MASTER}.
 *
 * <pre>
 * spark-submit --class org.corridorsim.spark.Main corridorsim-spark.jar run scenarios/aleppo-2016-10.yaml -r 100000
 * </pre>
 */
public final class Main {

    static final String DEFAULT_MASTER = "local[*]";

    private Main() {
    }

    /**
     * Runs the command line on Spark and exits with its exit code.
     *
     * @param args the command and its options, as for {@code corridorsim}
     */
    public static void main(String[] args) {
        if (System.getProperty(Backend.MASTER_PROPERTY) == null) {
            System.setProperty(Backend.MASTER_PROPERTY, System.getProperty("spark.master", DEFAULT_MASTER));
        }
        org.corridorsim.cli.Main.main(args);
    }
}
