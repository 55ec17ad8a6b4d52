package org.corridorsim.scenario;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.corridorsim.policy.BlockingPolicy;
import org.corridorsim.policy.DistributionSchedule;
import org.corridorsim.policy.Kind;
import org.corridorsim.policy.PolicyParameters;
import org.corridorsim.policy.Schedule;
import org.corridorsim.random.Distribution;
import org.corridorsim.scenario.DistributionReader.Unit;

/**
 * The parameters of one blocking entry, read from its YAML mapping. Each getter converts to model
 * units and throws a {@link ScenarioException} pointing at the key when the value is missing or
 * wrong. The keys read are remembered, so that the rest can be reported as unknown.
 */
final class EntryParameters implements PolicyParameters {

    private final Node entry;
    private final PolicyEntryReader reader;
    private final String id;
    private final Set<String> read = new LinkedHashSet<>();
    /** Every answer given, by method and key ({@code "probability:key"}), for {@link ReplayedParameters}. */
    private final java.util.Map<String, Object> answers = new java.util.HashMap<>();

    EntryParameters(Node entry, PolicyEntryReader reader, String id) {
        this.entry = entry;
        this.reader = reader;
        this.id = id;
    }

    /** The answers given so far, by method and key, e.g. {@code "probability:key"}. */
    java.util.Map<String, Object> answers() {
        return java.util.Map.copyOf(answers);
    }

    private <T> T answer(String method, String key, T value) {
        answers.put(method + ":" + key, value);
        return value;
    }

    /** Keys read so far, in order. */
    List<String> keysRead() {
        return List.copyOf(read);
    }

    @Override
    public double probability(String key) {
        return answer("probability", key, get(key, Scalars::probability));
    }

    @Override
    public Schedule probabilitySchedule(String key) {
        return schedule("probability", key, Scalars::probability, () -> probability(key));
    }

    @Override
    public Schedule numberSchedule(String key) {
        return schedule("number", key, Scalars::nonNegative, () -> number(key));
    }

    @Override
    public Schedule integerSchedule(String key, long min) {
        return schedule("integer", key, node -> Scalars.integer(node, min).map(Long::doubleValue),
                () -> (double) integer(key, min));
    }

    @Override
    public Schedule durationSchedule(String key) {
        return schedule("duration", key, DurationParser::duration, () -> duration(key));
    }

    /**
     * One value, or a list of values with the entry's {@code schedule:} (as many increasing local
     * date-times, where each piece starts); the answer is kept for {@link ReplayedParameters}.
     */
    private Schedule schedule(String method, String key, Function<Node, Optional<Double>> convert,
            java.util.function.DoubleSupplier single) {
        if (!entry.has(key) || !entry.child(key).isSequence()) {
            return Schedule.constant(single.getAsDouble());
        }
        List<Double> values = get(key, node -> Scalars.list(node, false)
                .filter(items -> Scalars.check(node, !items.isEmpty(), "a schedule needs at least one value"))
                .flatMap(items -> Scalars.all(items, convert)));
        double[] times = times(key, values.size(), "values");
        return answer(method + "Schedule", key, Schedule.of(times, values.stream().mapToDouble(Double::doubleValue).toArray()));
    }

    @Override
    public DistributionSchedule distributionSchedule(String key) {
        if (!entry.has(key) || !entry.child(key).isSequence()) {
            return DistributionSchedule.constant(distribution(key));
        }
        List<Distribution> pieces = get(key, node -> Scalars.list(node, false)
                .filter(items -> Scalars.check(node, !items.isEmpty(), "a schedule needs at least one distribution"))
                .flatMap(items -> Scalars.all(items, item -> DistributionReader.read(item, Unit.DURATION))));
        double[] times = times(key, pieces.size(), "distributions");
        return answer("distributionSchedule", key, DistributionSchedule.of(times, pieces));
    }

    /** The entry's {@code schedule:} times for a list of {@code count} pieces of {@code key}. */
    private double[] times(String key, int count, String what) {
        if (!entry.has("schedule")) {
            throw error(key, "a list of " + what + " needs schedule: (one local date-time per item, where each piece"
                    + " starts), e.g. schedule: [2018-03-01T00:00, 2018-03-05T00:00]");
        }
        List<Double> times = get("schedule", node -> Scalars.list(node, false)
                .flatMap(items -> Scalars.all(items, item -> ScenarioClock.dateTime(item).map(reader.clock()::seconds))));
        if (count != times.size()) {
            throw error(key, "a schedule has one value per time in schedule: " + times.size() + " times, got "
                    + count + " " + what);
        }
        for (int i = 1; i < times.size(); i++) {
            if (!(times.get(i) > times.get(i - 1))) {
                throw error("schedule", "the times must increase");
            }
        }
        return times.stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Override
    public double number(String key) {
        return answer("number", key, get(key, Scalars::nonNegative));
    }

    @Override
    public long integer(String key, long min) {
        return answer("integer", key, get(key, node -> Scalars.integer(node, min)));
    }

    @Override
    public double duration(String key) {
        return answer("duration", key, get(key, DurationParser::duration));
    }

    @Override
    public double time(String key) {
        return answer("time", key, get(key, node -> ScenarioClock.dateTime(node).map(reader.clock()::seconds)));
    }

    @Override
    public String timeText(String key) {
        return answer("timeText", key, get(key, node -> ScenarioClock.dateTime(node)
                .map(t -> t.format(java.time.format.DateTimeFormatter.ofPattern("EEE d MMM HH:mm", java.util.Locale.ENGLISH)))));
    }

    @Override
    public Distribution distribution(String key) {
        return answer("distribution", key, get(key, node -> DistributionReader.read(node, Unit.DURATION)));
    }

    @Override
    public Optional<List<String>> corridors(String key) {
        if (!has(key)) {
            read.add(key);
            return answer("corridors", key, Optional.empty());
        }
        return answer("corridors", key, Optional.of(get(key, node -> Scalars.list(node, true)
                .filter(items -> Scalars.check(node, !items.isEmpty(), "must name at least one corridor"))
                .flatMap(items -> Scalars.all(items, this::corridor)))));
    }

    @Override
    public Optional<List<String>> populations(String key) {
        return answer("populations", key, named(key, "population", reader.populationIds()));
    }

    @Override
    public Optional<List<String>> attributes(String key) {
        return answer("attributes", key, named(key, "attribute", reader.attributeNames()));
    }

    @Override
    public Optional<List<String>> stations(String key) {
        return answer("stations", key, named(key, "station (id or kind)", reader.stationNames()));
    }

    private Optional<List<String>> named(String key, String what, java.util.Set<String> known) {
        if (!has(key)) {
            read.add(key);
            return Optional.empty();
        }
        return Optional.of(get(key, node -> Scalars.list(node, true)
                .filter(items -> Scalars.check(node, !items.isEmpty(), "must name at least one " + what))
                .flatMap(items -> Scalars.all(items, item -> Scalars.text(item).filter(name -> Scalars.check(item,
                        known.contains(name), "unknown " + what + " '" + name + "'; known: "
                                + Node.list(List.copyOf(known))))))));
    }

    private Optional<String> corridor(Node node) {
        return Scalars.text(node).filter(corridor -> Scalars.check(node, reader.corridorIds().contains(corridor),
                "unknown corridor '" + corridor + "'; corridors: " + Node.list(List.copyOf(reader.corridorIds()))));
    }

    @Override
    public Set<Kind> kinds(String key) {
        if (!has(key)) {
            read.add(key);
            return answer("kinds", key, EnumSet.allOf(Kind.class));
        }
        return answer("kinds", key, get(key, CorridorReader::kinds));
    }

    @Override
    public String choice(String key, List<String> allowed, String fallback) {
        if (!has(key)) {
            read.add(key);
            return answer("choice", key, fallback);
        }
        return answer("choice", key, get(key, node -> Scalars.text(node).filter(word -> Scalars.check(node,
                allowed.contains(word), "unknown " + key + " '" + word + "'; allowed: " + Node.list(allowed)))));
    }

    @Override
    public boolean has(String key) {
        return answer("has", key, entry.has(key));
    }

    @Override
    public RuntimeException error(String key, String message) {
        read.add(key);
        return new ScenarioException(entry.child(key).errorAt(message));
    }

    @Override
    public List<BlockingPolicy> policies(String key) {
        answers.put("nested:" + key, Boolean.TRUE);
        return get(key, node -> {
            Optional<List<Node>> items = Scalars.list(node, false)
                    .filter(list -> Scalars.check(node, !list.isEmpty(), "must list at least one policy"));
            if (items.isEmpty()) {
                return Optional.empty();
            }
            List<BlockingPolicy> policies = new ArrayList<>();
            Set<String> ids = new LinkedHashSet<>();
            boolean ok = true;
            for (int i = 0; i < items.get().size(); i++) {
                Node item = items.get().get(i);
                String fallback = id + "/" + (i + 1);
                Optional<BlockingPolicy> policy = reader.read(item, Optional.of(fallback));
                policy.ifPresent(policies::add);
                ok &= policy.isPresent() && Scalars.check(item, ids.add(policy.get().id()),
                        "duplicate policy id '" + policy.get().id() + "'");
            }
            return ok ? Optional.of(policies) : Optional.empty();
        });
    }

    /**
     * Reads a required key with problems collected apart from the scenario's, and throws them
     * together when there is no value.
     */
    private <T> T get(String key, Function<Node, Optional<T>> convert) {
        read.add(key);
        Problems local = new Problems();
        Node value = entry.reportingTo(local).required(key, "");
        Optional<T> result = value.isMissing() ? Optional.empty() : convert.apply(value);
        if (result.isPresent()) {
            return result.get();
        }
        if (local.isEmpty()) {
            local.add(value.errorAt("has no usable value"));
        }
        throw new ScenarioException(local.sorted());
    }
}
