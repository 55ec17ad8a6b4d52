package org.corridorsim.scenario;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Broken scenario files, made by mutating valid ones, either load or fail with a
 * {@link ScenarioException} whose every error has a place (a line or a path): never with another
 * exception, and never with a stack trace for the user.
 */
class BrokenScenarioPropertiesTest {

    private static final List<String> JUNK = List.of("-1", "0", "abc", "5 minutes", "[]", "{}", "~", "", "1e400", ".nan",
            "-.inf", "*nowhere", "&anchor", "'", "\"", "{dist: poisson, mean: -1}", "99999999999999999999", "true", "yes",
            "2016-13-45T99:99", "1.5h", "-3m", "[1, 2", "}", "{dist: empirical, values: []}", "{dist: erlang, k: 0.5, mean: 1h}",
            "[civilian, soldier]", "{daily: {from: \"19:00\", to: \"19:00\"}}", "{profile: [1]}", "!!binary zz", "|", ">",
            "+999999999-12-31T23:59", "0001-01-01T00:00", "{rate: 0/h}", "{full-or-after: 0s}", "-", "? x", "%TAG", "@", "`");
    private static final String SPECIAL = "\t:-#&*!%@`|>{}[],'\"\n\\ \u0000\u00e9\u2013\ud83d\ude00";

    private static List<String> bases;
    private static Path folder;

    private final ScenarioLoader loader = new ScenarioLoader();

    @BeforeContainer
    static void readBases() throws IOException {
        bases = List.of(Files.readString(ScenarioLoaderTest.ALEPPO), ScenarioTexts.MINIMAL,
                Files.readString(Path.of("scenarios/example-minimal.yaml")));
        folder = Files.createTempDirectory("broken-scenarios");
    }

    @AfterContainer
    static void removeFolder() throws IOException {
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(folder);
    }

    @Property(tries = 800, seed = "20161020")
    void brokenTextFailsOnlyWithLocatedErrors(@ForAll("mutationSeeds") long seed) {
        String text = mutate(new Random(seed));
        try {
            loader.parse(text, "broken.yaml");
            Statistics.collect("loads");
        } catch (ScenarioException e) {
            Statistics.collect(e.errors().size() == 1 ? "one error" : "several errors");
            assertLocated(e, "broken.yaml");
        }
    }

    @Property(tries = 200, seed = "20161021")
    void brokenBytesFailOnlyWithLocatedErrors(@ForAll("mutationSeeds") long seed) {
        Random random = new Random(seed);
        byte[] bytes = mutate(random).getBytes(StandardCharsets.UTF_8);
        for (int edits = 1 + random.nextInt(4); edits > 0 && bytes.length > 0; edits--) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
        Path file = folder.resolve("broken-" + Long.toHexString(seed) + ".yaml");
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            loader.load(file);
        } catch (ScenarioException e) {
            assertLocated(e, file.toString());
        }
    }

    @Provide
    Arbitrary<Long> mutationSeeds() {
        return Arbitraries.longs();
    }

    private static void assertLocated(ScenarioException e, String file) {
        assertFalse(e.errors().isEmpty());
        for (ScenarioError error : e.errors()) {
            assertTrue(error.line() >= 1 || !error.path().isEmpty(), () -> "unlocated: " + error);
            assertTrue(error.file().equals(file), () -> "wrong file: " + error);
            assertFalse(error.message().contains("\n\tat "), () -> "stack trace in: " + error);
        }
    }

    /** One to four mutations of one of the valid texts. */
    private static String mutate(Random random) {
        String text = bases.get(random.nextInt(bases.size()));
        for (int count = 1 + random.nextInt(4); count > 0; count--) {
            text = mutateOnce(text, random);
        }
        return text;
    }

    private static String mutateOnce(String text, Random random) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int at = random.nextInt(lines.size());
        String line = lines.get(at);
        switch (random.nextInt(10)) {
            case 0 -> lines.remove(at);
            case 1 -> lines.add(at, line);
            case 2 -> {
                int colon = line.indexOf(": ");
                lines.set(at, (colon < 0 ? line + ": " : line.substring(0, colon + 2)) + JUNK.get(random.nextInt(JUNK.size())));
            }
            case 3 -> lines.add(at, indentOf(line) + "unknown-" + random.nextInt(9) + ": 1");
            case 4 -> {
                return text.substring(0, random.nextInt(text.length() + 1));
            }
            case 5 -> {
                StringBuilder edited = new StringBuilder(text);
                for (int edits = 1 + random.nextInt(5); edits > 0; edits--) {
                    int position = random.nextInt(edited.length() + 1);
                    char c = SPECIAL.charAt(random.nextInt(SPECIAL.length()));
                    if (random.nextBoolean() && position < edited.length()) {
                        edited.setCharAt(position, c);
                    } else {
                        edited.insert(position, c);
                    }
                }
                return edited.toString();
            }
            case 6 -> {
                StringBuilder garbage = new StringBuilder();
                for (int i = random.nextInt(200); i > 0; i--) {
                    garbage.append(SPECIAL.charAt(random.nextInt(SPECIAL.length())));
                    garbage.append((char) ('a' + random.nextInt(26)));
                }
                return garbage.toString();
            }
            case 7 -> lines.set(at, " ".repeat(random.nextInt(5)) + line.strip());
            case 8 -> {
                int other = random.nextInt(lines.size());
                lines.set(at, lines.get(other));
                lines.set(other, line);
            }
            default -> lines.set(at, line.replaceFirst("[0-9]+", Integer.toString(random.nextInt(200) - 100)));
        }
        return String.join("\n", lines);
    }

    private static String indentOf(String line) {
        return line.substring(0, line.length() - line.stripLeading().length());
    }
}
