package org.corridorsim.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import picocli.CommandLine.Option;

/** {@code --master} and {@code --partitions}: where the replications run and in how many tasks. */
final class SparkOptions {

    static final String DEFAULT_MASTER = "local[*]";

    @Option(names = "--master", paramLabel = "URL",
            description = {"Spark master, e.g. local[4], spark://host:7077, yarn (default: the one spark-submit "
                    + "gives, else " + DEFAULT_MASTER + ")."})
    String master;

    @Option(names = "--partitions", paramLabel = "N",
            description = {"Spark tasks per job (default: 3 per core, and at most "
                    + SparkReplications.MAX_PER_PARTITION + " replications each). Results do not depend on it."})
    Integer partitions;

    /** The partitions asked for, or 0 for the default. */
    int partitions() {
        if (partitions != null && partitions < 1) {
            throw new IllegalArgumentException("--partitions must be at least 1, got " + partitions);
        }
        return partitions == null ? 0 : partitions;
    }

    /**
     * Spark's settings: those of spark-submit or {@code -Dspark.*} first, then {@code --master}. A
     * local master binds to 127.0.0.1 and has no web UI unless set otherwise.
     */
    SparkConf conf(String appName) {
        SparkConf conf = new SparkConf(true).setAppName(appName);
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster(DEFAULT_MASTER);
        }
        if (conf.get("spark.master").startsWith("local")) {
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
            conf.setIfMissing("spark.ui.enabled", "false");
        }
        return conf;
    }

    /** The forms of master URL Spark accepts, checked before Spark prints a stack trace for another. */
    private static final java.util.regex.Pattern MASTER = java.util.regex.Pattern.compile(
            "local(\\[(\\*|[1-9][0-9]*)(,\\s*[0-9]+)?\\])?|local-cluster\\[[0-9]+,\\s*[0-9]+,\\s*[0-9]+\\]"
                    + "|spark://\\S+|yarn|k8s://\\S+|mesos://\\S+");

    JavaSparkContext start(String appName) {
        SparkConf conf = conf(appName);
        String url = conf.get("spark.master");
        if (!MASTER.matcher(url).matches()) {
            throw CommandFailure.invalid("corridorsim-spark: --master " + url + " is not a Spark master URL; give "
                    + "local, local[4], local[*], spark://host:7077, yarn or k8s://https://host:443");
        }
        JavaSparkContext context;
        try {
            context = new JavaSparkContext(conf);
        } catch (Exception e) {
            String first = String.valueOf(e.getMessage()).lines().findFirst().orElse("").strip();
            throw CommandFailure.invalid("corridorsim-spark: cannot start Spark with --master " + url + ": " + first);
        }
        context.setLogLevel("WARN");
        return context;
    }
}
