package org.corridorsim.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corridorsim.format.Format;
import org.corridorsim.planning.PlanPoint;
import org.corridorsim.planning.PlanResult;
import org.corridorsim.planning.TargetEstimate;
import org.corridorsim.planning.Verdict;
import org.corridorsim.scenario.Planning;
import org.corridorsim.scenario.Scenario;

/**
 * The report of a capacity plan: the answer, the feasibility map over the first two decision
 * variables (the others held at the chosen configuration), and every configuration run or settled.
 * The map is a table of cells, one per configuration, so nothing in it can be drawn outside its axes.
 */
final class PlanReport {

    private static final Map<Verdict, String> COLORS = Map.of(
            Verdict.FEASIBLE, "#1a9850", Verdict.IMPLIED_FEASIBLE, "#a6d96a",
            Verdict.INFEASIBLE, "#d73027", Verdict.IMPLIED_INFEASIBLE, "#fdae61",
            Verdict.UNDECIDED, "#fee08b");
    private static final String UNEXAMINED = "#f0f0f0";

    private final Scenario scenario;
    private final PlanResult result;

    private PlanReport(Scenario scenario, PlanResult result) {
        this.scenario = scenario;
        this.result = result;
    }

    static String html(Scenario scenario, PlanResult result, Assets assets) {
        return new PlanReport(scenario, result).page().render(assets, Footer.html(assets, List.of(), "plan.json and plan.csv"));
    }

    private Page page() {
        ScenarioOverview overview = new ScenarioOverview(scenario);
        Planning planning = result.planning();
        Page page = new Page("plan", "Capacity plan: " + scenario.title(), planning.confidence());
        page.header(overview.header("capacity plan", result.replications() + " replications in all · seed " + result.seed()
                + " · " + Format.percent(planning.confidence()) + " confidence · " + result.runPoints().size() + " of "
                + result.gridSize() + " configurations run"));
        answer(page);
        map(page);
        points(page);
        overview.summary(page, "Scenario");
        Footer.sources(page, scenario);
        return page;
    }

    private void answer(Page page) {
        Planning planning = result.planning();
        List<String> targets = planning.targets().stream().map(Planning.Target::describe).toList();
        page.section("answer", "The cheapest configuration that meets every target", "Answer",
                "Targets: " + String.join("; ", targets) + ". Each configuration ran in batches under common random "
                        + "numbers until it clearly met every target or clearly missed one at "
                        + Format.percent(planning.confidence()) + " confidence (bounds: exact binomial for probabilities, "
                        + "Student-t for means; indifference zone " + Format.number(planning.indifference()) + ").");
        StringBuilder html = new StringBuilder();
        if (result.chosen().isPresent()) {
            PlanPoint chosen = result.chosen().get();
            html.append("<p><strong>").append(Html.text(configuration(chosen))).append("</strong>, cost ")
                    .append(Html.text(Format.number(chosen.cost()))).append(".</p>\n<ul>\n");
            for (TargetEstimate e : chosen.targets()) {
                html.append("<li>").append(Html.text(estimate(e))).append("</li>\n");
            }
            html.append("</ul>\n");
        } else {
            html.append("<p><strong>No configuration was found feasible.</strong></p>\n");
        }
        html.append("<p>").append(Html.text(result.replications() + " replications were run on "
                + result.runPoints().size() + " of the " + result.gridSize() + " configurations.")).append("</p>\n");
        for (String note : result.notes()) {
            html.append("<p class=\"note\">").append(Html.text(note)).append("</p>\n");
        }
        page.html(html.toString());
        Markup.Table table = new Markup.Table("runners-up", List.of("Runner-up", "Cost", "Verdict", "Replications"),
                List.of(false, true, false, true));
        for (PlanPoint p : result.runnersUp(5)) {
            table.row(configuration(p), Format.number(p.cost()), p.verdict().word(), Integer.toString(p.replications()));
        }
        page.html(table.html());
    }

    /** The map: one cell per configuration of the first two variables; the last variable upwards. */
    private void map(Page page) {
        List<Planning.Variable> variables = result.planning().variables();
        Planning.Variable x = variables.get(0);
        Planning.Variable y = variables.size() > 1 ? variables.get(1) : null;
        List<Integer> held = result.chosen().map(PlanPoint::values).orElse(result.points().isEmpty()
                ? List.of() : result.points().get(0).values());
        page.section("map", "Feasibility map", "Map", "Each cell is one configuration"
                + (variables.size() > 2 ? " (the other variables held at the chosen configuration's values)" : "")
                + ". Dark green: run and feasible; light green: feasible because it has at least as much of every variable "
                + "as a feasible configuration; red: run and infeasible; orange: infeasible because it has at most as much as "
                + "an infeasible one; yellow: undecided; grey: not needed. A number is the order in which it was run; the "
                + "star marks the cheapest feasible configuration.");
        Map<List<Integer>, PlanPoint> byValues = new HashMap<>();
        for (PlanPoint p : result.points()) {
            if (held.isEmpty() || variables.size() <= 2 || p.values().subList(2, variables.size()).equals(held.subList(2,
                    variables.size()))) {
                byValues.put(p.values().subList(0, Math.min(2, variables.size())), p);
            }
        }
        List<Integer> rows = new ArrayList<>();
        if (y != null) {
            for (int v = y.from(); v <= y.to(); v++) {
                rows.add(v);
            }
            Collections.reverse(rows);
        } else {
            rows.add(0);
        }
        StringBuilder html = new StringBuilder("<div class=\"table-wrap\"><table class=\"plan-map\" style=\"width:auto\">\n");
        html.append("<caption>").append(Html.text(y == null ? x.name() : y.name() + " (rows) by " + x.name() + " (columns)"))
                .append("</caption>\n");
        for (int row : rows) {
            html.append("<tr>");
            html.append("<th scope=\"row\">").append(y == null ? "" : Integer.toString(row)).append("</th>");
            for (int col = x.from(); col <= x.to(); col++) {
                List<Integer> key = y == null ? List.of(col) : List.of(col, row);
                PlanPoint p = byValues.get(key);
                boolean star = p != null && result.chosen().isPresent() && p == result.chosen().get();
                String color = p == null ? UNEXAMINED : COLORS.get(p.verdict());
                String title = (y == null ? x.name() + " " + col : x.name() + " " + col + ", " + y.name() + " " + row)
                        + (p == null ? ": not needed" : ": " + p.verdict().word() + ", cost " + Format.number(p.cost())
                        + (p.wasRun() ? ", " + p.replications() + " replications" : ""));
                html.append("<td class=\"cell\" data-verdict=\"").append(p == null ? "unexamined" : p.verdict().word())
                        .append("\" title=\"").append(Html.text(title)).append("\" style=\"background:").append(color)
                        .append(";min-width:3em;height:2.4em;text-align:center;border:")
                        .append(star ? "3px solid #000" : "1px solid #fff").append("\">")
                        .append(star ? "&#9733;" : "").append(p != null && p.wasRun() ? Integer.toString(p.order()) : "")
                        .append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("<tr><th></th>");
        for (int col = x.from(); col <= x.to(); col++) {
            html.append("<th scope=\"col\">").append(col).append("</th>");
        }
        html.append("</tr>\n</table></div>\n");
        page.html(html.toString());
    }

    private void points(Page page) {
        List<Planning.Variable> variables = result.planning().variables();
        List<String> header = new ArrayList<>(variables.stream().map(Planning.Variable::name).toList());
        header.addAll(List.of("Cost", "Verdict", "Replications", "Run"));
        for (Planning.Target t : result.planning().targets()) {
            header.add(t.describe());
        }
        List<Boolean> numeric = new ArrayList<>(Collections.nCopies(variables.size() + 1, true));
        numeric.addAll(List.of(false, true, true));
        numeric.addAll(Collections.nCopies(result.planning().targets().size(), false));
        Markup.Table table = new Markup.Table("plan-points", header, numeric);
        for (PlanPoint p : result.points()) {
            List<String> cells = new ArrayList<>(p.values().stream().map(String::valueOf).toList());
            cells.addAll(List.of(Format.number(p.cost()), p.verdict().word(), Integer.toString(p.replications()),
                    p.wasRun() ? Integer.toString(p.order()) : ""));
            for (int t = 0; t < result.planning().targets().size(); t++) {
                cells.add(p.targets().isEmpty() ? "" : bounds(p.targets().get(t)));
            }
            table.row(cells.toArray(String[]::new));
        }
        page.section("points", "Every configuration run or settled", "Configurations",
                "Cheapest first. Bounds are one-sided at the level the procedure used at each look ("
                        + Format.number(result.alpha()) + ").");
        page.html(table.html());
    }

    private String configuration(PlanPoint point) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < point.values().size(); i++) {
            parts.add(result.planning().variables().get(i).name() + " = " + point.values().get(i));
        }
        return String.join(", ", parts);
    }

    private static String estimate(TargetEstimate e) {
        Planning.Target t = e.target();
        return t.probability().isPresent()
                ? t.describe() + ": " + e.n() + " replications, share " + Format.number(e.estimate()) + ", bounds "
                        + bounds(e)
                : t.describe() + ": mean " + Format.number(e.estimate()) + ", bounds " + bounds(e);
    }

    private static String bounds(TargetEstimate e) {
        return Format.number(e.estimate()) + " [" + Format.number(e.lower()) + ", " + Format.number(e.upper()) + "]";
    }
}
