package org.corridorsim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.corridorsim.experiment.AttributionResult;
import org.corridorsim.experiment.Estimate;
import org.corridorsim.experiment.PolicyEffect;
import org.corridorsim.format.Format;
import org.corridorsim.scenario.Scenario;

/** The report of an attribution: each blocking policy's Shapley value, effect alone and effect removed. */
final class AttributionReport {

    private final Scenario scenario;
    private final AttributionResult result;

    private AttributionReport(Scenario scenario, AttributionResult result) {
        this.scenario = scenario;
        this.result = result;
    }

    static String html(Scenario scenario, AttributionResult result, Assets assets) {
        return new AttributionReport(scenario, result).page().render(assets, Footer.html(assets, List.of(),
                "attribution.json and attribution.csv"));
    }

    private Page page() {
        ScenarioOverview overview = new ScenarioOverview(scenario);
        Page page = new Page("attribution", "Attribution: " + scenario.title(), result.confidence());
        page.header(overview.header("attribution of " + result.metric() + " to the blocking policies",
                result.replications() + " replications per subset · seed " + result.seed() + " · "
                        + Format.percent(result.confidence()) + " confidence intervals · " + method()));
        section(page);
        page.html(Headline.assumptions(scenario));
        overview.summary(page, "Scenario");
        overview.details(page, "Corridors, populations and policies", "Details");
        Footer.sources(page, scenario);
        return page;
    }

    private String method() {
        return result.method() == AttributionResult.Method.EXACT
                ? "every one of the " + result.subsets() + " subsets of policies"
                : result.permutations() + " sampled permutations, " + result.subsets() + " subsets";
    }

    /** The attribution section: the figures as bars with whiskers, then as a table. */
    void section(Page page) {
        String metric = result.metric();
        page.section("attribution", "Effect of each blocking policy on " + metric, "Attribution",
                "With no policy, " + metric + " is " + text(result.none()) + "; with every policy, " + text(result.all())
                        + ". The Shapley value shares that difference between the policies, averaging each policy's "
                        + "effect over every order in which the policies could be added, so it does not depend on their "
                        + "order in the file, and the values add up to the difference. Alone: the policy on its own, "
                        + "against no policy. Removed: every policy, against all but this one. All subsets ran the same "
                        + "replications with the same random numbers; intervals are across replications.");
        List<PolicyEffect> effects = List.copyOf(result.effects().values());
        if (effects.isEmpty()) {
            page.html("<p>The scenario has no blocking policy, so there is nothing to attribute.</p>");
            return;
        }
        List<String> ids = effects.stream().map(PolicyEffect::policy).toList();
        List<Charts.Series> series = List.of(
                series("Shapley value", Charts.TOTAL, effects, PolicyEffect::shapley),
                series("alone", Charts.color(0), effects, PolicyEffect::alone),
                series("removed", Charts.color(1), effects, PolicyEffect::removed));
        page.chart("Effect on " + metric, "difference in " + metric + "; whiskers: confidence intervals",
                Charts.signed(Charts.bars(ids, List.of(), "difference in " + metric, "", series, true)), Page.Size.WIDE);
        Markup.Table table = new Markup.Table("attribution", List.of("Policy", "Shapley value", "Alone", "Removed"),
                List.of(false, true, true, true));
        for (PolicyEffect effect : effects) {
            table.markupRow(List.of(Html.text(effect.policy()), Html.text(text(effect.shapley())),
                    Html.text(text(effect.alone())), Html.text(text(effect.removed()))));
        }
        page.html(table.html());
    }

    private static Charts.Series series(String label, String color, List<PolicyEffect> effects,
            Function<PolicyEffect, Estimate> pick) {
        List<Estimate> estimates = new ArrayList<>();
        effects.forEach(e -> estimates.add(pick.apply(e)));
        return new Charts.Series(label, color, estimates.stream().mapToDouble(Estimate::mean).toArray(),
                estimates.stream().mapToDouble(Estimate::lower).toArray(),
                estimates.stream().mapToDouble(Estimate::upper).toArray());
    }

    private static String text(Estimate estimate) {
        if (estimate.n() == 0) {
            return Format.NONE;
        }
        return Double.isFinite(estimate.halfWidth()) ? Format.number(estimate.mean()) + " ± " + Format.number(estimate.halfWidth())
                : Format.number(estimate.mean());
    }
}
