package org.corridorsim.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;

class SparkOptionsTest {

    @Test
    void withoutMasterALocalRunUsesEveryCoreOnLoopbackWithoutUi() {
        SparkOptions options = new SparkOptions();
        String before = System.clearProperty("spark.master");
        try {
            SparkConf conf = options.conf("test");
            assertEquals("local[*]", conf.get("spark.master"));
            assertEquals("127.0.0.1", conf.get("spark.driver.host"));
            assertEquals("127.0.0.1", conf.get("spark.driver.bindAddress"));
            assertEquals("false", conf.get("spark.ui.enabled"));
        } finally {
            if (before != null) {
                System.setProperty("spark.master", before);
            }
        }
    }

    @Test
    void theMasterOfSparkSubmitIsKeptAndAClusterIsNotBoundToLoopback() {
        SparkOptions options = new SparkOptions();
        String before = System.setProperty("spark.master", "spark://10.1.2.3:7077");
        try {
            SparkConf conf = options.conf("test");
            assertEquals("spark://10.1.2.3:7077", conf.get("spark.master"));
            assertFalse(conf.contains("spark.driver.bindAddress"));
            options.master = "local[3]";
            assertEquals("local[3]", options.conf("test").get("spark.master"), "--master wins");
        } finally {
            if (before == null) {
                System.clearProperty("spark.master");
            } else {
                System.setProperty("spark.master", before);
            }
        }
    }

    @Test
    void partitionsMustBePositive() {
        SparkOptions options = new SparkOptions();
        assertEquals(0, options.partitions(), "0 stands for the default");
        options.partitions = 0;
        assertThrows(IllegalArgumentException.class, options::partitions);
    }

    @Test
    void aBadMasterIsOneLineWithExitTwoBeforeSparkStarts() {
        java.io.StringWriter err = new java.io.StringWriter();
        int code = Main.execute(new String[] {"run", "../scenarios/example-minimal.yaml", "-r", "1", "--master", "nonsense",
            "-o", "target/bad-master"}, new java.io.PrintWriter(new java.io.StringWriter()), new java.io.PrintWriter(err));
        assertEquals(Main.INVALID, code, err.toString());
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertFalse(err.toString().contains("\tat "), err.toString());
        org.junit.jupiter.api.Assertions.assertTrue(err.toString().contains("--master nonsense is not a Spark master URL"),
                err.toString());
    }
}
