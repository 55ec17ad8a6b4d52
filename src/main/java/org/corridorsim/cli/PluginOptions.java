package org.corridorsim.cli;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine.Option;

/**
 * {@code --plugins DIR} and {@code -p JAR...}: jars whose policy providers scenarios may use, next
 * to the built-in ones. A provider registers itself in its jar's
 * {@code META-INF/services/org.corridorsim.policy.PolicyProvider}.
 */
final class PluginOptions {

    @Option(names = "--plugins", paramLabel = "DIR",
            description = "Load policy providers from every .jar in DIR.")
    Path directory;

    @Option(names = {"-p", "--plugin"}, paramLabel = "JAR", arity = "1..*",
            description = "Load policy providers from these jars.")
    List<Path> jars = new ArrayList<>();

    /**
     * The jars named, the directory's in name order; fails the command for a missing one. A
     * directory's entry named {@code *.jar} that is not a regular file (a pipe, which would hang
     * the class loader, a socket, a device or a folder) is left out; see {@link #unusable()}.
     */
    List<Path> jars() {
        List<Path> all = new ArrayList<>();
        if (directory != null) {
            if (!Files.isDirectory(directory)) {
                throw CommandFailure.invalid("--plugins " + directory + ": no such directory");
            }
            try (Stream<Path> files = Files.list(directory)) {
                files.filter(file -> file.getFileName().toString().endsWith(".jar")).filter(Files::isRegularFile)
                        .sorted().forEach(all::add);
            } catch (IOException e) {
                throw CommandFailure.invalid("--plugins " + directory + ": cannot be listed: " + e.getMessage());
            }
        }
        for (Path jar : jars) {
            if (!Files.exists(jar)) {
                throw CommandFailure.invalid("--plugin " + jar + ": no such file");
            }
            if (!Files.isRegularFile(jar)) {
                throw CommandFailure.invalid("--plugin " + jar + ": not a regular file (a pipe, socket, device or "
                        + "folder); give a jar file");
            }
            all.add(jar);
        }
        return all;
    }

    /** The directory's entries named {@code *.jar} that are not regular files, each with why it was left out. */
    List<String> unusable() {
        if (directory == null || !Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".jar"))
                    .filter(file -> !Files.isRegularFile(file)).sorted()
                    .map(file -> file + " was not loaded: not a regular file (a pipe, socket, device or folder)")
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /**
     * A class loader that sees the built-in providers and those of the plugin jars. Loading them
     * is contained by the scenario loader: a provider that fails to load, or a policy name
     * provided twice, is an error only for scenarios that use that name.
     */
    ClassLoader classLoader() {
        List<Path> plugins = jars();
        ClassLoader parent = PluginOptions.class.getClassLoader();
        return plugins.isEmpty() ? parent : new URLClassLoader(urls(plugins), parent);
    }

    private static URL[] urls(List<Path> jars) {
        URL[] urls = new URL[jars.size()];
        for (int i = 0; i < urls.length; i++) {
            try {
                urls[i] = jars.get(i).toUri().toURL();
            } catch (MalformedURLException e) {
                throw CommandFailure.invalid("--plugin " + jars.get(i) + ": not a usable path: " + e.getMessage());
            }
        }
        return urls;
    }
}
