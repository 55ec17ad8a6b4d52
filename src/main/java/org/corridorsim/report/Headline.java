package org.corridorsim.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.corridorsim.format.Format;
import org.corridorsim.model.Demand;
import org.corridorsim.policy.BlockingPolicy;
import org.corridorsim.scenario.Assumption;
import org.corridorsim.scenario.Scenario;
import org.corridorsim.stats.Summary;

/**
 * The headline of a run: the fates of the population (each person once) as numbers, shares and
 * one stacked bar, then the persons evacuated, then the attempt and stop counts, labelled as such.
 */
final class Headline {

    /** A headline metric, what the card calls it and what it counts. */
    record Figure(String metric, String name, String meaning) {
    }

    /** Person counts: each person counted once. */
    static final List<Figure> FIGURES = List.of(
            new Figure("evacuated", "Evacuated", "persons out through a corridor by the end"));

    /** Event counts, shown below the fates and labelled as attempts or stops, never persons. */
    static final List<Figure> ATTEMPTS = List.of(
            new Figure("attempted", "Attempts", "setting out, counted at every attempt: a person who tries three times counts three times"),
            new Figure("blocked", "Stops by policies", "turned back, detained or dispersed, counted at every stop"),
            new Figure("delayed", "Holds by policies", "held for a while, counted once per hold"),
            new Figure("balked", "Turned away at a checkpoint", "arrivals that found the waiting room full or the window closed"),
            new Figure("reneged", "Gave up waiting", "attempts that ended when patience ran out in a queue"),
            new Figure("sent-home", "Sent home at closing", "attempts ended when the window closed on the queue"),
            new Figure("dispersed", "Dispersed", "attempts ended when a policy closed the corridor on the queue"));

    /** A fate, how the bar calls it, what it means and its colour. */
    record Fate(String metric, String name, String meaning, String color) {
    }

    static final List<Fate> FATES = List.of(
            new Fate("fate.evacuated", "Evacuated", "left through a corridor", "#59a14f"),
            new Fate("fate.detained", "Detained", "detained by a policy", "#e15759"),
            new Fate("fate.gave-up", "Gave up", "stopped, turned away or out of patience, and will not try again", "#f28e2b"),
            new Fate("fate.retrying", "Will retry", "will try again after the end", "#edc948"),
            new Fate("fate.en-route", "Still on the way", "travelling, held, queued, in screening or waiting for a vehicle at the end", "#4e79a7"),
            new Fate("fate.stayed", "Never set out", "did not intend to leave, or had not set out by the end", "#bab0ac"));

    private Headline() {
    }

    static String cards(Scenario scenario, Map<String, Summary> summaries) {
        StringBuilder html = new StringBuilder(fates(scenario, summaries));
        html.append(cards(scenario, summaries, FIGURES));
        html.append("<h3 class=\"attempts-title\">Attempts, stops and holds</h3>\n<p class=\"attempts-note\">"
                + "These count events, not persons: a person stopped twice counts twice. The fates above count"
                + " each person once.</p>\n");
        html.append(cards(scenario, summaries, ATTEMPTS));
        return html.toString();
    }

    /**
     * What finally happened to each person: the population, how many set out, and each fate as a
     * number and a share of the population, drawn as one stacked bar.
     */
    static String fates(Scenario scenario, Map<String, Summary> summaries) {
        if (!summaries.containsKey("fate.stayed")) {
            return "";
        }
        boolean open = scenario.evacuation().populations().stream()
                .anyMatch(p -> !(p.demand() instanceof Demand.Finite));
        // the fates sum to the population in every replication, so their means do too
        double population = 0;
        for (Fate fate : FATES) {
            population += summaries.get(fate.metric()).mean();
        }
        double setOut = population - summaries.get("fate.stayed").mean();
        StringBuilder html = new StringBuilder("<div class=\"fates\">\n<p class=\"population\">");
        html.append(open ? "Persons who arrived " : "Population ").append("<strong>")
                .append(Html.text(Format.number(population))).append("</strong> · set out <strong>")
                .append(Html.text(Format.number(setOut))).append("</strong>");
        if (population > 0) {
            html.append(" (").append(Html.text(share(setOut / population))).append(')');
        }
        html.append(" · what finally happened to each person, means over replications</p>\n");
        html.append("<div class=\"fate-bar\" role=\"img\" aria-label=\"fates of the population\">");
        for (Fate fate : FATES) {
            double mean = summaries.get(fate.metric()).mean();
            double width = population > 0 ? 100 * mean / population : 0;
            html.append("<span class=\"fate-segment\" data-fate=\"").append(Html.text(fate.metric()))
                    .append("\" style=\"width:").append(String.format(java.util.Locale.ROOT, "%.3f", width))
                    .append("%;background:").append(fate.color()).append("\" title=\"")
                    .append(Html.text(fate.name() + ": " + Format.number(mean))).append("\"></span>");
        }
        html.append("</div>\n<ul class=\"fate-list\">\n");
        for (Fate fate : FATES) {
            Summary summary = summaries.get(fate.metric());
            html.append("<li><span class=\"swatch\" style=\"background:").append(fate.color()).append("\"></span>")
                    .append("<span class=\"fate-name\">").append(Html.text(fate.name())).append("</span> ")
                    .append(Markup.metric(fate.metric(), summary, Format::number));
            if (population > 0) {
                html.append(" <span class=\"share\">").append(Html.text(shareWithInterval(summary, population)))
                        .append("</span>");
            }
            html.append(" <span class=\"meaning\">").append(Html.text(fate.meaning())).append("</span></li>\n");
        }
        return html.append("</ul>\n</div>\n").toString();
    }

    /**
     * The values the scenario declares as assumptions (no public source gives them), next to the
     * figures that rest on them; empty when it declares none.
     */
    static String assumptions(Scenario scenario) {
        return assumptions(scenario.assumptions(), "the scenario's");
    }

    /**
     * The assumptions of several scenarios (variants, points of a sweep), each path once, in the
     * order first declared.
     *
     * @param whose e.g. "the variants'"
     */
    static String assumptions(Collection<Scenario> scenarios, String whose) {
        Map<String, Assumption> all = new LinkedHashMap<>();
        scenarios.forEach(s -> s.assumptions().forEach(a -> all.putIfAbsent(a.path(), a)));
        return assumptions(List.copyOf(all.values()), whose);
    }

    private static String assumptions(List<Assumption> assumptions, String whose) {
        if (assumptions.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<details class=\"assumptions\" open>\n<summary>These figures rest on ")
                .append(assumptions.size()).append(assumptions.size() == 1 ? " value" : " values")
                .append(" that no public source gives (").append(Html.text(whose))
                .append(" <code>assumptions</code>)</summary>\n<ul>\n");
        for (var assumption : assumptions) {
            html.append("<li><code>").append(Html.text(assumption.path())).append("</code>: ")
                    .append(Html.text(assumption.note())).append("</li>\n");
        }
        return html.append("</ul>\n</details>\n").toString();
    }

    private static String share(double fraction) {
        return Format.percent(Math.max(0, Math.min(1, fraction)));
    }

    /** "12.3% (11.9–12.7%)": the interval of a share clipped to [0, 1]. */
    private static String shareWithInterval(Summary summary, double population) {
        String mean = share(summary.mean() / population);
        if (!Double.isFinite(summary.halfWidth())) {
            return mean;
        }
        return mean + " (" + share(summary.lower(0) / population) + "–" + share(summary.upper(population) / population)
                + ")";
    }

    private static String cards(Scenario scenario, Map<String, Summary> summaries, List<Figure> figures) {
        StringBuilder html = new StringBuilder("<div class=\"cards\">\n");
        for (Figure figure : figures) {
            Summary summary = summaries.get(figure.metric());
            if (summary == null) {
                continue;
            }
            List<String[]> parts = new ArrayList<>();
            if (figure.metric().equals("evacuated")) {
                parts.add(new String[] {"civilian", "evacuated.civilian"});
                parts.add(new String[] {"fighter", "evacuated.fighter"});
                parts.add(new String[] {"medical cases", "evacuated.medical"});
            } else if (figure.metric().equals("blocked")) {
                for (BlockingPolicy policy : scenario.evacuation().blocking()) {
                    parts.add(new String[] {policy.id(), "blocked." + policy.id()});
                }
                parts.add(new String[] {"of which detentions", "detained"});
            } else if (figure.metric().equals("delayed")) {
                for (BlockingPolicy policy : scenario.evacuation().blocking()) {
                    parts.add(new String[] {policy.id(), "delayed." + policy.id()});
                }
            } else if (figure.metric().equals("balked")) {
                parts.add(new String[] {"waiting room full", "balked.full"});
                parts.add(new String[] {"window closed", "balked.closed"});
            }
            boolean primary = figure.metric().equals("evacuated");
            html.append("<div class=\"card").append(primary ? " primary" : "").append("\">\n")
                    .append("<h3>").append(Html.text(figure.name())).append("</h3>\n")
                    .append("<p class=\"figure\">").append(Markup.metric(figure.metric(), summary, Format::number))
                    .append("</p>\n")
                    .append("<p class=\"interval\">").append(Markup.interval(summary, Format::number)).append("</p>\n")
                    .append("<p class=\"meaning\">").append(Html.text(figure.meaning())).append("</p>\n");
            String list = parts.stream()
                    .filter(part -> summaries.containsKey(part[1]))
                    .map(part -> "<li><span class=\"part-name\">" + swatch(part[0]) + Html.text(part[0]) + "</span>"
                            + Markup.metric(part[1], summaries.get(part[1]), Format::number) + "</li>")
                    .collect(Collectors.joining("\n"));
            if (!list.isEmpty()) {
                html.append("<ul class=\"parts\">\n").append(list).append("\n</ul>\n");
            }
            html.append("</div>\n");
        }
        return html.append("</div>").toString();
    }

    private static String swatch(String kind) {
        return switch (kind) {
            case "civilian", "fighter" -> "<span class=\"swatch " + kind + "\"></span>";
            case "medical cases" -> "<span class=\"swatch medical\"></span>";
            default -> "";
        };
    }
}
