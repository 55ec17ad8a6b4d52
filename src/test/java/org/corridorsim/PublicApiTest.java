package org.corridorsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Guards the public API listed in docs/api.md: a public type may appear only in an exported
 * package, or in the short list of types that are public for the command line, the Spark
 * backend or {@link java.util.ServiceLoader}, not for users. A new public type elsewhere fails
 * here until it is made package-private or deliberately added to docs/api.md and this list.
 */
class PublicApiTest {

    /** The packages users embed; docs/api.md lists them. */
    static final Set<String> EXPORTED = Set.of("org.corridorsim.kernel", "org.corridorsim.random",
            "org.corridorsim.stats", "org.corridorsim.policy", "org.corridorsim.model", "org.corridorsim.scenario",
            "org.corridorsim.experiment", "org.corridorsim.inference", "org.corridorsim.planning");

    /** Public outside the exported packages, and why: see docs/api.md. */
    static final Set<String> INTERNAL = Set.of(
            // the command layer and its backend SPI, implemented by spark/
            "org.corridorsim.cli.Main", "org.corridorsim.cli.Backend", "org.corridorsim.cli.Backend$Provider",
            "org.corridorsim.cli.ModelSource",
            // result writers, the journal and the result folder, used by cli and report
            "org.corridorsim.experiment.output.AttributionFiles", "org.corridorsim.experiment.output.ComparisonFiles",
            "org.corridorsim.experiment.output.ExperimentFiles", "org.corridorsim.experiment.output.FitFiles",
            "org.corridorsim.experiment.output.JournalFile",
            "org.corridorsim.experiment.output.JournalFile$JournalMismatch",
            "org.corridorsim.experiment.output.ProvenanceJson", "org.corridorsim.experiment.output.ReplicationRows",
            "org.corridorsim.experiment.output.ResultFolder",
            "org.corridorsim.experiment.output.ResultFolder$ResultFolderException",
            "org.corridorsim.experiment.output.SweepFiles", "org.corridorsim.experiment.output.PlanFiles",
            // built-in policy providers: ServiceLoader needs them public
            "org.corridorsim.policy.builtin.ClosureProvider", "org.corridorsim.policy.builtin.CompositeProvider",
            "org.corridorsim.policy.builtin.DemandEventProvider", "org.corridorsim.policy.builtin.DisruptionProvider",
            "org.corridorsim.policy.builtin.InterceptionProvider", "org.corridorsim.policy.builtin.QuotaProvider",
            "org.corridorsim.policy.builtin.ScreeningProvider",
            // the report writer, called by cli
            "org.corridorsim.report.HtmlReport",
            // the one formatter, used by report and policy.builtin
            "org.corridorsim.format.Format",
            // the tree writer, used by experiment.output, report and scenario
            "org.corridorsim.format.JsonTrees");

    @Test
    void noPublicTypeOutsideTheExportedPackagesButTheListedOnes() throws IOException, URISyntaxException {
        Set<String> unlisted = new TreeSet<>();
        for (Class<?> type : publicTypes()) {
            if (!EXPORTED.contains(type.getPackageName()) && !INTERNAL.contains(type.getName())) {
                unlisted.add(type.getName());
            }
        }
        assertEquals(Set.of(), unlisted, "public types outside the exported packages: make them package-private, "
                + "or add them to docs/api.md and PublicApiTest.INTERNAL with the reason");
    }

    @Test
    void docsApiListsEveryExportedPackageAndEveryInternalType() throws IOException {
        String doc = Files.readString(Path.of("docs/api.md"));
        for (String name : EXPORTED) {
            assertTrue(doc.contains("`" + name + "`"), "docs/api.md lists " + name);
        }
        for (String name : INTERNAL) {
            String simple = name.substring(name.lastIndexOf('.') + 1).replace('$', '.');
            assertTrue(doc.contains(simple), "docs/api.md names " + simple);
        }
    }

    @Test
    void theModuleExportsExactlyTheApiPackagesAndTheCommandLineOnlyToSpark() throws IOException, URISyntaxException {
        java.lang.module.ModuleDescriptor module;
        try (var in = Files.newInputStream(classes().resolve("module-info.class"))) {
            module = java.lang.module.ModuleDescriptor.read(in);
        }
        assertEquals("org.corridorsim", module.name());
        Set<String> open = new TreeSet<>();
        Set<String> qualified = new TreeSet<>();
        for (java.lang.module.ModuleDescriptor.Exports e : module.exports()) {
            (e.isQualified() ? qualified : open).add(e.source() + (e.isQualified() ? " to " + e.targets() : ""));
        }
        assertEquals(new TreeSet<>(EXPORTED), open, "module-info.java exports the packages docs/api.md lists");
        assertEquals(Set.of("org.corridorsim.cli to [org.corridorsim.spark]"), qualified);
        // every package that holds an internal public type stays unexported
        for (String name : INTERNAL) {
            String pkg = name.substring(0, name.lastIndexOf('.'));
            assertTrue(!open.contains(pkg), pkg + " is internal");
        }
    }

    @Test
    void theModuleProvidesTheBuiltInPoliciesTheServiceFileLists() throws IOException, URISyntaxException {
        java.lang.module.ModuleDescriptor module;
        try (var in = Files.newInputStream(classes().resolve("module-info.class"))) {
            module = java.lang.module.ModuleDescriptor.read(in);
        }
        Set<String> services = new TreeSet<>(Files.readAllLines(
                classes().resolve("META-INF/services/org.corridorsim.policy.PolicyProvider")).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList());
        Set<String> provided = new TreeSet<>();
        module.provides().stream().filter(p -> p.service().equals("org.corridorsim.policy.PolicyProvider"))
                .forEach(p -> provided.addAll(p.providers()));
        assertEquals(services, provided, "module-info.java and META-INF/services name the same built-in policies");
    }

    private static Path classes() throws URISyntaxException {
        return Path.of(org.corridorsim.cli.Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static List<Class<?>> publicTypes() throws IOException, URISyntaxException {
        Path root = Path.of(org.corridorsim.cli.Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(root::relativize).map(Path::toString).filter(n -> n.endsWith(".class"))
                    .filter(n -> !n.endsWith("module-info.class") && !n.endsWith("package-info.class"))
                    .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
                    .map(PublicApiTest::load).filter(PublicApiTest::isPublicApi).toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, PublicApiTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Public, and reachable: every enclosing class public too. */
    private static boolean isPublicApi(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getDeclaringClass()) {
            if (!Modifier.isPublic(c.getModifiers()) || c.isAnonymousClass() || c.isLocalClass()) {
                return false;
            }
        }
        return true;
    }
}
