package org.corridorsim.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;

class SparkBackendTest {

    @Test
    void aLocalMasterRunsOnLoopbackWithoutUi() {
        SparkConf conf = SparkBackend.conf("local[3]", "test");
        assertEquals("local[3]", conf.get("spark.master"));
        assertEquals("127.0.0.1", conf.get("spark.driver.host"));
        assertEquals("127.0.0.1", conf.get("spark.driver.bindAddress"));
        assertEquals("false", conf.get("spark.ui.enabled"));
    }

    @Test
    void aClusterIsNotBoundToLoopback() {
        SparkConf conf = SparkBackend.conf("spark://10.1.2.3:7077", "test");
        assertEquals("spark://10.1.2.3:7077", conf.get("spark.master"));
        assertFalse(conf.contains("spark.driver.bindAddress"));
    }
}
