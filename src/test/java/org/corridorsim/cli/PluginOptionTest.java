package org.corridorsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --plugins DIR} and {@code -p JAR}: a policy provider compiled here, packed into a jar
 * with its service file, and not on the test class path, is found only through the option.
 */
class PluginOptionTest {

    private static final String SOURCE = """
            package com.example.wall;

            import org.corridorsim.policy.BlockingPolicy;
            import org.corridorsim.policy.Decision;
            import org.corridorsim.policy.Enforcement;
            import org.corridorsim.policy.PolicyContext;
            import org.corridorsim.policy.PolicyParameters;
            import org.corridorsim.policy.PolicyProvider;
            import org.corridorsim.policy.Stage;

            public final class WallProvider implements PolicyProvider {
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
                            return (stage, group) -> stage == Stage.APPROACH ? Decision.TURN_BACK : Decision.PASS;
                        }
                    };
                }
            }
            """;

    @TempDir
    Path dir;

    private Path jar;
    private Path scenario;

    @BeforeEach
    void buildThePluginJar() throws IOException, URISyntaxException {
        jar = PluginJar.build(dir, dir.resolve("plugins/wall-policy.jar"), Map.of("com.example.wall.WallProvider", SOURCE));
        scenario = dir.resolve("walled.yaml");
        Files.writeString(scenario, Files.readString(Path.of("scenarios/example-minimal.yaml"))
                .replace("id: example-minimal", "id: walled")
                + "blocking:\n  - {id: the-wall, policy: wall}\n");
    }

    private record Result(int code, String out, String err) { }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void withoutThePluginThePolicyIsUnknown() {
        Result r = run("validate", scenario.toString());
        assertEquals(Main.INVALID, r.code());
        assertTrue(r.err().contains("unknown policy 'wall'"), r.err());
    }

    @Test
    void dashPLoadsTheJarAndItsPolicyStopsEveryone() throws IOException {
        Path out = dir.resolve("out");
        Result r = run("run", scenario.toString(), "-p", jar.toString(), "-r", "2", "-o", out.toString(),
                "--no-progress", "--no-report");
        assertEquals(Main.OK, r.code(), r.err());
        JsonNode metrics = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).get("metrics");
        assertEquals(0, metrics.get("evacuated").get("mean").asDouble());
        assertTrue(metrics.get("blocked.the-wall").get("mean").asDouble() > 0);
        assertEquals(metrics.get("blocked").get("mean").asDouble(), metrics.get("blocked.the-wall").get("mean").asDouble());
    }

    @Test
    void pluginsDirLoadsEveryJarInIt() {
        Result r = run("validate", scenario.toString(), "--plugins", jar.getParent().toString());
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(r.out().contains("1 blocking policy"), r.out());
    }

    @Test
    void aBrokenPluginMattersOnlyToScenariosThatNameAnUnknownPolicy() throws IOException {
        Path broken = dir.resolve("broken.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(broken))) {
            PluginJar.add(out, "META-INF/services/org.corridorsim.policy.PolicyProvider",
                    "com.example.missing.NoSuchProvider\n".getBytes(StandardCharsets.UTF_8));
        }
        Result plain = run("validate", "scenarios/example-minimal.yaml", "-p", broken.toString());
        assertEquals(Main.OK, plain.code(), plain.err());
        Result walled = run("validate", scenario.toString(), "-p", broken.toString(), "-p", jar.toString());
        assertEquals(Main.OK, walled.code(), "the working plugin still loads: " + walled.err());
        Result unknown = run("validate", scenario.toString(), "-p", broken.toString());
        assertEquals(Main.INVALID, unknown.code());
        assertTrue(unknown.err().contains("NoSuchProvider"), unknown.err());
        assertTrue(!unknown.err().contains("\tat "), unknown.err());
    }

    @Test
    void aMissingPluginIsAUsageErrorWithoutStackTrace() {
        Result r = run("validate", scenario.toString(), "-p", dir.resolve("nope.jar").toString());
        assertEquals(Main.INVALID, r.code());
        assertTrue(r.err().contains("nope.jar: no such file"), r.err());
        Result d = run("validate", scenario.toString(), "--plugins", dir.resolve("none").toString());
        assertEquals(Main.INVALID, d.code());
        assertTrue(d.err().contains("no such directory"), d.err());
        assertTrue(!r.err().contains("\tat ") && !d.err().contains("\tat "));
    }
}
