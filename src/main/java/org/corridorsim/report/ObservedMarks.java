package org.corridorsim.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.corridorsim.experiment.ExperimentResult;
import org.corridorsim.experiment.ObservationCheck;
import org.corridorsim.format.Format;
import org.corridorsim.scenario.Observation;
import org.corridorsim.scenario.Scenario;
import org.corridorsim.stats.RunningSummary;

/**
 * The scenario's observations in a report: drawn as ranges on the charts of their metrics, and
 * listed in a table with the simulated mean and the share of replications inside each range.
 */
final class ObservedMarks {

    private ObservedMarks() {
    }

    /** The observations of a comparison: those of the first variant that states any. */
    static List<Observation> observedOf(List<Scenario> scenarios) {
        return scenarios.stream().map(s -> s.inference().observed()).filter(o -> !o.isEmpty()).findFirst()
                .orElse(List.of());
    }

    /** The lower end to draw: a one-sided "at most" bound is drawn from 0 (counts are not negative). */
    static double low(Observation o) {
        return Double.isInfinite(o.low()) ? Math.min(0, o.high()) : o.low();
    }

    /** The upper end to draw: a one-sided "at least" bound is drawn as a line at the bound. */
    static double high(Observation o) {
        return Double.isInfinite(o.high()) ? o.low() : o.high();
    }

    /** Marks, on a line chart over time, each observation of one of {@code metrics} at its time. */
    static void onTimeChart(ObjectNode spec, List<Observation> observed, List<String> metrics) {
        ArrayNode ranges = Json.array();
        for (Observation observation : observed) {
            if (metrics.contains(observation.metric()) && !observation.incident()) {
                ObjectNode range = ranges.addObject();
                range.put("x", observation.seconds());
                range.put("low", low(observation));
                range.put("high", high(observation));
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
        metricOfCategory.forEach((category, metric) -> observed.stream()
                .filter(o -> o.metric().equals(metric) && !o.incident())
                .forEach(observation -> {
                    ObjectNode range = ranges.addObject();
                    range.put("category", category);
                    range.put("low", low(observation));
                    range.put("high", high(observation));
                    range.put("label", "observed");
                }));
        if (!ranges.isEmpty()) {
            spec.set("observedRanges", ranges);
        }
    }

    /**
     * Checks from the summaries alone, for a report given none: the simulated mean of an
     * observation at the horizon, without the share inside (which needs every replication).
     */
    static List<ObservationCheck> fromSummaries(ExperimentResult result, List<Observation> observed) {
        return observed.stream().map(o -> new ObservationCheck(o,
                o.at().isEmpty() && result.summaries().containsKey(o.metric()) ? result.summary(o.metric())
                        : new RunningSummary().summary(result.confidence()), Double.NaN)).toList();
    }

    /** The section comparing the run (or each variant) with what was observed; nothing when nothing was observed. */
    static void section(Page page, Map<String, List<ObservationCheck>> checks) {
        if (checks.values().stream().allMatch(List::isEmpty)) {
            return;
        }
        boolean variants = checks.size() > 1;
        page.section("observed", "Against what was observed", "Observed", "Each observation's range against the "
                + "simulated value: its mean with a confidence interval, and the share of replications whose value "
                + "lies in the range. Ranges are also drawn on the matching charts.");
        List<String> header = variants
                ? List.of("Observation", "Variant", "Simulated", "Share inside", "Source")
                : List.of("Observation", "Simulated", "Share inside", "Source");
        List<Boolean> numeric = variants ? List.of(false, false, true, true, false) : List.of(false, true, true, false);
        Markup.Table table = new Markup.Table("observed", header, numeric);
        int count = checks.values().iterator().next().size();
        for (int i = 0; i < count; i++) {
            for (Map.Entry<String, List<ObservationCheck>> entry : checks.entrySet()) {
                ObservationCheck check = entry.getValue().get(i);
                Observation observation = check.observation();
                String simulated = check.replications() == 0 ? Format.NONE
                        : Format.meanAndHalfWidth(check.summary(), Format::number);
                String inside = Double.isNaN(check.inside()) ? Format.NONE : Format.percent(check.inside());
                List<String> cells = variants
                        ? List.of(Html.text(observation.label()), Html.text(entry.getKey()), Html.text(simulated),
                                Html.text(inside), Html.text(observation.source()))
                        : List.of(Html.text(observation.label()), Html.text(simulated), Html.text(inside),
                                Html.text(observation.source()));
                table.markupRow(cells);
            }
        }
        page.html(table.html());
    }
}
