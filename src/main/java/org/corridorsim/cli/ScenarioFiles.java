package org.corridorsim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.corridorsim.scenario.Scenario;
import org.corridorsim.scenario.ScenarioException;
import org.corridorsim.scenario.ScenarioLoader;
import org.corridorsim.scenario.ScenarioOverride;

/** What the commands share around files: loading scenarios and writing results. */
final class ScenarioFiles {

    /** Writes result files; may fail with an {@link IOException}. */
    @FunctionalInterface
    interface Writing {
        void run() throws IOException;
    }

    private final ScenarioLoader loader;

    ScenarioFiles() {
        this(new ScenarioLoader());
    }

    /** Loads with the built-in policy providers and those of the {@code --plugins} jars. */
    ScenarioFiles(PluginOptions plugins) {
        this(new ScenarioLoader(plugins.classLoader(), plugins.unusable()));
    }

    private ScenarioFiles(ScenarioLoader loader) {
        this.loader = loader;
    }

    /** Loads a scenario, or ends the command with its located errors. */
    Scenario load(Path file, List<ScenarioOverride> overrides, String context) {
        try {
            return loader.load(file, overrides);
        } catch (ScenarioException e) {
            throw CommandFailure.invalid(e, context);
        }
    }

    /** Loads a scenario with its resolved text (see {@link #resolve}), or ends the command with its located errors. */
    ScenarioLoader.Resolved loadResolved(Path file, List<ScenarioOverride> overrides) {
        try {
            return loader.loadResolved(file, overrides);
        } catch (ScenarioException e) {
            throw CommandFailure.invalid(e, "");
        }
    }

    /**
     * What a backend elsewhere rebuilds the model from: the file's text as read now, which must
     * load as {@link #load} loaded it.
     */
    static ModelSource source(Path file, List<ScenarioOverride> overrides, String label, Long eventBudget) {
        try {
            String text = java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
            return ModelSource.of(label, file.toString(), text, overrides, eventBudget == null ? 0 : eventBudget);
        } catch (IOException e) {
            throw CommandFailure.invalid("corridorsim: " + file + ": cannot be read: " + e.getMessage());
        }
    }

    /** The scenario text after overrides; see {@link ScenarioLoader#resolve}. */
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
