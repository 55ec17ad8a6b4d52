package org.corridorsim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.corridorsim.experiment.Provenance;
import org.corridorsim.experiment.output.ComparisonFiles;
import org.corridorsim.experiment.output.ExperimentFiles;
import org.corridorsim.experiment.output.ProvenanceJson;
import org.corridorsim.experiment.output.SweepFiles;

/**
 * Keeps a run from overwriting the results of another question: a folder that holds results of a
 * different scenario (other bytes) or different overrides is refused unless {@code --force}.
 */
final class OverwriteCheck {

    private static final List<String> RESULT_FILES = List.of(ExperimentFiles.SUMMARY_JSON,
            ComparisonFiles.COMPARISON_JSON, SweepFiles.SWEEP_JSON, "attribution.json", "fit.json");

    private OverwriteCheck() {
    }

    /**
     * Ends the command if {@code folder} holds results whose provenance names other scenario
     * files (by SHA-256) or other overrides than {@code planned}, unless {@code force}. Results
     * without provenance (from an older CorridorSim) are kept unless they name the same scenario id.
     */
    static void checkOverwrite(Path folder, Provenance planned, String scenarioId, boolean force) {
        if (force) {
            return;
        }
        for (String name : RESULT_FILES) {
            Path file = folder.resolve(name);
            if (!Files.isRegularFile(file)) {
                continue;
            }
            Optional<Provenance> existing;
            try {
                existing = ProvenanceJson.read(file);
            } catch (IOException e) {
                throw refuse(file, "it cannot be read (" + e.getMessage() + ")");
            }
            if (existing.isPresent()) {
                if (!existing.get().sameInputs(planned)) {
                    throw refuse(file, "it holds results of " + describe(existing.get()) + ", not of "
                            + describe(planned));
                }
            } else if (!scenarioId.equals(recordedScenario(file))) {
                throw refuse(file, "it holds results of scenario '" + recordedScenario(file)
                        + "' without provenance, not of '" + scenarioId + "'");
            }
        }
    }

    private static String recordedScenario(Path file) {
        try {
            JsonNode root = new ObjectMapper().readTree(file.toFile());
            return root == null ? "" : root.path("scenario").asText("");
        } catch (IOException e) {
            return "";
        }
    }

    private static String describe(Provenance p) {
        StringBuilder text = new StringBuilder();
        for (Provenance.ScenarioFile file : p.scenarios()) {
            text.append(text.length() == 0 ? "" : ", ").append(file.path())
                    .append(" (sha256 ").append(file.sha256(), 0, Math.min(12, file.sha256().length())).append("…)");
        }
        if (text.length() == 0) {
            text.append("a model built in code");
        }
        text.append(p.overrides().isEmpty() ? " without overrides" : " with --set " + String.join(" --set ",
                p.overrides()));
        return text.toString();
    }

    private static CommandFailure refuse(Path file, String why) {
        return CommandFailure.invalid("corridorsim: not overwriting " + file + ": " + why + ". Use --force to "
                + "replace those results, or -o DIR to write elsewhere.");
    }
}
