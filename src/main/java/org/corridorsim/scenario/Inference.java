package org.corridorsim.scenario;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a scenario says for inference: what was observed, the priors of its unknown parameters
 * (shared by every hypothesis), the hypotheses to weigh (one with every policy on when the file
 * names none), each prior path's {@link Parameter}, and warnings about things that are allowed
 * but probably not meant. It also carries the {@code plan:} section, which varies the scenario's
 * values through the same kept tree.
 */
public final class Inference {

    private final List<Observation> observed;
    private final Map<String, Prior> priors;
    private final List<Hypothesis> hypotheses;
    private final Map<String, Parameter> parameters;
    private final List<ScenarioError> warnings;
    private final Optional<ScenarioTemplate> template;
    private final Optional<Planning> plan;
    private final Map<String, String> resolvedPaths;
    private final Map<String, Prior> noise;

    Inference(List<Observation> observed, Map<String, Prior> priors, List<Hypothesis> hypotheses,
            Map<String, Parameter> parameters, List<ScenarioError> warnings, Optional<ScenarioTemplate> template) {
        this(observed, priors, hypotheses, parameters, warnings, template, Optional.empty(), Map.of(), Map.of());
    }

    Inference(List<Observation> observed, Map<String, Prior> priors, List<Hypothesis> hypotheses,
            Map<String, Parameter> parameters, List<ScenarioError> warnings, Optional<ScenarioTemplate> template,
            Map<String, String> resolvedPaths) {
        this(observed, priors, hypotheses, parameters, warnings, template, Optional.empty(), resolvedPaths, Map.of());
    }

    private Inference(List<Observation> observed, Map<String, Prior> priors, List<Hypothesis> hypotheses,
            Map<String, Parameter> parameters, List<ScenarioError> warnings, Optional<ScenarioTemplate> template,
            Optional<Planning> plan, Map<String, String> resolvedPaths, Map<String, Prior> noise) {
        this.plan = plan;
        this.noise = Collections.unmodifiableMap(new TreeMap<>(noise));
        this.resolvedPaths = Map.copyOf(resolvedPaths);
        this.observed = List.copyOf(observed);
        this.priors = Collections.unmodifiableMap(new TreeMap<>(priors));
        this.hypotheses = List.copyOf(hypotheses);
        this.parameters = Collections.unmodifiableMap(new TreeMap<>(parameters));
        this.warnings = List.copyOf(warnings);
        this.template = template;
    }

    /** No observations, no priors, the default hypothesis over these policies. */
    static Inference none(List<String> policies) {
        return new Inference(List.of(), Map.of(), List.of(new Hypothesis(Hypothesis.DEFAULT_ID, policies, Map.of())),
                Map.of(), List.of(), Optional.empty());
    }

    /** {@return what was seen, which a fit must reproduce} */
    public List<Observation> observed() {
        return observed;
    }

    /** {@return the shared priors, by override path} */
    public Map<String, Prior> priors() {
        return priors;
    }

    /** {@return the hypotheses to weigh; the default one when the scenario names none} */
    public List<Hypothesis> hypotheses() {
        return hypotheses;
    }

    /**
     * A hypothesis by id.
     *
     * @param id its id
     * @return the hypothesis
     * @throws IllegalArgumentException if there is none of that id
     */
    public Hypothesis hypothesis(String id) {
        return hypotheses.stream().filter(h -> h.id().equals(id)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("unknown hypothesis '" + id + "'; hypotheses: "
                        + hypotheses.stream().map(Hypothesis::id).toList()));
    }

    /** {@return every path that has a prior (shared or in a hypothesis), with what the scenario takes it for} */
    public Map<String, Parameter> parameters() {
        return parameters;
    }

    /** {@return warnings about things that are allowed but probably not meant, located in the file} */
    public List<ScenarioError> warnings() {
        return warnings;
    }

    /** {@return where each prior path leads in the tree, items by index, e.g. {@code blocking[1].probability}} */
    Map<String, String> resolvedPaths() {
        return resolvedPaths;
    }

    Optional<ScenarioTemplate> template() {
        return template;
    }

    /** {@return the scenario's {@code plan:} section, if it has one} */
    public Optional<Planning> plan() {
        return plan;
    }

    /** The same, with the plan section read after it. */
    Inference withPlan(Optional<Planning> section) {
        return new Inference(observed, priors, hypotheses, parameters, warnings, template, section, resolvedPaths,
                noise);
    }

    /** The same, with the priors of the observation models' parameters. */
    Inference withNoise(Map<String, Prior> priorsOfNoise) {
        return new Inference(observed, priors, hypotheses, parameters, warnings, template, plan, resolvedPaths,
                priorsOfNoise);
    }

    /**
     * The priors of the observation models' own parameters, shared by every hypothesis: each
     * source's bias factor ({@code sources.<id>.bias}) and each negative binomial dispersion
     * that has a prior ({@code sources.<id>.dispersion}, {@code observed[<i>].dispersion}).
     *
     * @return the priors by name, in name order
     */
    public Map<String, Prior> noise() {
        return noise;
    }

    /** Equal when everything the file says is equal; the kept tree does not count. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Inference that && observed.equals(that.observed) && priors.equals(that.priors)
                && hypotheses.equals(that.hypotheses) && parameters.equals(that.parameters)
                && warnings.equals(that.warnings) && plan.equals(that.plan) && noise.equals(that.noise);
    }

    @Override
    public int hashCode() {
        return Objects.hash(observed, priors, hypotheses, parameters, warnings, plan, noise);
    }

    @Override
    public String toString() {
        return "Inference[observed=" + observed + ", priors=" + priors + ", hypotheses=" + hypotheses + "]";
    }

    /**
     * The scenario's text after its command-line overrides, as YAML (comments dropped, aliases
     * expanded), when it was read from text: what a fit's saved state is checked against.
     *
     * @return the resolved text, or empty for a scenario built in code
     */
    public Optional<String> resolvedText() {
        return template.map(ScenarioTemplate::text);
    }
}
