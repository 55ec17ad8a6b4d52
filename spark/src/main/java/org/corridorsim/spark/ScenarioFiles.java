package org.corridorsim.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.corridorsim.scenario.Scenario;
import org.corridorsim.scenario.ScenarioException;
import org.corridorsim.scenario.ScenarioLoader;
import org.corridorsim.scenario.ScenarioOverride;

/**
 * Loads scenarios on the driver, where errors are found and reported before any task starts,
 * and keeps the text that was loaded, which is what the executors parse.
 */
final class ScenarioFiles {

    /** A scenario checked on the driver, with the text and overrides it was read from. */
    record Loaded(Scenario scenario, Unit unit) {
    }

    /** Writes result files; may fail with an {@link IOException}. */
    @FunctionalInterface
    interface Writing {
        void run() throws IOException;
    }

    private final ScenarioLoader loader = new ScenarioLoader();

    /**
     * Loads {@code file} as the command line does, so errors read the same, then parses the same
     * text again as the executors will, so a difference between the two shows here.
     */
    Loaded load(Path file, List<ScenarioOverride> overrides, String label, String context) {
        try {
            Scenario scenario = loader.load(file, overrides);
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String name = file.toString();
            loader.parse(text, name, overrides);
            return new Loaded(scenario, Unit.of(label.isEmpty() ? scenario.id() : label, name, text, overrides));
        } catch (ScenarioException e) {
            throw CommandFailure.invalid(e, context);
        } catch (IOException e) {
            throw CommandFailure.invalid(file + ": cannot be read: " + e.getMessage());
        }
    }

    /** The scenario with its overrides applied, as YAML, for {@code scenario.resolved.yaml}; as on the command line. */
    String resolve(Path file, List<ScenarioOverride> overrides) {
        try {
            return loader.resolve(file, overrides);
        } catch (ScenarioException e) {
            throw CommandFailure.invalid(e, "");
        }
    }

    /** Parses {@code PATH=VALUE} options, or ends the command saying how to write them. */
    static List<ScenarioOverride> overrides(List<String> assignments) {
        try {
            return assignments.stream().map(ScenarioOverride::parse).toList();
        } catch (IllegalArgumentException e) {
            throw CommandFailure.invalid(e.getMessage());
        }
    }

    /** Opens something that writes into {@code folder}; may fail with an {@link IOException}. */
    @FunctionalInterface
    interface Opening<T> {
        T open() throws IOException;
    }

    static <T> T open(Path folder, Opening<T> opening) {
        try {
            return opening.open();
        } catch (IOException e) {
            throw CommandFailure.cannotWrite(folder, e);
        }
    }

    static void write(Path folder, Writing writing) {
        try {
            writing.run();
        } catch (IOException e) {
            throw CommandFailure.cannotWrite(folder, e);
        }
    }
}
