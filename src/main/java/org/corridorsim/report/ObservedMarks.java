package org.corridorsim.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.corridorsim.experiment.ExperimentResult;
import org.corridorsim.experiment.ObservationCheck;
import org.corridorsim.scenario.Observation;
import org.corridorsim.scenario.Scenario;

/**
 * The scenario's observations in a report: drawn as ranges on the charts of their metrics, and
 * listed in a table with the simulated mean and the share of replications inside each range.
 */
final class ObservedMarks {

    private ObservedMarks() {
    }

    /** Marks, on a line chart over time, each observation of one of {@code metrics} at its time. */
    static void onTimeChart(ObjectNode spec, List<Observation> observed, List<String> metrics) {
        ArrayNode ranges = Json.array();
        for (Observation observation : observed) {
            if (metrics.contains(observation.metric())) {
                ObjectNode range = ranges.addObject();
                range.put("x", observation.seconds());
                range.put("low", observation.low());
                range.put("high", observation.high());
                range.put("label", "observed " + observation.metric());
            }
        }
        if (!ranges.isEmpty()) {
            spec.set("observedRanges", ranges);
        }
    }

    /** Marks, on a bar chart, each observation whose metric is that of a category. */
    static void onBars(ObjectNode spec, List<Observation> observed, Map<Integer, String> metricOfCategory) {
        ArrayNode ranges = Json.array();
        metricOfCategory.forEach((category, metric) -> observed.stream().filter(o -> o.metric().equals(metric))
                .forEach(observation -> {
                    ObjectNode range = ranges.addObject();
                    range.put("category", category);
                    range.put("low", observation.low());
                    range.put("high", observation.high());
                    range.put("label", "observed");
                }));
        if (!ranges.isEmpty()) {
            spec.set("observedRanges", ranges);
        }
    }

    /** The section comparing the run with what was observed; nothing when nothing was observed. */
    static void section(Page page, Scenario scenario, Map<String, ExperimentResult> results) {
        List<Observation> observed = scenario.inference().observed();
        if (observed.isEmpty()) {
            return;
        }
        boolean variants = results.size() > 1;
        page.section("observed", "Against what was observed", "Observed", "Each observation's range against the "
                + "simulated value: its mean with a confidence interval, and the share of replications whose value "
                + "lies in the range. Ranges are also drawn on the matching charts.");
        List<String> header = variants
                ? List.of("Observation", "Variant", "Simulated", "Share inside", "Source")
                : List.of("Observation", "Simulated", "Share inside", "Source");
        List<Boolean> numeric = variants ? List.of(false, false, true, true, false) : List.of(false, true, true, false);
        Markup.Table table = new Markup.Table("observed", header, numeric);
        for (Observation observation : observed) {
            results.forEach((label, result) -> {
                ObservationCheck check = ObservationCheck.of(result, observation);
                String simulated = check.summary().map(s -> Format.meanAndHalfWidth(s, Format::number)).orElse(Format.NONE);
                String inside = check.replications() == 0 ? Format.NONE : Format.percent(check.inside());
                List<String> cells = variants
                        ? List.of(Html.text(observation.label()), Html.text(label), Html.text(simulated), Html.text(inside),
                                Html.text(observation.source()))
                        : List.of(Html.text(observation.label()), Html.text(simulated), Html.text(inside),
                                Html.text(observation.source()));
                table.markupRow(cells);
            });
        }
        page.html(table.html());
    }
}
