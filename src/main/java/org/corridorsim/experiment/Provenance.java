package org.corridorsim.experiment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * How a set of results was made: which CorridorSim (version and git commit, when the build knew
 * it), from which scenario files (path and SHA-256 of their bytes), with which {@code --set}
 * overrides, seed, replications and threads, when, and on which Java. Written as the
 * {@code provenance} object of every result file.
 *
 * <pre>{@code
 * Instant started = Instant.now();
 * ExperimentResult result = experiment.run();
 * Provenance provenance = Provenance.of(List.of(file), overrides, result.seed(), result.replications(),
 *         threads, started, Instant.now());
 * }</pre>
 *
 * @param version the CorridorSim version, e.g. {@code 0.1.0-SNAPSHOT}
 * @param commit the git commit CorridorSim was built from, if the build knew it
 * @param scenarios the scenario files, in command-line order; empty for a model built in code
 * @param overrides the {@code --set} overrides as given, in order
 * @param seed the experiment seed
 * @param replications the replications run (per variant or point)
 * @param threads the worker threads; results do not depend on them
 * @param started when the run started
 * @param finished when the run finished
 * @param javaVersion the Java runtime version, e.g. {@code 17.0.12+7-Debian-2}
 * @param javaVendor the Java runtime vendor
 */
public record Provenance(String version, Optional<String> commit, List<ScenarioFile> scenarios,
        List<String> overrides, long seed, int replications, int threads, Instant started, Instant finished,
        String javaVersion, String javaVendor) {

    /**
     * A scenario file as it was read.
     *
     * @param path the path as given on the command line
     * @param sha256 the SHA-256 of the file's bytes, in lower-case hexadecimal
     */
    public record ScenarioFile(String path, String sha256) {

        /**
         * Checks the components.
         *
         * @param path the path as given on the command line
         * @param sha256 the SHA-256 of the file's bytes, in lower-case hexadecimal
         */
        public ScenarioFile {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(sha256, "sha256");
        }

        /**
         * Reads {@code file} and digests it.
         *
         * @param file a readable scenario file
         * @return its path and digest
         * @throws java.io.UncheckedIOException if the file cannot be read
         */
        public static ScenarioFile of(Path file) {
            try {
                return new ScenarioFile(file.toString(), Provenance.sha256(Files.readAllBytes(file)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file + " to record its SHA-256", e);
            }
        }
    }

    private static final String UNKNOWN_VERSION = "development build";

    /**
     * Checks the components.
     *
     * @param version the CorridorSim version, e.g. {@code 0.1.0-SNAPSHOT}
     * @param commit the git commit CorridorSim was built from, if the build knew it
     * @param scenarios the scenario files, in command-line order; empty for a model built in code
     * @param overrides the {@code --set} overrides as given, in order
     * @param seed the experiment seed
     * @param replications the replications run (per variant or point)
     * @param threads the worker threads; results do not depend on them
     * @param started when the run started
     * @param finished when the run finished
     * @param javaVersion the Java runtime version, e.g. {@code 17.0.12+7-Debian-2}
     * @param javaVendor the Java runtime vendor
     */
    public Provenance {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(commit, "commit");
        scenarios = List.copyOf(scenarios);
        overrides = List.copyOf(overrides);
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(finished, "finished");
        Objects.requireNonNull(javaVersion, "javaVersion");
        Objects.requireNonNull(javaVendor, "javaVendor");
        if (replications < 0) {
            throw new IllegalArgumentException("replications must not be negative, got " + replications);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        if (finished.isBefore(started)) {
            throw new IllegalArgumentException("finished " + finished + " must not be before started " + started);
        }
    }

    /**
     * The provenance of a run of this CorridorSim on this Java: version and commit come from the
     * build, the scenario files are read and digested now.
     *
     * @param overrides the overrides as written, e.g. {@code corridors.C1.checkpoint.lanes=6}
     * @param scenarioFiles the scenario files, in command-line order
     * @param seed the experiment seed
     * @param replications the replications run (per variant or point)
     * @param threads the worker threads
     * @param started when the run started
     * @param finished when the run finished
     * @return the provenance
     */
    public static Provenance of(List<Path> scenarioFiles, List<String> overrides, long seed, int replications,
            int threads, Instant started, Instant finished) {
        Build build = Build.INSTANCE;
        return new Provenance(build.version, build.commit, scenarioFiles.stream().map(ScenarioFile::of).toList(),
                overrides, seed, replications, threads, started, finished,
                System.getProperty("java.runtime.version", Runtime.version().toString()),
                System.getProperty("java.vendor", ""));
    }

    /**
     * The same provenance for files whose results hold another number of replications.
     *
     * @param count the replications those files hold
     * @return a copy
     */
    public Provenance withReplications(int count) {
        return new Provenance(version, commit, scenarios, overrides, seed, count, threads, started, finished,
                javaVersion, javaVendor);
    }

    /**
     * Whether results made this way answer the same question as {@code other}: the same scenario
     * bytes and the same overrides. Seed, replications, threads and times may differ.
     *
     * @param other the provenance of earlier results
     * @return true if the scenario bytes and overrides are the same
     */
    public boolean sameInputs(Provenance other) {
        return scenarios.stream().map(ScenarioFile::sha256).toList()
                .equals(other.scenarios.stream().map(ScenarioFile::sha256).toList())
                && overrides.equals(other.overrides);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Version and commit, written into {@code org/corridorsim/build.properties} by the build. */
    private static final class Build {

        static final Build INSTANCE = new Build();

        final String version;
        final Optional<String> commit;

        private Build() {
            Properties properties = new Properties();
            try (InputStream in = Provenance.class.getResourceAsStream("/org/corridorsim/build.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            } catch (IOException e) {
                // an unreadable resource leaves the version unknown, as in an IDE build
            }
            String v = properties.getProperty("version", "").strip();
            version = v.isEmpty() || v.startsWith("${") ? UNKNOWN_VERSION : v;
            String c = properties.getProperty("commit", "").strip();
            commit = c.matches("[0-9a-f]{40}") ? Optional.of(c) : Optional.empty();
        }
    }
}
