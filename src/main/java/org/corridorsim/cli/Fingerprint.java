package org.corridorsim.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * What a journal was written for: the command, the CorridorSim version, the scenario files' bytes, the overrides, the
 * plugin jars' bytes, the seed and the command's other options. The number of replications is left out: each
 * replication's outcome depends only on these, so a resumed run may ask for more or fewer.
 *
 * <p>Each of these is hashed on its own and written as {@code name=hash}, so that a refused
 * {@code --resume} can say which of them changed.
 */
final class Fingerprint {

    private final Map<String, MessageDigest> parts = new LinkedHashMap<>();

    private Fingerprint(String command) {
        add("command", command);
        String version = Main.class.getPackage().getImplementationVersion();
        add("version", version == null ? "development build" : version);
    }

    static Fingerprint of(String command) {
        return new Fingerprint(command);
    }

    /** The scenario files, by name and bytes, in the order given. */
    Fingerprint files(List<Path> files) {
        MessageDigest digest = part("scenario-files");
        files.forEach(file -> update(digest, file));
        return this;
    }

    /** The {@code --set} overrides, in the order given. */
    Fingerprint overrides(List<String> assignments) {
        return add("overrides", assignments);
    }

    /** The plugin jars, by name and bytes, in the order given. */
    Fingerprint plugins(List<Path> jars) {
        MessageDigest digest = part("plugin-jars");
        update(digest, Integer.toString(jars.size()));
        jars.forEach(jar -> update(digest, jar));
        return this;
    }

    /** The seed given with {@code -s}, or null for the scenario's own. */
    Fingerprint seed(Long seed) {
        return add("seed", seed == null ? "scenario seed" : Long.toString(seed));
    }

    /** Any other option that changes results, under its own name (one word, e.g. {@code options}). */
    Fingerprint add(String name, String value) {
        update(part(name), value);
        return this;
    }

    private Fingerprint add(String name, List<String> values) {
        MessageDigest digest = part(name);
        update(digest, Integer.toString(values.size()));
        values.forEach(value -> update(digest, value));
        return this;
    }

    /** One line of {@code name=hash} words; see {@code JournalFile}, which names the words that differ. */
    String hex() {
        StringJoiner line = new StringJoiner(" ");
        parts.forEach((name, digest) -> {
            try {
                line.add(name + "=" + HexFormat.of().formatHex(((MessageDigest) digest.clone()).digest(), 0, 16));
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException("SHA-256 digests can be cloned", e);
            }
        });
        return line.toString();
    }

    private MessageDigest part(String name) {
        if (!name.matches("[a-z-]+")) {
            throw new IllegalArgumentException("a fingerprint part is named in lower-case words: " + name);
        }
        return parts.computeIfAbsent(name, n -> {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java platform has SHA-256", e);
            }
        });
    }

    private static void update(MessageDigest digest, Path file) {
        try {
            update(digest, file.getFileName().toString());
            digest.update(Files.readAllBytes(file));
        } catch (IOException e) {
            throw CommandFailure.invalid("corridorsim: cannot read " + file + " again: " + e.getMessage());
        }
    }

    private static void update(MessageDigest digest, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.UTF_8));
        digest.update((byte) ':');
        digest.update(bytes);
    }
}
