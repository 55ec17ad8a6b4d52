package org.corridorsim.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.corridorsim.format.Format;
import org.corridorsim.model.Corridor;
import org.corridorsim.model.Demand;
import org.corridorsim.model.Evacuation;
import org.corridorsim.model.Interval;
import org.corridorsim.model.Population;
import org.corridorsim.policy.BlockingPolicy;
import org.corridorsim.policy.Kind;
import org.corridorsim.scenario.Scenario;

/**
 * The scenario as the report shows it: title and period in the page header; then the opening
 * windows on a timeline, the corridors, the populations and the blocking policies in force.
 */
final class ScenarioOverview {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.ENGLISH);

    private final Scenario scenario;
    private final LocalTimeAxis clock;
    /** Override paths that a fit draws from priors: the file's values for them are not in force. */
    private final Set<String> fitted;

    ScenarioOverview(Scenario scenario) {
        this(scenario, Set.of());
    }

    private ScenarioOverview(Scenario scenario, Set<String> fitted) {
        this.scenario = scenario;
        this.clock = new LocalTimeAxis(scenario);
        this.fitted = fitted;
    }

    /** The same overview for a fit: the values of {@code paths} in the tables are the file's placeholders. */
    ScenarioOverview fitted(Set<String> paths) {
        return new ScenarioOverview(scenario, Set.copyOf(paths));
    }

    LocalTimeAxis clock() {
        return clock;
    }

    /** The page header: what kind of report, the title, the period and how the numbers were made. */
    String header(String reportKind, String runFacts) {
        return header(reportKind, scenario.title(), runFacts);
    }

    /** The page header under another title than the scenario's, e.g. a comparison's. */
    String header(String reportKind, String title, String runFacts) {
        return "<p class=\"eyebrow\">CorridorSim · " + Html.text(reportKind) + "</p>\n"
                + "<h1>" + Html.text(title) + "</h1>\n"
                + "<p class=\"subtitle\">" + Html.text(scenario.id() + " · " + period()) + "</p>\n"
                + "<p class=\"run-facts\">" + Html.text(runFacts) + "</p>\n";
    }

    /** "Thu 20 Oct 2016 08:00 – Sat 22 Oct 2016 19:00 (Asia/Damascus), 59 h". */
    String period() {
        return DATE_TIME.format(scenario.start()) + " – " + DATE_TIME.format(scenario.end()) + " ("
                + scenario.zone().getId() + "), " + Format.duration(scenario.horizon());
    }

    /** The whole scenario in one section. */
    void section(Page page, String heading) {
        summary(page, heading);
        tables(page);
    }

    /** The period, routing and the opening windows: what a reader needs before the charts over time. */
    void summary(Page page, String heading) {
        Evacuation evacuation = scenario.evacuation();
        page.section("scenario", heading, "");
        page.html(facts(evacuation));
        page.chart("Opening windows", "when each corridor is open, in local time", timeline(evacuation), Page.Size.WIDE);
    }

    /** The corridors, populations and policies in a section of their own. */
    void details(Page page, String heading, String contentsLabel) {
        page.section("scenario-details", heading, contentsLabel, "");
        tables(page);
    }

    private void tables(Page page) {
        Evacuation evacuation = scenario.evacuation();
        if (!fitted.isEmpty()) {
            page.html("<p class=\"note\" data-note=\"placeholders\">As written in the file. The values of "
                    + fitted.stream().sorted().map(p -> "<code>" + Html.text(p) + "</code>").collect(Collectors.joining(", "))
                    + " below are placeholders, not in force: the fit drew them from their priors. Which policies are on "
                    + "depends on the hypothesis.</p>");
        }
        page.subheading("Corridors");
        page.html(corridors(evacuation).html());
        page.subheading("Populations");
        page.html(populations(evacuation).html());
        page.subheading(fitted.isEmpty() ? "Blocking policies in force" : "Blocking policies in the file");
        if (evacuation.blocking().isEmpty()) {
            page.html("<p>None: nothing stops groups on their way out.</p>");
        } else {
            page.html("<p class=\"intro\">Applied in this order; a group stopped by one is counted under that one only.</p>");
            page.html(policies(evacuation.blocking()).html());
        }
    }

    private String facts(Evacuation evacuation) {
        List<String[]> facts = List.of(
                new String[] {"Period", period()},
                new String[] {"Routing", enumText(evacuation.routing().name())},
                new String[] {"When a window closes", evacuation.onWindowClose().name().equals("GO_HOME")
                        ? "groups still waiting go home" : "groups still waiting stay for the next window"},
                new String[] {"Time bins", Format.duration(evacuation.binWidth())});
        return facts.stream().map(f -> "<div><dt>" + Html.text(f[0]) + "</dt><dd>" + Html.text(f[1]) + "</dd></div>")
                .collect(Collectors.joining("\n", "<dl class=\"facts\">\n", "\n</dl>"));
    }

    private ObjectNode timeline(Evacuation evacuation) {
        List<String> rows = new ArrayList<>();
        List<List<double[]>> intervals = new ArrayList<>();
        List<List<String>> tooltips = new ArrayList<>();
        for (Corridor corridor : evacuation.corridors()) {
            rows.add(corridorLabel(corridor));
            List<double[]> open = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            for (Interval window : corridor.windows().intervals()) {
                double from = Math.max(0, window.from());
                double to = Math.min(scenario.horizon(), window.to());
                if (from < to) {
                    open.add(new double[] {from, to});
                    texts.add(clock.span(from, to) + " (" + Format.duration(to - from) + ")");
                }
            }
            intervals.add(open);
            tooltips.add(texts);
        }
        return Charts.timeline(rows, intervals, tooltips, clock, "open");
    }

    static String corridorLabel(Corridor corridor) {
        return corridor.name().isEmpty() || corridor.name().equals(corridor.id()) ? corridor.id()
                : corridor.id() + " · " + corridor.name();
    }

    private Markup.Table corridors(Evacuation evacuation) {
        Markup.Table table = new Markup.Table("corridors", List.of("Corridor", "Serves", "Open", "Route"),
                List.of(false, false, false, false));
        for (Corridor c : evacuation.corridors()) {
            double open = c.windows().openTime(0, scenario.horizon());
            long windows = c.windows().intervals().stream()
                    .filter(w -> w.to() > 0 && w.from() < scenario.horizon()).count();
            table.markupRow(List.of(Html.text(corridorLabel(c)),
                    Html.text(c.serves().stream().sorted().map(Kind::id).collect(Collectors.joining(", "))),
                    Html.text(open >= scenario.horizon() ? "always" : Format.duration(open) + " in " + windows
                            + (windows == 1 ? " window" : " windows")),
                    RouteText.html(c)));
        }
        return table;
    }

    private Markup.Table populations(Evacuation evacuation) {
        Markup.Table table = new Markup.Table("populations", "Population", "Kind", "Who sets out", "Group size",
                "Medical share", "Patience at a crossing", "Tries again", "Reaches");
        for (Population p : evacuation.populations()) {
            String demand;
            if (p.demand() instanceof Demand.Finite finite) {
                demand = Format.number(finite.leaving()) + " of " + Format.number(finite.size()) + " ("
                        + Format.percent(finite.intent()) + ")";
            } else {
                Demand.Poisson poisson = (Demand.Poisson) p.demand();
                demand = "open stream, " + Format.number(poisson.ratePerSecond() * 3600) + " groups per hour";
            }
            table.row(p.id(), p.kind().id(), demand, Format.distribution(p.groupSize(), Format::number),
                    Format.percent(p.medicalShare()),
                    p.patience().map(d -> Format.distribution(d, Format::duration)).orElse("unlimited"),
                    p.retry().probability() == 0 ? "never" : Format.percent(p.retry().probability()) + ", after "
                            + Format.distribution(p.retry().after(), Format::duration),
                    String.join(", ", p.travel().keySet()));
        }
        return table;
    }

    private Markup.Table policies(List<BlockingPolicy> blocking) {
        Markup.Table table = new Markup.Table("policies", "#", "Policy", "Type", "Stops", "Where", "How");
        int order = 1;
        for (BlockingPolicy policy : blocking) {
            PolicyDescription d = PolicyDescription.of(policy, clock);
            String prefix = "blocking." + policy.id() + ".";
            List<String> drawn = fitted.stream().filter(p -> p.startsWith(prefix)).sorted()
                    .map(p -> p.substring(prefix.length())).toList();
            table.row(Integer.toString(order++), d.id(), d.type(), d.who(), d.where(), drawn.isEmpty() ? d.how()
                    : d.how() + " (placeholder: " + String.join(", ", drawn) + " fitted, see Posterior)");
        }
        return table;
    }

    /** MEDICAL_FIRST as "medical first". */
    private static String enumText(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
