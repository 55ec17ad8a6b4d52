package org.corridorsim.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.corridorsim.policy.BlockingPolicy;
import org.corridorsim.policy.Decision;
import org.corridorsim.policy.Enforcement;
import org.corridorsim.policy.PolicyContext;
import org.corridorsim.policy.PolicyParameters;
import org.corridorsim.policy.PolicyProvider;
import org.corridorsim.scenario.Scenario;
import org.corridorsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** A plugin that sets its thread's interrupt flag must not stop or shorten a fit. */
class FitPluginInterruptTest {

    /** Passes every group, but restores an "interrupt" as code that caught InterruptedException does. */
    static final class SelfInterrupting implements PolicyProvider {
        @Override
        public String name() {
            return "self-interrupting";
        }

        @Override
        public BlockingPolicy create(String id, PolicyParameters parameters) {
            return new BlockingPolicy() {
                @Override
                public String id() {
                    return id;
                }

                @Override
                public Enforcement start(PolicyContext context) {
                    return (stage, group) -> {
                        Thread.currentThread().interrupt();
                        return Decision.PASS;
                    };
                }
            };
        }
    }

    private static Scenario scenario(boolean withPlugin) throws IOException {
        List<PolicyProvider> providers = new ArrayList<>();
        ServiceLoader.load(PolicyProvider.class).forEach(providers::add);
        providers.add(new SelfInterrupting());
        String text = Files.readString(Path.of("src/test/resources/inference/thinning.yaml"));
        if (withPlugin) {
            text = text.replace("blocking:\n", "blocking:\n  - {id: nag, policy: self-interrupting}\n")
                    .replace("policies: [intercept]", "policies: [intercept, nag]");
        }
        return new ScenarioLoader(providers).parse(text, "thinning.yaml");
    }

    @Test
    void theFitRunsToTheEndOnOneAndOnTwoThreads() throws Exception {
        FitResult plain = Fit.of(scenario(false)).particles(100).seed(3).predictiveDraws(5).run();
        for (int threads : new int[] {1, 2}) {
            FitResult fitted = Fit.of(scenario(true)).particles(100).seed(3).predictiveDraws(5).threads(threads).run();
            assertFalse(Thread.interrupted(), "the caller is not left interrupted");
            assertEquals(plain.stop(), fitted.stop());
            assertEquals(plain.generations(), fitted.generations());
            assertEquals(plain.simulations(), fitted.simulations());
        }
    }
}
