package org.corridorsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run that stopped part-way keeps its journal; {@code --resume} with another plugin jar, another
 * seed or other overrides is refused with exit 2 and names what changed, so that no result set
 * mixes replications of two models.
 */
class PluginResumeTest {

    /** The wall's policy fails its third replication, so the run stops with two journalled. */
    private static final String SOURCE = """
            package com.example.wall;

            import java.util.concurrent.atomic.AtomicInteger;
            import org.corridorsim.policy.BlockingPolicy;
            import org.corridorsim.policy.Decision;
            import org.corridorsim.policy.Enforcement;
            import org.corridorsim.policy.PolicyContext;
            import org.corridorsim.policy.PolicyParameters;
            import org.corridorsim.policy.PolicyProvider;
            import org.corridorsim.policy.Stage;

            public final class WallProvider implements PolicyProvider {
                private static final AtomicInteger STARTS = new AtomicInteger();

                @Override
                public String name() {
                    return "wall";
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
                            if (STARTS.incrementAndGet() == 3) {
                                throw new IllegalStateException("the wall fails its third replication");
                            }
                            return (stage, group) -> stage == Stage.STAGE ? Decision.TURN_BACK : Decision.PASS;
                        }
                    };
                }
            }
            """;

    @TempDir
    static Path dir;

    private static Path first;
    private static Path second;
    private static Path scenario;
    private static Path out;

    @BeforeAll
    static void runUntilTheWallFails() throws IOException, URISyntaxException {
        first = PluginJar.build(dir, dir.resolve("one/wall.jar"),
                Map.of("com.example.wall.WallProvider", SOURCE.replace("STAGE", "APPROACH")));
        second = PluginJar.build(dir, dir.resolve("two/wall.jar"),
                Map.of("com.example.wall.WallProvider", SOURCE.replace("STAGE", "CHECKPOINT")));
        scenario = dir.resolve("walled.yaml");
        Files.writeString(scenario, Files.readString(Path.of("scenarios/example-minimal.yaml"))
                .replace("id: example-minimal", "id: walled") + "blocking:\n  - {id: the-wall, policy: wall}\n");
        out = dir.resolve("out");
        StringWriter err = new StringWriter();
        int code = run(err, "run", scenario.toString(), "-p", first.toString(), "-r", "6", "-t", "1", "-s", "5",
                "-o", out.toString());
        assertNotEquals(Main.OK, code, "the third replication fails: " + err);
        assertTrue(err.toString().contains("--resume"), "the failure keeps the journal and says how to resume: " + err);
    }

    private static int run(StringWriter err, String... args) {
        return Main.execute(args, new PrintWriter(new StringWriter()), new PrintWriter(err));
    }

    private static String resume(String... extra) {
        String[] base = {"run", scenario.toString(), "-r", "6", "-t", "1", "-o", out.toString(), "--no-progress",
            "--no-report", "--resume"};
        String[] args = java.util.Arrays.copyOf(base, base.length + extra.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        StringWriter err = new StringWriter();
        assertEquals(Main.INVALID, run(err, args), err.toString());
        assertTrue(err.toString().startsWith("corridorsim: cannot resume: the journal "), err.toString());
        assertTrue(!err.toString().contains("\tat "), err.toString());
        return err.toString();
    }

    @Test
    void anotherPluginJarIsRefusedAndNamed() {
        String err = resume("-p", second.toString(), "-s", "5");
        assertTrue(err.contains("(changed: plugin jars)"), err);
    }

    @Test
    void anotherSeedIsRefusedAndNamed() {
        String err = resume("-p", first.toString(), "-s", "6");
        assertTrue(err.contains("(changed: seed)"), err);
    }

    @Test
    void anotherOverrideAndJarAreRefusedAndBothNamed() {
        String err = resume("-p", second.toString(), "-s", "5", "--set", "corridors.north.checkpoint.lanes=3", "--force");
        assertTrue(err.contains("(changed: overrides, plugin jars)"), err);
    }

    @Test
    void theJournalSurvivesEveryRefusal() throws IOException {
        resume("-p", second.toString(), "-s", "5");
        Path work = dir.resolve(".out.corridorsim");
        assertTrue(Files.size(work.resolve("journal")) > 100, "the journal is kept");
    }
}
