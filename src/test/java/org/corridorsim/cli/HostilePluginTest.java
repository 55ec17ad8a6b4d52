package org.corridorsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plugins that misbehave in name() or create(): an Error, a null, a stack overflow, a call that
 * never returns, System.exit, and a pipe named *.jar. Each gives one line naming the class and the
 * jar, never a trace or a hang, and only to scenarios that use it.
 */
class HostilePluginTest {

    /** Sleeps forever, ignoring interrupts: a hang that costs no CPU while the test suite goes on. */
    private static final String HANG = "while (true) { try { Thread.sleep(1000); } catch (InterruptedException e) { } }";

    @TempDir
    static Path dir;

    private static Path plugins;

    private static String provider(String simpleName, String nameBody, String createBody) {
        return """
                package com.example.hostile;

                import org.corridorsim.policy.*;

                public final class %s implements PolicyProvider {
                    private static int depth(int n) { return depth(n + 1) + 1; }

                    @Override
                    public String name() { %s }

                    @Override
                    public BlockingPolicy create(String id, PolicyParameters parameters) {
                        %s
                        return new BlockingPolicy() {
                            @Override public String id() { return id; }
                            @Override public Enforcement start(PolicyContext context) { return (s, g) -> Decision.PASS; }
                        };
                    }
                }
                """.formatted(simpleName, nameBody, createBody);
    }

    @BeforeAll
    static void buildTheJars() throws IOException, URISyntaxException, InterruptedException {
        System.setProperty("corridorsim.plugin.timeout.ms", "300");
        plugins = Files.createDirectories(dir.resolve("plugins"));
        Map<String, String[]> cases = Map.of(
                "ErrorName", new String[] {"throw new Error(\"licence check\");", ""},
                "NullName", new String[] {"return null;", ""},
                "HangingName", new String[] {HANG, ""},
                "OverflowCreate", new String[] {"return \"overflow\";", "depth(0);"},
                "HangingCreate", new String[] {"return \"hang-create\";", "if (id != null) { " + HANG + " }"},
                "ExitCreate", new String[] {"return \"exit-create\";", "System.exit(0);"});
        Map<Path, Map<String, String>> jars = new java.util.HashMap<>();
        for (Map.Entry<String, String[]> c : cases.entrySet()) {
            jars.put(plugins.resolve(c.getKey().toLowerCase() + ".jar"), Map.of(
                    "com.example.hostile." + c.getKey(), provider(c.getKey(), c.getValue()[0], c.getValue()[1])));
        }
        PluginJar.buildEach(dir, jars); // one compiler run for the six jars
        Process mkfifo = new ProcessBuilder("mkfifo", plugins.resolve("fifo.jar").toString()).start();
        assertEquals(0, mkfifo.waitFor());
    }

    @AfterAll
    static void restoreTheLimit() {
        System.clearProperty("corridorsim.plugin.timeout.ms");
    }

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    private static Path scenarioUsing(String policy) throws IOException {
        Path file = dir.resolve(policy + ".yaml");
        Files.writeString(file, Files.readString(Path.of("scenarios/example-minimal.yaml"))
                + "blocking:\n  - {id: p, policy: " + policy + "}\n");
        return file;
    }

    @Test
    void validateOfAFileThatUsesNoPluginIsUnaffected() {
        CommandRun r = run("validate", "scenarios/example-minimal.yaml", "--plugins", plugins.toString());
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(r.err().isEmpty(), r.err());
    }

    @Test
    void aStackOverflowInCreateIsOneLocatedLineNamingTheClassAndTheJar() throws IOException {
        CommandRun r = run("validate", scenarioUsing("overflow").toString(), "--plugins", plugins.toString());
        assertEquals(Main.INVALID, r.code());
        List<String> lines = r.err().lines().toList();
        assertEquals(2, lines.size(), r.err());
        assertTrue(lines.get(0).contains("blocking[0]: policy 'overflow' could not be created: create() failed: "
                + "StackOverflowError in com.example.hostile.OverflowCreate (") && lines.get(0).contains("overflowcreate.jar"),
                lines.get(0));
        assertFalse(r.err().contains("\tat "));
    }

    @Test
    void aCreateThatNeverReturnsIsStoppedByTheTimeLimit() throws IOException {
        long start = System.nanoTime();
        CommandRun r = run("validate", scenarioUsing("hang-create").toString(), "--plugins", plugins.toString());
        assertEquals(Main.INVALID, r.code());
        assertTrue(r.err().contains("policy 'hang-create' could not be created: create() did not return within 300 ms")
                && r.err().contains("hangingcreate.jar"), r.err());
        assertTrue(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start) < 30, "no hang");
    }

    @Test
    void anUnknownPolicyListsTheProvidersThatFailedEachWithItsClassAndJar() throws IOException {
        CommandRun r = run("validate", scenarioUsing("no-such-policy").toString(), "--plugins", plugins.toString());
        assertEquals(Main.INVALID, r.code());
        String err = r.err();
        assertTrue(err.contains("com.example.hostile.ErrorName (") && err.contains("name() failed: Error: licence check"),
                err);
        assertTrue(err.contains("com.example.hostile.NullName (") && err.contains("name() returned null"), err);
        assertTrue(err.contains("com.example.hostile.HangingName (") && err.contains("name() did not return within"),
                err);
        assertTrue(err.contains("fifo.jar was not loaded: not a regular file"), err);
        assertFalse(err.contains("\tat ") || err.contains("internal error"), err);
    }

    @Test
    void systemExitFromAPluginIsReportedAsThePluginsWithANonZeroStatus() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        // the same short plugin limit as in this JVM, so the hanging name() is given up quickly
        Process process = new ProcessBuilder(java.toString(), "-Dcorridorsim.plugin.timeout.ms=300", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "validate", scenarioUsing("exit-create").toString(), "--plugins",
                plugins.toString()).redirectErrorStream(true).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "no hang");
        String output = new String(process.getInputStream().readAllBytes());
        assertEquals(Main.FAILURE, process.exitValue(), output);
        assertTrue(output.contains("plugin code called System.exit in com.example.hostile.ExitCreate.create"), output);
        assertFalse(output.contains("signal") || output.contains("interrupted"), output);
    }
}
