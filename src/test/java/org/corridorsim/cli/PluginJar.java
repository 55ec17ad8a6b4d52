package org.corridorsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.corridorsim.policy.PolicyProvider;

/** Compiles policy providers from source and packs them, with their service file, into a jar off the class path. */
final class PluginJar {

    private PluginJar() {
    }

    /**
     * @param sources fully qualified class name to source text; every class is registered as a provider
     */
    static Path build(Path work, Path jar, Map<String, String> sources) throws IOException, URISyntaxException {
        Path classes = compile(work, jar.getFileName().toString(), sources);
        pack(jar, classes, sources.keySet(), classes);
        return jar;
    }

    /**
     * Builds several jars with one run of the compiler (each run costs about a second): each jar
     * holds only the classes of its own sources, nested and anonymous ones included.
     *
     * @param jars each jar to the sources it holds, as in {@link #build}
     */
    static void buildEach(Path work, Map<Path, Map<String, String>> jars) throws IOException, URISyntaxException {
        Map<String, String> all = new java.util.HashMap<>();
        jars.values().forEach(all::putAll);
        Path classes = compile(work, "all", all);
        for (Map.Entry<Path, Map<String, String>> jar : jars.entrySet()) {
            List<Path> own = new ArrayList<>();
            for (String name : jar.getValue().keySet()) {
                int dot = name.lastIndexOf('.');
                String simple = name.substring(dot + 1);
                try (Stream<Path> files = Files.list(classes.resolve(name.substring(0, dot + 1).replace('.', '/')))) {
                    files.filter(f -> f.getFileName().toString().equals(simple + ".class")
                            || f.getFileName().toString().startsWith(simple + "$")).forEach(own::add);
                }
            }
            packFiles(jar.getKey(), classes, jar.getValue().keySet(), own);
        }
    }

    private static Path compile(Path work, String label, Map<String, String> sources)
            throws IOException, URISyntaxException {
        Path src = Files.createDirectories(work.resolve("src-" + label));
        Path classes = Files.createDirectories(work.resolve("classes-" + label));
        List<String> args = new ArrayList<>(List.of("--release", "17", "-d", classes.toString(), "-cp",
                Path.of(PolicyProvider.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString()));
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = src.resolve(source.getKey().replace('.', '/') + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
            args.add(file.toString());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        assertEquals(0, javac.run(null, null, output, args.toArray(String[]::new)), output::toString);
        return classes;
    }

    private static void pack(Path jar, Path classes, java.util.Set<String> providers, Path tree) throws IOException {
        try (Stream<Path> files = Files.walk(tree)) {
            packFiles(jar, classes, providers, files.filter(Files::isRegularFile).toList());
        }
    }

    private static void packFiles(Path jar, Path classes, java.util.Set<String> providers, List<Path> files)
            throws IOException {
        Files.createDirectories(jar.getParent());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            add(out, "META-INF/services/" + PolicyProvider.class.getName(),
                    (String.join("\n", providers) + "\n").getBytes(StandardCharsets.UTF_8));
            for (Path file : files) {
                add(out, classes.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
    }

    static void add(JarOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(bytes);
        out.closeEntry();
    }
}
