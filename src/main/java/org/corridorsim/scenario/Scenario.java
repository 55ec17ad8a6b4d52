package org.corridorsim.scenario;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.corridorsim.model.Evacuation;
import org.corridorsim.policy.BlockingPolicy;

/**
 * A loaded scenario: what it is called, its calendar (simulation time 0 is {@code start} in
 * {@code zone}), the model configuration, how to run it, the sources it draws on, the values
 * no source gives ({@code assumptions}), the file it came from, if any, and what it says for
 * inference (observations, priors, hypotheses). The model configuration records the counts the
 * observations need at their times ({@link Observation#recording}).
 *
 * @param id the scenario id, used in result folders
 * @param title the display title
 * @param zone the time zone of the scenario's local times
 * @param start the local time at simulation time 0
 * @param end the local time at the horizon, after {@code start}
 * @param evacuation the model configuration
 * @param experiment how to run it
 * @param sources public sources the figures come from
 * @param assumptions the values no source gives
 * @param file the file it was loaded from, if any
 * @param inference observations, priors and hypotheses
 */
public record Scenario(
        String id,
        String title,
        ZoneId zone,
        LocalDateTime start,
        LocalDateTime end,
        Evacuation evacuation,
        ExperimentSettings experiment,
        List<String> sources,
        List<Assumption> assumptions,
        Optional<Path> file,
        Inference inference) {

    /**
     * Checks the components.
     *
     * @param id the scenario id, used in result folders
     * @param title the display title
     * @param zone the time zone of the scenario's local times
     * @param start the local time at simulation time 0
     * @param end the local time at the horizon, after {@code start}
     * @param evacuation the model configuration
     * @param experiment how to run it
     * @param sources public sources the figures come from
     * @param assumptions the values no source gives
     * @param file the file it was loaded from, if any
     * @param inference observations, priors and hypotheses
     */
    public Scenario {
        if (!end.atZone(zone).isAfter(start.atZone(zone))) {
            throw new IllegalArgumentException("end " + end + " must be after start " + start);
        }
        sources = List.copyOf(sources);
        assumptions = List.copyOf(assumptions);
        evacuation = evacuation.withRecording(Observation.recording(inference.observed(), evacuation.horizon()));
    }

    /**
     * A scenario that declares no assumptions, with nothing observed and the default hypothesis.
     *
     * @param id the scenario id
     * @param title the display title
     * @param zone the time zone of the scenario's local times
     * @param start the local time at simulation time 0
     * @param end the local time at the horizon, after {@code start}
     * @param evacuation the model configuration
     * @param experiment how to run it
     * @param sources public sources the figures come from
     * @param file the file it was loaded from, if any
     */
    public Scenario(String id, String title, ZoneId zone, LocalDateTime start, LocalDateTime end, Evacuation evacuation,
            ExperimentSettings experiment, List<String> sources, Optional<Path> file) {
        this(id, title, zone, start, end, evacuation, experiment, sources, List.of(), file);
    }

    /**
     * A scenario with nothing observed and the default hypothesis (every policy on).
     *
     * @param id the scenario id
     * @param title the display title
     * @param zone the time zone of the scenario's local times
     * @param start the local time at simulation time 0
     * @param end the local time at the horizon, after {@code start}
     * @param evacuation the model configuration
     * @param experiment how to run it
     * @param sources public sources the figures come from
     * @param assumptions the values no source gives
     * @param file the file it was loaded from, if any
     */
    public Scenario(String id, String title, ZoneId zone, LocalDateTime start, LocalDateTime end, Evacuation evacuation,
            ExperimentSettings experiment, List<String> sources, List<Assumption> assumptions, Optional<Path> file) {
        this(id, title, zone, start, end, evacuation, experiment, sources, assumptions, file,
                Inference.none(evacuation.blocking().stream().map(BlockingPolicy::id).toList()));
    }

    /**
     * The local date-time {@code seconds} of simulation time after the start (DST-aware).
     *
     * @param seconds simulation time
     * @return the local date-time in the scenario's zone
     */
    public LocalDateTime localTime(double seconds) {
        return ScenarioClock.localTime(zone, start, seconds);
    }

    /**
     * The date-time {@code seconds} of simulation time after the start, with the UTC offset in
     * force then, e.g. {@code 2016-10-20T08:00+03:00}; across a DST change the offset changes.
     *
     * @param seconds simulation time
     * @return the date-time with its offset
     */
    public OffsetDateTime offsetTime(double seconds) {
        long whole = (long) Math.floor(seconds);
        long nanos = Math.round((seconds - whole) * 1e9);
        return start.atZone(zone).plusSeconds(whole).plusNanos(nanos).toOffsetDateTime();
    }

    /**
     * Simulation time of a local date-time.
     *
     * @param time a local date-time in the scenario's zone
     * @return seconds from the start
     */
    public double seconds(LocalDateTime time) {
        return new ScenarioClock(zone, start, end).seconds(time);
    }

    /** {@return simulation time at the end, in seconds} */
    public double horizon() {
        return evacuation.horizon();
    }

    /**
     * The same scenario with other experiment settings, e.g. fewer replications for a quick run.
     *
     * @param settings the new settings
     * @return a copy
     */
    public Scenario withExperiment(ExperimentSettings settings) {
        return new Scenario(id, title, zone, start, end, evacuation, settings, sources, assumptions, file, inference);
    }

    Scenario withInference(Inference other) {
        return new Scenario(id, title, zone, start, end, evacuation, experiment, sources, assumptions, file, other);
    }

    /** {@return the blocking policies' ids, in the order of the file} */
    public List<String> policyIds() {
        return evacuation.blocking().stream().map(BlockingPolicy::id).toList();
    }

    /**
     * The same scenario with only the blocking policies {@code ids} on, in the order of the file;
     * nothing else changes, so runs of two such variants share their random numbers.
     *
     * @param ids policy ids of this scenario
     * @return the variant
     * @throws IllegalArgumentException if an id names no policy of the scenario
     */
    public Scenario withPolicies(Collection<String> ids) {
        TreeSet<String> unknown = new TreeSet<>(ids);
        policyIds().forEach(unknown::remove);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown policies " + unknown + "; policies: " + policyIds());
        }
        List<BlockingPolicy> kept = evacuation.blocking().stream().filter(p -> ids.contains(p.id())).toList();
        Evacuation variant = evacuation.withBlocking(kept);
        return new Scenario(id, title, zone, start, end, variant, experiment, sources, assumptions, file, inference);
    }

    /**
     * The variants of this scenario under {@code hypothesis}, whose parameter values a fit sets
     * on the built model configuration without reading the scenario again.
     *
     * @param hypothesis one of the scenario's hypotheses
     * @return its variants
     */
    public ScenarioVariants variants(Hypothesis hypothesis) {
        return new ScenarioVariants(this, hypothesis);
    }

    /**
     * The scenario read again from its file's tree with {@code overrides} set after the ones it
     * was loaded with, as by {@code --set}: paths may hold wildcards or be linked names. Its
     * inference and plan sections are kept.
     *
     * @param overrides values by override path
     * @return the variant
     * @throws IllegalStateException if the scenario was not read from text
     * @throws ScenarioException if a path leads nowhere or the scenario rejects a value
     */
    public Scenario withOverrides(List<ScenarioOverride> overrides) {
        ScenarioTemplate template = inference.template().orElseThrow(() -> new IllegalStateException(
                "scenario " + id + " was not read from text, so its values cannot be set"));
        Map<String, String> texts = new LinkedHashMap<>();
        overrides.forEach(override -> texts.put(override.path(), override.value()));
        Scenario variant = template.read(texts);
        return new Scenario(id, title, zone, start, end, variant.evacuation(), experiment, sources, assumptions, file,
                inference);
    }

    /** {@return the scenario's {@code plan:} section, if it has one} */
    public Optional<Planning> plan() {
        return inference.plan();
    }

    /**
     * The scenario under {@code hypothesis} with its parameters set to {@code values} (in model
     * units, durations in seconds, keyed by the prior paths): the scenario is read again from its
     * tree with each value set as by {@code --set}, then only the hypothesis's policies are kept.
     * A whole-number parameter is rounded to the nearest integer.
     *
     * @param hypothesis one of the scenario's hypotheses
     * @param values a value for each of its parameters
     * @return the scenario under that hypothesis
     * @throws IllegalArgumentException if {@code values} does not hold exactly the hypothesis's parameters
     * @throws ScenarioException if the scenario rejects a value (e.g. a triangular minimum above its mode)
     */
    public Scenario with(Hypothesis hypothesis, Map<String, Double> values) {
        if (!values.keySet().equals(hypothesis.priors().keySet())) {
            throw new IllegalArgumentException("hypothesis " + hypothesis.id() + " has the parameters "
                    + hypothesis.parameters() + ", got values for " + new TreeSet<>(values.keySet()));
        }
        if (values.isEmpty()) {
            return withPolicies(hypothesis.policies());
        }
        ScenarioTemplate template = inference.template().orElseThrow(() -> new IllegalStateException(
                "scenario " + id + " was not read from text, so its parameters cannot be set"));
        Map<String, String> texts = new LinkedHashMap<>();
        new TreeMap<>(values).forEach((path, value) -> texts.put(path, inference.parameters().get(path).text(value)));
        Scenario variant = template.read(texts);
        return new Scenario(id, title, zone, start, end, variant.evacuation(), experiment, sources, assumptions, file, inference)
                .withPolicies(hypothesis.policies());
    }
}
