package org.corridorsim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corridorsim.model.Demand;
import org.corridorsim.model.Evacuation;
import org.corridorsim.model.Population;
import org.corridorsim.policy.BlockingPolicy;
import org.corridorsim.random.Distribution;

/**
 * The variants of a scenario under one hypothesis, for a fit: each set of parameter values gives
 * the model configuration with those values set directly on the built objects, with no text
 * read again. Built once per hypothesis (and thread) and reused for every particle.
 *
 * <p>Values are set directly on: a blocking policy's number, probability, duration or whole
 * number (the policy is created again by its provider from the answers it was given when the
 * file was read), a parameter of a policy's distribution, and a population's {@code size},
 * {@code intent}, {@code medical-share}, and the parameters of its {@code group-size},
 * {@code patience} and {@code travel} distributions. Any other path (e.g. inside a composite
 * policy, or a corridor's lanes) is set as {@link Scenario#with} does, by reading the scenario
 * again; {@link #direct()} says whether that is needed.
 */
public final class ScenarioVariants {

    private static final Pattern POLICY = Pattern.compile("blocking\\[(\\d+)\\]\\.([^.\\[]+)(?:\\.([^.\\[]+))?");
    private static final Pattern POPULATION = Pattern.compile(
            "populations\\[(\\d+)\\]\\.(size|intent|medical-share|group-size\\.[^.\\[]+|patience\\.[^.\\[]+"
                    + "|travel\\.[^.\\[]+\\.[^.\\[]+|attributes\\.[^.\\[]+\\.share)");

    /** Sets one value on the configuration being built. */
    private interface Setter {
        void set(Parts parts, double value);
    }

    /** The configuration being built: policies by their index in the file, populations by theirs. */
    private static final class Parts {
        final BlockingPolicy[] policies;
        final Population[] populations;
        final Map<Integer, Map<String, Object>> answers = new LinkedHashMap<>();

        Parts(Evacuation base) {
            policies = base.blocking().toArray(BlockingPolicy[]::new);
            populations = base.populations().toArray(Population[]::new);
        }
    }

    private final Scenario scenario;
    private final Hypothesis hypothesis;
    private final List<String> paths;
    private final List<Setter> setters;
    private final List<ReplayedParameters.Recipe> recipes;
    private final boolean direct;

    ScenarioVariants(Scenario scenario, Hypothesis hypothesis) {
        this.scenario = scenario;
        this.hypothesis = hypothesis;
        this.paths = hypothesis.parameters();
        Inference inference = scenario.inference();
        this.recipes = inference.template().map(ScenarioTemplate::recipes).orElse(List.of());
        List<Setter> found = new ArrayList<>();
        boolean all = true;
        for (String path : paths) {
            Optional<Setter> setter = setter(inference.parameters().get(path),
                    inference.resolvedPaths().getOrDefault(path, ""));
            setter.ifPresent(found::add);
            all &= setter.isPresent();
        }
        this.setters = all ? List.copyOf(found) : List.of();
        this.direct = all;
    }

    /** {@return true when every parameter is set directly, false when the scenario must be read again} */
    public boolean direct() {
        return direct;
    }

    /**
     * The configuration under the hypothesis with its parameters set to {@code values}.
     *
     * @param values one per parameter, in the order of {@link Hypothesis#parameters()}, in model units
     * @return the configuration, with only the hypothesis's policies
     * @throws IllegalArgumentException if the count of values is wrong or the model rejects one
     */
    public Evacuation evacuation(double[] values) {
        if (values.length != paths.size()) {
            throw new IllegalArgumentException("hypothesis " + hypothesis.id() + " has " + paths.size()
                    + " parameters, got " + values.length + " values");
        }
        Evacuation base = scenario.evacuation();
        if (!direct) {
            return readAgain(values);
        }
        Parts parts = new Parts(base);
        for (int k = 0; k < values.length; k++) {
            setters.get(k).set(parts, values[k]);
        }
        try {
            parts.answers.forEach((index, replaced) -> parts.policies[index] = recipes.get(index).create(replaced));
        } catch (ReplayedParameters.NotReplayable e) {
            // a provider whose questions depend on the values it is given: read the text again
            return readAgain(values);
        }
        List<BlockingPolicy> on = new ArrayList<>();
        for (BlockingPolicy policy : parts.policies) {
            if (hypothesis.policies().contains(policy.id())) {
                on.add(policy);
            }
        }
        return base.withPopulations(List.of(parts.populations)).withBlocking(on);
    }

    private Evacuation readAgain(double[] values) {
        Map<String, Double> byPath = new LinkedHashMap<>();
        for (int k = 0; k < values.length; k++) {
            byPath.put(paths.get(k), values[k]);
        }
        return scenario.with(hypothesis, byPath).evacuation();
    }

    private Optional<Setter> setter(Parameter parameter, String resolved) {
        if (parameter == null) {
            return Optional.empty();
        }
        boolean whole = parameter.type() == Parameter.Type.INTEGER;
        Matcher policy = POLICY.matcher(resolved);
        if (policy.matches()) {
            return policySetter(Integer.parseInt(policy.group(1)), policy.group(2), policy.group(3), whole);
        }
        Matcher population = POPULATION.matcher(resolved);
        if (population.matches()) {
            return populationSetter(Integer.parseInt(population.group(1)), population.group(2));
        }
        return Optional.empty();
    }

    private Optional<Setter> policySetter(int index, String key, String parameter, boolean whole) {
        if (index >= recipes.size() || !recipes.get(index).replayable()) {
            return Optional.empty();
        }
        Map<String, Object> answers = recipes.get(index).answers();
        if (parameter != null) {
            if (!(answers.get("distribution:" + key) instanceof Distribution)) {
                return Optional.empty();
            }
            String answer = "distribution:" + key;
            return Optional.of((parts, value) -> {
                Map<String, Object> replaced = parts.answers.computeIfAbsent(index, i -> new LinkedHashMap<>());
                Distribution current = (Distribution) replaced.getOrDefault(answer, answers.get(answer));
                replaced.put(answer, DistributionReader.with(current, parameter, value).orElseThrow(() ->
                        new IllegalArgumentException("no parameter '" + parameter + "' in " + current)));
            });
        }
        for (String method : List.of("probability", "number", "duration")) {
            if (answers.containsKey(method + ":" + key)) {
                String answer = method + ":" + key;
                return Optional.of((parts, value) -> {
                    if (method.equals("probability") && !(value >= 0 && value <= 1)) {
                        throw new IllegalArgumentException(key + " must be a probability, got " + value);
                    }
                    parts.answers.computeIfAbsent(index, i -> new LinkedHashMap<>()).put(answer, value);
                });
            }
        }
        if (answers.containsKey("integer:" + key) && whole) {
            return Optional.of((parts, value) -> parts.answers.computeIfAbsent(index, i -> new LinkedHashMap<>())
                    .put("integer:" + key, Math.round(value)));
        }
        return Optional.empty();
    }

    private static Optional<Setter> populationSetter(int index, String key) {
        String[] parts = key.split("\\.");
        return Optional.of(switch (parts[0]) {
            case "size", "intent" -> (built, value) -> {
                Population p = built.populations[index];
                if (!(p.demand() instanceof Demand.Finite finite)) {
                    throw new IllegalArgumentException("population " + p.id() + " has no size or intent");
                }
                Demand demand = parts[0].equals("size")
                        ? new Demand.Finite(Math.round(value), finite.intent(), finite.departures())
                        : new Demand.Finite(finite.size(), value, finite.departures());
                built.populations[index] = new Population(p.id(), p.kind(), demand, p.groupSize(), p.medicalShare(),
                        p.patience(), p.retry(), p.travel(), p.cars(), p.attributes());
            };
            case "medical-share" -> (built, value) -> {
                Population p = built.populations[index];
                built.populations[index] = new Population(p.id(), p.kind(), p.demand(), p.groupSize(), value,
                        p.patience(), p.retry(), p.travel(), p.cars(), p.attributes());
            };
            case "group-size" -> (built, value) -> {
                Population p = built.populations[index];
                built.populations[index] = new Population(p.id(), p.kind(), p.demand(),
                        changed(p.groupSize(), parts[1], value), p.medicalShare(), p.patience(), p.retry(), p.travel(),
                        p.cars(), p.attributes());
            };
            case "attributes" -> (built, value) -> {
                Population p = built.populations[index];
                Map<String, Double> attributes = new LinkedHashMap<>(p.attributes());
                if (parts.length != 3 || !parts[2].equals("share") || !attributes.containsKey(parts[1])) {
                    throw new IllegalArgumentException("population " + p.id() + " has no attribute share " + key);
                }
                if (!(value >= 0 && value <= 1)) {
                    throw new IllegalArgumentException(key + " must be between 0 and 1, got " + value);
                }
                attributes.put(parts[1], value);
                built.populations[index] = new Population(p.id(), p.kind(), p.demand(), p.groupSize(),
                        p.medicalShare(), p.patience(), p.retry(), p.travel(), p.cars(), attributes);
            };
            case "patience" -> (built, value) -> {
                Population p = built.populations[index];
                Distribution patience = p.patience().orElseThrow(() ->
                        new IllegalArgumentException("population " + p.id() + " has no patience"));
                built.populations[index] = new Population(p.id(), p.kind(), p.demand(), p.groupSize(),
                        p.medicalShare(), Optional.of(changed(patience, parts[1], value)), p.retry(), p.travel(),
                        p.cars(), p.attributes());
            };
            default -> (built, value) -> {
                Population p = built.populations[index];
                Map<String, Distribution> travel = new LinkedHashMap<>(p.travel());
                Distribution to = travel.get(parts[1]);
                if (to == null) {
                    throw new IllegalArgumentException("population " + p.id() + " does not reach " + parts[1]);
                }
                travel.put(parts[1], changed(to, parts[2], value));
                built.populations[index] = new Population(p.id(), p.kind(), p.demand(), p.groupSize(),
                        p.medicalShare(), p.patience(), p.retry(), travel, p.cars(), p.attributes());
            };
        });
    }

    private static Distribution changed(Distribution d, String parameter, double value) {
        return DistributionReader.with(d, parameter, value).orElseThrow(() ->
                new IllegalArgumentException("no parameter '" + parameter + "' in " + d));
    }
}
