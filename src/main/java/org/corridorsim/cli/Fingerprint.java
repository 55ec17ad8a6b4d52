package org.corridorsim.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * What a journal was written for: the command, the scenario files' bytes, the overrides, the plugin
 * jars' bytes, the seed, the event budget and the CorridorSim version. The number of replications is left out: each
 * replication's outcome depends only on these, so a resumed run may ask for more or fewer.
 */
final class Fingerprint {

    private final MessageDigest digest;

    private Fingerprint(String command) {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        add(command);
        String version = Main.class.getPackage().getImplementationVersion();
        add(version == null ? "development build" : version);
    }

    static Fingerprint of(String command) {
        return new Fingerprint(command);
    }

    Fingerprint file(Path file) {
        try {
            add(file.getFileName().toString());
            digest.update(Files.readAllBytes(file));
        } catch (IOException e) {
            throw CommandFailure.invalid("corridorsim: cannot read " + file + " again: " + e.getMessage());
        }
        return this;
    }

    /** The plugin jars, by name and bytes, in the order given. */
    Fingerprint plugins(List<Path> jars) {
        add("plugins " + jars.size());
        jars.forEach(this::file);
        return this;
    }

    Fingerprint add(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.UTF_8));
        digest.update((byte) ':');
        digest.update(bytes);
        return this;
    }

    Fingerprint add(List<String> texts) {
        add(Integer.toString(texts.size()));
        texts.forEach(this::add);
        return this;
    }

    String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
