package org.corridorsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.corridorsim.policy.BlockingPolicy;
import org.corridorsim.policy.PolicyParameters;
import org.corridorsim.policy.PolicyProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bad plugin matters only to the scenarios that use its name, and is reported with its class and jar. */
class PluginContainmentTest {

    /** Not registered for the other tests; registered only by the class loader built here. */
    public static final class ThrowingProvider implements PolicyProvider {
        public ThrowingProvider() {
            throw new IllegalStateException("cannot start without a licence file");
        }

        @Override
        public String name() {
            return "never";
        }

        @Override
        public BlockingPolicy create(String id, PolicyParameters parameters) {
            throw new UnsupportedOperationException();
        }
    }

    /** Claims a built-in name. */
    public static final class ImpostorProvider implements PolicyProvider {
        @Override
        public String name() {
            return "interception";
        }

        @Override
        public BlockingPolicy create(String id, PolicyParameters parameters) {
            throw new UnsupportedOperationException();
        }
    }

    /** Its create() needs a class its jar forgot. */
    public static final class IncompleteProvider implements PolicyProvider {
        @Override
        public String name() {
            return "incomplete";
        }

        @Override
        public BlockingPolicy create(String id, PolicyParameters parameters) {
            throw new NoClassDefFoundError("com/example/Helper");
        }
    }

    @TempDir
    Path dir;

    private ScenarioLoader loaderWithPlugins() throws IOException {
        Path services = dir.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve(PolicyProvider.class.getName()), String.join("\n",
                ThrowingProvider.class.getName(), "com.example.MissingProvider", ImpostorProvider.class.getName(),
                IncompleteProvider.class.getName()) + "\n");
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader plugins = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            Thread.currentThread().setContextClassLoader(plugins);
            return new ScenarioLoader();
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    private static List<String> errors(ScenarioLoader loader, String text) {
        return assertThrows(ScenarioException.class, () -> loader.parse(text, "s.yaml")).errors().stream()
                .map(ScenarioError::toString).toList();
    }

    @Test
    void aScenarioWithoutTheBadPluginsNamesLoadsAsUsual() throws IOException {
        ScenarioLoader loader = loaderWithPlugins();
        loader.parse(ScenarioTexts.MINIMAL, "s.yaml");
        loader.parse(ScenarioTexts.MINIMAL + "blocking:\n  - {id: q, policy: quota, per-hour: 100}\n", "s.yaml");
    }

    @Test
    void anUnknownNameListsTheProvidersThatFailedWithClassAndJar() throws IOException {
        List<String> errors = errors(loaderWithPlugins(), ScenarioTexts.MINIMAL
                + "blocking:\n  - {id: c, policy: curfew-plugin}\n");
        assertEquals(1, errors.size(), errors.toString());
        String error = errors.get(0);
        assertTrue(error.startsWith("s.yaml:12:21 blocking[0].policy: unknown policy 'curfew-plugin'; available: "), error);
        assertTrue(error.contains("2 policy providers failed to load"), error);
        assertTrue(error.contains(ThrowingProvider.class.getName() + " in ") && error.contains(
                "could not be loaded: its constructor failed: IllegalStateException: cannot start without a licence file"), error);
        assertTrue(error.contains("com.example.MissingProvider in no jar on the class path could not be loaded:"
                + " the class is not on the class path"), error);
    }

    @Test
    void twoProvidersOfOneNameAreAnErrorNamingBothEvenForABuiltIn() throws IOException {
        List<String> errors = errors(loaderWithPlugins(), ScenarioTexts.MINIMAL
                + "blocking:\n  - {id: i, policy: interception, probability: 0.1}\n");
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).contains("policy type 'interception' is provided by both "
                + "org.corridorsim.policy.builtin.InterceptionProvider (built in, "), errors.get(0));
        assertTrue(errors.get(0).contains(" and " + ImpostorProvider.class.getName() + " ("), errors.get(0));
    }

    @Test
    void aLinkageErrorFromAPluginIsALocatedError() throws IOException {
        List<String> errors = errors(loaderWithPlugins(), ScenarioTexts.MINIMAL
                + "blocking:\n  - {id: x, policy: incomplete}\n");
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("s.yaml:12:5 blocking[0]: policy 'incomplete' could not be created: "
                + "create() failed: NoClassDefFoundError: com/example/Helper in " + IncompleteProvider.class.getName()
                + " ("), errors.get(0));
    }
}
