package org.corridorsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.corridorsim.model.EvacuationModel;
import org.corridorsim.policy.BlockingPolicy;
import org.corridorsim.policy.Decision;
import org.corridorsim.policy.Enforcement;
import org.corridorsim.policy.PolicyContext;
import org.junit.jupiter.api.Test;

/**
 * A plugin that sets its own thread's interrupt flag (the usual idiom after catching an
 * InterruptedException) must not shorten a run: only a real stop of the run may.
 */
class PluginInterruptFlagTest {

    private static final BlockingPolicy SELF_INTERRUPTING = new BlockingPolicy() {
        @Override
        public String id() {
            return "restore-interrupt";
        }

        @Override
        public Enforcement start(PolicyContext context) {
            return (stage, group) -> {
                Thread.currentThread().interrupt();
                return Decision.PASS;
            };
        }
    };

    private static EvacuationModel model() {
        return Models.checkpoints(1, 1, List.of(SELF_INTERRUPTING));
    }

    @Test
    void everyReplicationCompletesOnOneThread() {
        ExperimentResult result = Experiment.of(model()).replications(30).threads(1).run();
        assertTrue(result.complete());
        assertEquals(30, result.replications());
        assertTrue(!Thread.interrupted(), "the caller's thread is not left interrupted");
    }

    @Test
    void everyReplicationCompletesOnSeveralThreadsAndEqualsTheRunWithoutThePlugin() {
        ExperimentResult interrupted = Experiment.of(model()).replications(30).threads(3).run();
        ExperimentResult oneThread = Experiment.of(model()).replications(30).threads(1).run();
        assertTrue(interrupted.complete());
        assertEquals(30, interrupted.replications());
        assertEquals(oneThread.summary("evacuated"), interrupted.summary("evacuated"));
    }
}
