package org.corridorsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.corridorsim.model.EvacuationModel;
import org.corridorsim.policy.BlockingPolicy;
import org.corridorsim.policy.Decision;
import org.corridorsim.policy.Enforcement;
import org.corridorsim.policy.PolicyContext;
import org.junit.jupiter.api.Test;

/** Replications that would never end: zero-time cycles, huge event counts, plugins that hang. */
class RunawayReplicationTest {

    private static BlockingPolicy policy(String id, Enforcement enforcement) {
        return new BlockingPolicy() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public Enforcement start(PolicyContext context) {
                return enforcement;
            }
        };
    }

    @Test
    void aPluginThatDelaysByZeroFailsItsReplicationNamingThePolicyAndTheInstant() {
        EvacuationModel model = Models.checkpoints(1, 1, List.of(policy("stall", (stage, group) -> Decision.delay(0))))
                .limitEvents(10_000, 1_000_000_000L);
        ExperimentFailure failure = assertThrows(ExperimentFailure.class,
                () -> Experiment.of(model).replications(3).threads(2).run());
        String message = failure.partial().failure().orElseThrow().message();
        assertEquals(0, failure.replication().getAsInt(), "the first replication to run is the lowest to fail");
        assertTrue(message.contains("more than 10000 events at simulated time"), message);
        assertTrue(message.contains("blocking policy 'stall'"), message);
        assertTrue(failure.getMessage().contains("replication 0"), failure.getMessage());
    }

    @Test
    void aReplicationOverTheEventBudgetFails() {
        EvacuationModel model = Models.checkpoint(1).limitEvents(1000, 50);
        ExperimentFailure failure = assertThrows(ExperimentFailure.class, () -> Experiment.of(model).run());
        assertTrue(failure.getCause().getMessage().contains("event budget of 50 events"), failure.getCause().getMessage());
    }

    @Test
    void aPluginThatSleepsIsStoppedByTheReplicationTimeoutAndCompletedReplicationsAreKept() {
        int[] calls = new int[1];
        BlockingPolicy sleeper = new BlockingPolicy() {
            @Override
            public String id() {
                return "sleeper";
            }

            @Override
            public Enforcement start(PolicyContext context) {
                boolean hang = context.stream("hang").nextInt(4) == 0;
                return (stage, group) -> {
                    if (hang) {
                        while (true) {
                            // a busy loop that ignores interrupts, the worst case
                            calls[0]++;
                        }
                    }
                    return Decision.PASS;
                };
            }
        };
        EvacuationModel model = Models.checkpoints(1, 1, List.of(sleeper));
        long start = System.nanoTime();
        ExperimentFailure failure = assertThrows(ExperimentFailure.class, () -> Experiment.of(model).replications(40)
                .threads(2).replicationTimeout(Duration.ofMillis(300)).run());
        assertTrue(System.nanoTime() - start < 20_000_000_000L, "returned although the loop never ends");
        assertTrue(failure.getCause() instanceof ReplicationTimeout, String.valueOf(failure.getCause()));
        assertTrue(failure.getCause().getMessage().contains("replication timeout of 300ms"),
                failure.getCause().getMessage());
        ExperimentResult partial = failure.partial();
        assertFalse(partial.complete());
        assertEquals(failure.replication().getAsInt(), partial.failure().orElseThrow().replication());
        assertTrue(partial.replications() < 40);
    }

    @Test
    void aNegativeTimeoutIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> Experiment.of(Models.checkpoint(1)).replicationTimeout(Duration.ofSeconds(-1)));
    }

    @Test
    void anOutcomeThatFinishesAfterTheCallerWasInterruptedTouchesNeitherTheFoldNorTheJournal() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(1);
        BlockingPolicy stuck = new BlockingPolicy() {
            @Override
            public String id() {
                return "stuck";
            }

            @Override
            public Enforcement start(PolicyContext context) {
                entered.countDown();
                boolean waiting = true;
                while (waiting) {
                    try {
                        release.await();
                        waiting = false;
                    } catch (InterruptedException ignored) {
                        // a plugin that ignores interrupts: its replication ends after the caller gave up
                    }
                }
                return (stage, group) -> Decision.PASS;
            }
        };
        EvacuationModel model = Models.checkpoints(1, 1, List.of(stuck));
        AtomicInteger listened = new AtomicInteger();
        AtomicReference<ExperimentFailure> thrown = new AtomicReference<>();
        Thread caller = new Thread(() -> {
            try {
                Experiment.of(model).replications(3).threads(1).recordTo(outcome -> {
                    listened.incrementAndGet();
                    finished.countDown();
                }).run();
            } catch (ExperimentFailure e) {
                thrown.set(e);
            }
        });
        caller.start();
        assertTrue(entered.await(30, TimeUnit.SECONDS), "the replication started");
        caller.interrupt();
        caller.join(30_000);
        assertFalse(caller.isAlive(), "the interrupted caller returned");
        assertEquals(0, thrown.get().partial().replications(), "nothing had completed when it was interrupted");
        release.countDown();
        assertFalse(finished.await(2, TimeUnit.SECONDS), "the late outcome reached the journal");
        assertEquals(0, listened.get());
    }
}
