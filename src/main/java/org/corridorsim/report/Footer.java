package org.corridorsim.report;

import java.util.List;
import java.util.stream.Collectors;
import org.corridorsim.experiment.ExperimentResult;
import org.corridorsim.format.Format;
import org.corridorsim.scenario.Scenario;

/** What every report says about how it was made, and the scenario's sources. */
final class Footer {

    private Footer() {
    }

    /** "20 replications · seed 20161020 · 95% confidence intervals", with why it stopped when that matters. */
    static String runFacts(ExperimentResult result) {
        String facts = result.replications() + (result.replications() == 1 ? " replication" : " replications")
                + " · seed " + result.seed() + " · " + Format.percent(result.confidence()) + " confidence intervals";
        return facts + switch (result.stop()) {
            case REPLICATIONS -> "";
            case PRECISION_MET -> " · stopped when the precision target was met";
            case MAX_REPLICATIONS -> " · precision target not met within the maximum replications";
            case INCOMPLETE -> " · INCOMPLETE: only the replications that finished";
        };
    }

    static String html(Assets assets, List<ExperimentResult> results, String files) {
        String version = Footer.class.getPackage().getImplementationVersion();
        long events = results.stream().mapToLong(ExperimentResult::events).sum();
        return "<p>Made by CorridorSim " + Html.text(version == null ? "(development build)" : version)
                + (results.isEmpty() ? "" : " from " + Format.number(events) + " simulated events") + ". Charts drawn with Chart.js "
                + Html.text(assets.chartJsVersion()) + " (MIT licence), inlined: this file needs no network.</p>\n"
                + "<p>Exact values are in " + Html.text(files) + " beside this file. "
                + "Times are local wall-clock times in the scenario's time zone.</p>";
    }

    static void sources(Page page, Scenario scenario) {
        if (scenario.sources().isEmpty()) {
            return;
        }
        page.section("sources", "Sources", "As listed in the scenario file.");
        page.html(scenario.sources().stream().map(s -> "<li>" + Html.text(s) + "</li>")
                .collect(Collectors.joining("\n", "<ol class=\"sources\">\n", "\n</ol>")));
    }
}
