package org.corridorsim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.corridorsim.policy.BlockingPolicy;
import org.corridorsim.scenario.Scenario;
import org.corridorsim.stats.Summary;

/** The headline figures of a run as cards: each a count of persons with its confidence interval. */
final class Headline {

    /** A headline metric, what the card calls it and what it counts. */
    record Figure(String metric, String name, String meaning) {
    }

    static final List<Figure> FIGURES = List.of(
            new Figure("evacuated", "Evacuated", "persons out through a corridor by the end"),
            new Figure("attempted", "Attempted", "persons setting out, each new try counted again"),
            new Figure("blocked", "Blocked", "persons stopped by a blocking policy"),
            new Figure("balked", "Balked", "persons turned away because a waiting room was full"),
            new Figure("reneged", "Reneged", "persons who gave up waiting at a crossing"),
            new Figure("dispersed", "Dispersed", "persons whose queue broke up when a corridor closed"),
            new Figure("remaining", "Remaining", "persons who set out and were neither out nor detained by the end"));

    private Headline() {
    }

    static String cards(Scenario scenario, Map<String, Summary> summaries) {
        StringBuilder html = new StringBuilder("<div class=\"cards\">\n");
        for (Figure figure : FIGURES) {
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
                parts.add(new String[] {"of whom detained", "detained"});
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
