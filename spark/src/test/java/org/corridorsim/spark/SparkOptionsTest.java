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
}
