package org.corridorsim.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corridorsim.experiment.AttributionResult;
import org.corridorsim.experiment.ComparisonResult;
import org.corridorsim.experiment.ExperimentResult;
import org.corridorsim.experiment.ObservationCheck;
import org.corridorsim.experiment.SweepRow;
import org.corridorsim.experiment.output.ExperimentFiles;
import org.corridorsim.inference.FitResult;
import org.corridorsim.scenario.Scenario;
import org.corridorsim.scenario.ScenarioOverride;

/**
 * {@code report.html}: one self-contained page with the scenario, the headline figures and
 * charts, that opens offline in any browser. Chart.js, the style sheet, the script and the data
 * are inlined; a Content-Security-Policy forbids every network load. Scenario text is escaped
 * and data is embedded as JSON, never as script.
 *
 * <p>Needs the optional dependency {@code org.webjars.npm:chart.js} on the class path; without
 * it every method throws {@link IllegalStateException} saying so.
 */
public final class HtmlReport {

    /** File name of the report inside a results directory. */
    public static final String REPORT_HTML = "report.html";

    private HtmlReport() {
    }

    /**
     * The report of one experiment on {@code scenario}, checked against its stated observations.
     *
     * @param scenario the scenario that was run
     * @param result its experiment result
     * @return a self-contained HTML page
     */
    public static String run(Scenario scenario, ExperimentResult result) {
        return run(scenario, result, ObservedMarks.fromSummaries(result, scenario.inference().observed()));
    }

    /**
     * The report of one experiment, with its replications checked against the scenario's
     * observations (from an {@link org.corridorsim.experiment.ObservationTally}).
     *
     * @param scenario the scenario that was run
     * @param result its experiment result
     * @param checks how the replications compare with each observation; may be empty
     * @return a self-contained HTML page
     */
    public static String run(Scenario scenario, ExperimentResult result, List<ObservationCheck> checks) {
        return RunReport.html(scenario, result, checks, Assets.get());
    }

    /**
     * The report of a comparison.
     *
     * @param scenarios the variants' scenarios, in the comparison's label order (baseline first)
     * @param comparison the comparison's result
     * @return a self-contained HTML page
     */
    public static String comparison(List<Scenario> scenarios, ComparisonResult comparison) {
        Map<String, List<ObservationCheck>> checks = new LinkedHashMap<>();
        for (int v = 0; v < comparison.labels().size(); v++) {
            checks.put(comparison.labels().get(v), ObservedMarks.fromSummaries(comparison.results().get(v),
                    ObservedMarks.observedOf(scenarios)));
        }
        return comparison(scenarios, comparison, checks);
    }

    /**
     * The report of a comparison, with each variant checked against the observations of the
     * first variant that states any.
     *
     * @param scenarios the variants' scenarios, in the comparison's label order (baseline first)
     * @param comparison the comparison's result
     * @param checks per variant label, in the comparison's label order
     * @return a self-contained HTML page
     * @throws IllegalArgumentException if there is not one scenario per variant
     */
    public static String comparison(List<Scenario> scenarios, ComparisonResult comparison,
            Map<String, List<ObservationCheck>> checks) {
        if (scenarios.size() != comparison.labels().size()) {
            throw new IllegalArgumentException("a comparison report needs one scenario per variant, got "
                    + scenarios.size() + " scenarios for " + comparison.labels().size() + " variants");
        }
        return ComparisonReport.html(scenarios, comparison, checks, Assets.get());
    }

    /**
     * The report of a sweep.
     *
     * @param scenario the scenario at the first point, shown as the sweep's setting
     * @param rows one per sweep point, in sweep order
     * @param points each row's overrides, in row order
     * @return a self-contained HTML page
     * @throws IllegalArgumentException if {@code rows} and {@code points} differ in size
     */
    public static String sweep(Scenario scenario, List<SweepRow> rows, List<List<ScenarioOverride>> points) {
        if (rows.size() != points.size()) {
            throw new IllegalArgumentException("a sweep report needs the overrides of every point, got "
                    + points.size() + " for " + rows.size() + " points");
        }
        return SweepReport.html(scenario, rows, points, Assets.get());
    }

    /**
     * The report of a fit.
     *
     * @param result the fit's result
     * @return a self-contained HTML page
     */
    public static String fit(FitResult result) {
        return FitReport.html(result, Assets.get());
    }

    /**
     * Writes {@link #fit} to {@code directory/report.html}, atomically.
     *
     * @param directory an existing results directory
     * @param result the fit's result
     * @throws IOException if the file cannot be written
     */
    public static void writeFit(Path directory, FitResult result) throws IOException {
        ExperimentFiles.writeText(directory.resolve(REPORT_HTML), fit(result));
    }

    /**
     * The report of an attribution of a metric to the blocking policies of {@code scenario}.
     *
     * @param scenario the attributed scenario
     * @param result the attribution's result
     * @return a self-contained HTML page
     */
    public static String attribution(Scenario scenario, AttributionResult result) {
        return AttributionReport.html(scenario, result, Assets.get());
    }

    /**
     * Writes {@link #attribution} to {@code directory/report.html}, atomically.
     *
     * @param directory an existing results directory
     * @param scenario the attributed scenario
     * @param result the attribution's result
     * @throws IOException if the file cannot be written
     */
    public static void writeAttribution(Path directory, Scenario scenario, AttributionResult result) throws IOException {
        ExperimentFiles.writeText(directory.resolve(REPORT_HTML), attribution(scenario, result));
    }

    /**
     * The report of a capacity plan: the answer, the feasibility map and every configuration.
     *
     * @param scenario the planned scenario
     * @param result the plan's result
     * @return a self-contained HTML page
     */
    public static String plan(Scenario scenario, org.corridorsim.planning.PlanResult result) {
        return PlanReport.html(scenario, result, Assets.get());
    }

    /**
     * Writes {@link #plan} to {@code directory/report.html}, atomically.
     *
     * @param directory an existing results directory
     * @param scenario the planned scenario
     * @param result the plan's result
     * @throws IOException if the file cannot be written
     */
    public static void writePlan(Path directory, Scenario scenario, org.corridorsim.planning.PlanResult result)
            throws IOException {
        ExperimentFiles.writeText(directory.resolve(REPORT_HTML), plan(scenario, result));
    }

    /**
     * Writes {@link #run(Scenario, ExperimentResult)} to {@code directory/report.html}, atomically.
     *
     * @param directory an existing results directory
     * @param scenario the scenario that was run
     * @param result its experiment result
     * @throws IOException if the file cannot be written
     */
    public static void writeRun(Path directory, Scenario scenario, ExperimentResult result) throws IOException {
        ExperimentFiles.writeText(directory.resolve(REPORT_HTML), run(scenario, result));
    }

    /**
     * Writes {@link #run(Scenario, ExperimentResult, List)} to {@code directory/report.html}, atomically.
     *
     * @param directory an existing results directory
     * @param scenario the scenario that was run
     * @param result its experiment result
     * @param checks how the replications compare with each observation
     * @throws IOException if the file cannot be written
     */
    public static void writeRun(Path directory, Scenario scenario, ExperimentResult result, List<ObservationCheck> checks)
            throws IOException {
        ExperimentFiles.writeText(directory.resolve(REPORT_HTML), run(scenario, result, checks));
    }

    /**
     * Writes {@link #comparison(List, ComparisonResult)} to {@code directory/report.html}, atomically.
     *
     * @param directory an existing results directory
     * @param scenarios the variants' scenarios, baseline first
     * @param comparison the comparison's result
     * @throws IOException if the file cannot be written
     */
    public static void writeComparison(Path directory, List<Scenario> scenarios, ComparisonResult comparison)
            throws IOException {
        ExperimentFiles.writeText(directory.resolve(REPORT_HTML), comparison(scenarios, comparison));
    }

    /**
     * Writes {@link #comparison(List, ComparisonResult, Map)} to {@code directory/report.html}, atomically.
     *
     * @param directory an existing results directory
     * @param scenarios the variants' scenarios, baseline first
     * @param comparison the comparison's result
     * @param checks per variant label, in the comparison's label order
     * @throws IOException if the file cannot be written
     */
    public static void writeComparison(Path directory, List<Scenario> scenarios, ComparisonResult comparison,
            Map<String, List<ObservationCheck>> checks) throws IOException {
        ExperimentFiles.writeText(directory.resolve(REPORT_HTML), comparison(scenarios, comparison, checks));
    }

    /**
     * Writes {@link #sweep} to {@code directory/report.html}, atomically.
     *
     * @param directory an existing results directory
     * @param scenario the scenario at the first point
     * @param rows one per sweep point, in sweep order
     * @param points each row's overrides, in row order
     * @throws IOException if the file cannot be written
     */
    public static void writeSweep(Path directory, Scenario scenario, List<SweepRow> rows,
            List<List<ScenarioOverride>> points) throws IOException {
        ExperimentFiles.writeText(directory.resolve(REPORT_HTML), sweep(scenario, rows, points));
    }
}
