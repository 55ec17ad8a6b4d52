package org.corridorsim.scenario;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.corridorsim.policy.PolicyProvider;

/**
 * Loads scenario files. Every problem in a file is reported at once, as a
 * {@link ScenarioException} whose errors name the file, line, column and path of each. Blocking
 * policies are created by the {@link PolicyProvider}s found with {@link ServiceLoader}, or by the
 * ones given.
 *
 * <pre>{@code
 * Scenario scenario = new ScenarioLoader().load(Path.of("scenarios/aleppo-2016-10.yaml"));
 * }</pre>
 */
public final class ScenarioLoader {

    /** The largest scenario file read, in bytes; shipped scenarios are a few kilobytes. */
    public static final int MAX_FILE_BYTES = 4 << 20;

    private final PolicyProviders providers;
    private final StationKinds stationKinds;

    /**
     * Uses the policy providers registered with {@link ServiceLoader}. A provider that fails to
     * load, or a name provided twice, matters only to scenarios that use it.
     */
    public ScenarioLoader() {
        this(PolicyProviders.discover(), StationKinds.BUILT_IN);
    }

    /**
     * Uses the policy providers that {@link ServiceLoader} finds through {@code loader}, e.g. a
     * {@code URLClassLoader} over plugin jars whose parent sees the built-in ones; contained as
     * {@link #ScenarioLoader()} is.
     *
     * @param loader where to look for providers
     */
    public ScenarioLoader(ClassLoader loader) {
        this(loader, List.of());
    }

    /**
     * As {@link #ScenarioLoader(ClassLoader)}, with plugins that could not be put on the class
     * path at all, e.g. a pipe named {@code x.jar}: they are reported, like providers that failed
     * to load, only to a scenario that names a policy no working provider has.
     *
     * @param loader where to look for providers
     * @param unusable one description per plugin left out, naming it and why
     */
    public ScenarioLoader(ClassLoader loader, List<String> unusable) {
        this(PolicyProviders.discover(loader, unusable), StationKinds.BUILT_IN);
    }

    /**
     * Uses exactly these providers; a name provided twice is an error where a scenario uses it.
     *
     * @param providers the policy types scenarios may use
     */
    public ScenarioLoader(List<PolicyProvider> providers) {
        this(PolicyProviders.of(providers, List.of()), StationKinds.BUILT_IN);
    }

    private ScenarioLoader(PolicyProviders providers, StationKinds stationKinds) {
        this.providers = providers;
        this.stationKinds = stationKinds;
    }

    /**
     * This loader, knowing one more station kind: a route's {@code {id: ..., <key>: ...}} is read
     * by {@code reader}. For kinds written in this code base (tests, new kinds before they join
     * {@link StationKinds#BUILT_IN}); the station itself is a class of {@code org.corridorsim.model}.
     *
     * @throws IllegalArgumentException if a kind has that key already
     */
    ScenarioLoader withStationKind(String key, StationKinds.Reader reader) {
        return new ScenarioLoader(providers, stationKinds.with(key, reader));
    }

    /** {@return names of the policies that scenarios may use} */
    public List<String> policyNames() {
        return providers.names();
    }

    /**
     * Loads a scenario file.
     *
     * @param file a YAML scenario
     * @return the scenario
     * @throws ScenarioException listing every problem, located in the file
     */
    public Scenario load(Path file) {
        return load(file, List.of());
    }

    /**
     * Loads {@code file} with {@code overrides} applied, in order, before it is read.
     *
     * @param file a YAML scenario
     * @param overrides values set by path, such as {@code --set} options
     * @return the scenario
     * @throws ScenarioException listing every problem, located in the file
     */
    public Scenario load(Path file, List<ScenarioOverride> overrides) {
        String name = file.toString();
        return read(text(file, name), name, overrides, Optional.of(file));
    }

    /**
     * Reads scenario text.
     *
     * @param yaml the scenario as YAML
     * @param sourceName stands for the file in error messages
     * @return the scenario
     * @throws ScenarioException listing every problem
     */
    public Scenario parse(String yaml, String sourceName) {
        return parse(yaml, sourceName, List.of());
    }

    /**
     * Reads scenario text with {@code overrides} applied, in order, before it is read.
     *
     * @param yaml the scenario as YAML
     * @param sourceName stands for the file in error messages
     * @param overrides values set by path
     * @return the scenario
     * @throws ScenarioException listing every problem
     */
    public Scenario parse(String yaml, String sourceName, List<ScenarioOverride> overrides) {
        if (yaml.length() > MAX_FILE_BYTES) {
            throw new ScenarioException(ScenarioError.ofFile(sourceName, tooLarge(yaml.length())));
        }
        return read(yaml, sourceName, overrides, Optional.empty());
    }

    /**
     * The scenario text of {@code file} after {@code overrides}, as YAML: what a run with them
     * simulates, for {@code scenario.resolved.yaml}. Comments are dropped and aliases expanded;
     * loading the text gives the same scenario.
     *
     * @param file a YAML scenario
     * @param overrides values set by path, applied in order
     * @return the resolved YAML
     * @throws ScenarioException if the file cannot be read or an override does not apply
     */
    public String resolve(Path file, List<ScenarioOverride> overrides) {
        Problems problems = new Problems();
        YamlTree tree = tree(file, overrides, problems);
        problems.throwIfAny();
        return ResolvedYaml.write(tree.root());
    }

    /**
     * A scenario with the text it was read from.
     *
     * @param scenario what {@link #load(Path, List)} gives
     * @param resolved what {@link #resolve} gives
     */
    public record Resolved(Scenario scenario, String resolved) {
    }

    /**
     * {@link #load(Path, List)} and {@link #resolve} from one reading and parsing of the file, for
     * a command that runs the scenario and keeps the text it ran; a large scenario takes tens of
     * milliseconds to parse while the JVM starts.
     *
     * @param file a YAML scenario
     * @param overrides values set by path, applied in order
     * @return the scenario and its resolved YAML
     * @throws ScenarioException listing every problem, located in the file
     */
    public Resolved loadResolved(Path file, List<ScenarioOverride> overrides) {
        Problems problems = new Problems();
        YamlTree tree = tree(file, overrides, problems);
        // written before reading, as resolve writes it; with problems the read reports them all
        String resolved = problems.isEmpty() ? ResolvedYaml.write(tree.root()) : null;
        Scenario scenario = new ScenarioReader(providers, stationKinds).read(tree, problems, Optional.of(file));
        return new Resolved(scenario, resolved);
    }

    private Scenario read(String yaml, String sourceName, List<ScenarioOverride> overrides, Optional<Path> file) {
        Problems problems = new Problems();
        YamlTree tree = tree(yaml, sourceName, overrides, problems);
        return new ScenarioReader(providers, stationKinds).read(tree, problems, file);
    }

    /** The file's YAML tree with the overrides applied; what went wrong is added to {@code problems}. */
    private static YamlTree tree(Path file, List<ScenarioOverride> overrides, Problems problems) {
        String name = file.toString();
        return tree(text(file, name), name, overrides, problems);
    }

    private static YamlTree tree(String yaml, String sourceName, List<ScenarioOverride> overrides,
            Problems problems) {
        YamlTree tree = YamlTree.parse(yaml, sourceName, problems);
        Overrides.apply(tree, overrides, problems);
        return tree;
    }

    /**
     * Reads at most {@value #MAX_FILE_BYTES} bytes of a regular file, its size checked before
     * reading, so that a huge file, a FIFO or a device such as /dev/zero is refused at once.
     */
    private static String text(Path file, String name) {
        byte[] bytes;
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (attributes.isDirectory()) {
                throw new ScenarioException(ScenarioError.ofFile(name, "is a folder, not a scenario file"));
            }
            if (!attributes.isRegularFile()) {
                throw new ScenarioException(ScenarioError.ofFile(name,
                        "is not a regular file (a pipe, socket or device); give a scenario file"));
            }
            if (attributes.size() > MAX_FILE_BYTES) {
                throw new ScenarioException(ScenarioError.ofFile(name, tooLarge(attributes.size())));
            }
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(MAX_FILE_BYTES + 1);
            }
            if (bytes.length > MAX_FILE_BYTES) {
                throw new ScenarioException(ScenarioError.ofFile(name, tooLarge(bytes.length)));
            }
        } catch (NoSuchFileException e) {
            throw new ScenarioException(ScenarioError.ofFile(name, "no such file"));
        } catch (AccessDeniedException e) {
            throw new ScenarioException(ScenarioError.ofFile(name, "cannot be read: permission denied"));
        } catch (FileSystemException e) {
            throw new ScenarioException(ScenarioError.ofFile(name, "cannot be read: "
                    + (e.getReason() != null ? e.getReason() : e.getClass().getSimpleName())));
        } catch (IOException e) {
            throw new ScenarioException(ScenarioError.ofFile(name, "cannot be read: "
                    + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName())));
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new ScenarioException(notUtf8(name, bytes, in.position()));
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private static String tooLarge(long size) {
        return String.format(java.util.Locale.ROOT, "is %,d bytes; a scenario file may be at most %,d bytes (%d MB)",
                size, MAX_FILE_BYTES, MAX_FILE_BYTES >> 20);
    }

    /** Points at the first byte that is not UTF-8, counting columns in bytes. */
    private static ScenarioError notUtf8(String name, byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new ScenarioError(name, line, offset - lineStart + 1, "",
                String.format("the file is not UTF-8 text: byte 0x%02X cannot start or continue a character", bytes[offset] & 0xFF));
    }
}
