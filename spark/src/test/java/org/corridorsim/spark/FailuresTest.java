package org.corridorsim.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FailuresTest {

    @Test
    void theMessageIsTheThreadedRunnersAndTheFrameIsTheFirstOutsideTheJdk() {
        IllegalStateException e = thrower();
        assertEquals("IllegalStateException: no lanes left", Failures.message(e));
        assertTrue(Failures.where(e).startsWith("org.corridorsim.spark.FailuresTest.thrower(FailuresTest.java:"),
                Failures.where(e));
        Replica failed = Replica.failed(0, 4, Failures.message(e), Failures.where(e));
        assertTrue(failed.failed());
        assertEquals("IllegalStateException: no lanes left (in " + Failures.where(e) + ")", failed.describe());
    }

    @Test
    void anExceptionWithoutMessageIsNamed() {
        assertEquals("NullPointerException: java.lang.NullPointerException",
                Failures.message(new NullPointerException()));
    }

    private static IllegalStateException thrower() {
        try {
            java.util.Objects.requireNonNull(null, "x");
        } catch (NullPointerException ignored) {
            // only to have a JDK frame below ours
        }
        return new IllegalStateException("no lanes left");
    }
}
