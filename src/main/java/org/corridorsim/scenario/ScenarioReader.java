package org.corridorsim.scenario;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.corridorsim.model.Corridor;
import org.corridorsim.model.Evacuation;
import org.corridorsim.model.EventSetChoice;
import org.corridorsim.model.OnWindowClose;
import org.corridorsim.model.Population;
import org.corridorsim.model.Routing;
import org.corridorsim.model.Windows;
import org.corridorsim.policy.BlockingPolicy;
import org.corridorsim.policy.PolicyProvider;

/**
 * Reads a whole scenario from its tree: the top-level keys, then each section by its own reader,
 * then the checks across sections. Every problem is collected before anything is thrown.
 */
final class ScenarioReader {

    static final List<String> KEYS = List.of("id", "title", "time-zone", "start", "end", "windows", "on-window-close",
            "populations", "corridors", "routing", "blocking", "experiment", "sources", "assumptions", "observed", "priors",
            "hypotheses", "linked", "plan");
    private static final List<String> EXPERIMENT_KEYS = List.of("replications", "seed", "confidence", "bin", "event-set");
    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final Pattern SCENARIO_ID = Pattern.compile("[a-z0-9-]+");

    private final PolicyProviders providers;
    private final StationKinds stationKinds;
    private List<ReplayedParameters.Recipe> recipes = List.of();

    ScenarioReader(PolicyProviders providers, StationKinds stationKinds) {
        this.providers = providers;
        this.stationKinds = stationKinds;
    }

    /** The scenario with its inference sections, read from {@code tree}. */
    Scenario read(YamlTree tree, Problems problems, Optional<Path> file) {
        Node root = Node.root(tree, problems);
        Linked.check(root.child("linked"), tree);
        Scenario model = readModel(root, file);
        ScenarioTemplate template = new ScenarioTemplate(tree, providers, stationKinds, file, recipes);
        Inference inference = new InferenceReader(root, model, template).read()
                .withPlan(new PlanReader(root.child("plan"), model, template).read());
        problems.throwIfAny();
        return model.withInference(inference);
    }

    /** The scenario without its inference sections (they are left unread). */
    Scenario readModel(Node root, Optional<Path> file) {
        Problems problems = root.problems();
        if (root.isMissing() || root.isNull()) {
            problems.add(new ScenarioError(root.file(), 1, 1, "",
                    "the scenario is empty; it needs at least id, start, end, populations and corridors"));
            problems.throwIfAny();
        }
        if (!root.expectMapping(KEYS, "{id: ..., start: ..., end: ..., populations: [...], corridors: [...]}")) {
            problems.throwIfAny();
        }
        Optional<String> id = Scalars.text(root.required("id", "e.g. id: aleppo-2016-10")).filter(text ->
                Scalars.check(root.child("id"), SCENARIO_ID.matcher(text).matches(),
                        "'" + text + "' is not a valid scenario id; use lower-case letters, digits and '-'"));
        Optional<String> title = root.has("title") ? Scalars.text(root.child("title")) : id;
        ScenarioClock clock = clock(root);
        Optional<Windows> windows = root.has("windows") ? WindowsReader.read(root.child("windows"), clock)
                : Optional.of(Windows.always());
        Optional<OnWindowClose> onClose = root.has("on-window-close")
                ? Scalars.choice(root.child("on-window-close"), OnWindowClose.class) : Optional.of(OnWindowClose.STAY);
        Optional<Routing> routing = root.has("routing") ? Scalars.choice(root.child("routing"), Routing.class)
                : Optional.of(Routing.NEAREST);

        Node corridorList = root.required("corridors", "a list of corridors");
        Set<String> corridorIds = declaredIds(corridorList, "corridor");
        List<Corridor> corridors = readAll(corridorList, "corridor", node -> CorridorReader.read(node, stationKinds, clock, windows));
        Node populationList = root.required("populations", "a list of populations");
        Set<String> populationIds = declaredIds(populationList, "population");
        List<Population> populations = readAll(populationList, "population",
                node -> PopulationReader.read(node, clock, windows, corridorIds));
        checkReach(populationList, populations, corridors);

        Set<String> stationNames = new java.util.TreeSet<>();
        corridors.forEach(c -> c.route().forEach(s -> {
            stationNames.add(s.id());
            stationNames.add(s.kind());
        }));
        // declared names, so that a mistake inside one attribute is not reported again at every policy naming it
        Set<String> attributeNames = new java.util.TreeSet<>();
        if (populationList.isSequence()) {
            populationList.items().stream().map(item -> item.child("attributes")).filter(Node::isMapping)
                    .forEach(attributes -> attributeNames.addAll(attributes.keys()));
        }
        List<BlockingPolicy> blocking = blocking(root.child("blocking"), clock, corridorIds, populationIds, stationNames,
                attributeNames);
        Optional<ExperimentSettings> experiment = root.has("experiment") ? experiment(root.child("experiment"))
                : Optional.of(ExperimentSettings.DEFAULT);
        Node eventSetNode = root.child("experiment").child("event-set");
        Optional<EventSetChoice> eventSet = eventSetNode.isMissing() ? Optional.of(EventSetChoice.AUTO)
                : Scalars.choice(eventSetNode, EventSetChoice.class, "event set");
        Optional<List<String>> sources = !root.has("sources") || root.child("sources").isNull() ? Optional.of(List.of())
                : root.child("sources").isMapping() ? SourceReader.citations(root.child("sources"))
                : Scalars.list(root.child("sources"), false).flatMap(items -> Scalars.all(items, Scalars::text));

        Optional<List<Assumption>> assumptions = AssumptionsReader.read(root.child("assumptions"), root);

        problems.throwIfAny();
        try {
            Evacuation evacuation = new Evacuation(clock.horizon(), populations, corridors, routing.orElseThrow(),
                    onClose.orElseThrow(), blocking, experiment.orElseThrow().binWidth(), eventSet.orElseThrow());
            return new Scenario(id.orElseThrow(), title.orElseThrow(), clock.zone(), clock.start(), clock.end(),
                    evacuation, experiment.orElseThrow(), sources.orElseThrow(), assumptions.orElseThrow(), file);
        } catch (IllegalArgumentException e) {
            root.error(e.getMessage());
            throw new ScenarioException(problems.sorted());
        }
    }

    /**
     * The calendar. When part of it is wrong, a stand-in (UTC, one year) lets the other sections
     * still be checked; the wrong part is reported, so no scenario is built from the stand-in.
     */
    private static ScenarioClock clock(Node root) {
        ZoneId zone = root.has("time-zone") ? ScenarioClock.zone(root.child("time-zone")).orElse(UTC) : UTC;
        Optional<LocalDateTime> start = CorridorReader.required(root, "start").flatMap(ScenarioClock::dateTime);
        Optional<LocalDateTime> end = CorridorReader.required(root, "end").flatMap(ScenarioClock::dateTime)
                .filter(e -> start.isEmpty() || Scalars.check(root.child("end"), e.atZone(zone).isAfter(start.get().atZone(zone)),
                        "must be after start " + start.get() + ", got " + e))
                .filter(e -> start.isEmpty() || Scalars.check(root.child("end"),
                        !e.isAfter(start.get().plusYears(ScenarioClock.MAX_YEARS)),
                        "a scenario may last at most " + ScenarioClock.MAX_YEARS + " years, got " + start.get() + " to " + e));
        LocalDateTime from = start.orElseGet(() -> end.map(e -> e.minusYears(1)).orElse(LocalDateTime.of(2000, 1, 1, 0, 0)));
        return new ScenarioClock(zone, from, end.orElse(from.plusYears(1)));
    }

    /** Ids of a list's entries, reporting duplicates; wrong ids are reported by the entry readers. */
    private static Set<String> declaredIds(Node list, String what) {
        Set<String> ids = new LinkedHashSet<>();
        for (Node item : list.items()) {
            Node id = item.child("id");
            if (id.json().isValueNode() && !id.isNull()) {
                Scalars.check(id, ids.add(id.json().asText()), "duplicate " + what + " id '" + id.json().asText() + "'");
            }
        }
        return ids;
    }

    private static <T> List<T> readAll(Node list, String what, Function<Node, Optional<T>> read) {
        if (list.isMissing()) {
            return List.of();
        }
        if (!list.isSequence() || list.items().isEmpty()) {
            list.error("expected a list of at least one " + what + ", got " + list.describe());
            return List.of();
        }
        List<T> values = new ArrayList<>();
        list.items().forEach(item -> read.apply(item).ifPresent(values::add));
        return values;
    }

    /** Each population must reach a corridor that serves its kind. */
    private static void checkReach(Node list, List<Population> populations, List<Corridor> corridors) {
        Map<String, Corridor> byId = new LinkedHashMap<>();
        corridors.forEach(c -> byId.put(c.id(), c));
        for (Population population : populations) {
            if (!byId.keySet().containsAll(population.travel().keySet())) {
                continue; // some corridor it names could not be read; that is reported already
            }
            boolean served = population.travel().keySet().stream().anyMatch(c -> byId.get(c).serves().contains(population.kind()));
            if (!served) {
                Node node = list.items().stream().filter(item -> item.child("id").json().asText().equals(population.id()))
                        .findFirst().orElse(list).child("travel");
                node.error("population '" + population.id() + "' reaches no corridor that serves " + population.kind().id()
                        + "; it reaches " + Node.list(List.copyOf(population.travel().keySet())));
            }
        }
    }

    private List<BlockingPolicy> blocking(Node node, ScenarioClock clock, Set<String> corridorIds,
            Set<String> populationIds, Set<String> stationNames, Set<String> attributeNames) {
        if (node.isMissing() || node.isNull()) {
            return List.of();
        }
        if (!node.isSequence()) {
            node.error("expected a list of policy entries, got " + node.describe());
            return List.of();
        }
        declaredIds(node, "policy");
        PolicyEntryReader reader = new PolicyEntryReader(providers, clock, corridorIds, populationIds, stationNames,
                attributeNames);
        List<BlockingPolicy> policies = new ArrayList<>();
        node.items().forEach(item -> reader.read(item, Optional.empty()).ifPresent(policies::add));
        recipes = reader.recipes();
        return policies;
    }

    private static Optional<ExperimentSettings> experiment(Node node) {
        if (!node.expectMapping(EXPERIMENT_KEYS, "{replications: 100, seed: 1, confidence: 0.95, bin: 1h}")) {
            return Optional.empty();
        }
        ExperimentSettings defaults = ExperimentSettings.DEFAULT;
        Optional<Integer> replications = node.has("replications") ? Scalars.smallInteger(node.child("replications"), 1)
                : Optional.of(defaults.replications());
        Optional<Long> seed = node.has("seed") ? Scalars.integer(node.child("seed"), Long.MIN_VALUE) : Optional.of(defaults.seed());
        Optional<Double> confidence = node.has("confidence") ? Scalars.number(node.child("confidence")).filter(c ->
                Scalars.check(node.child("confidence"), c > 0 && c < 1, "must be between 0 and 1 (exclusive), got " + c))
                : Optional.of(defaults.confidence());
        Optional<Double> bin = node.has("bin") ? DurationParser.positiveDuration(node.child("bin")) : Optional.of(defaults.binWidth());
        if (replications.isEmpty() || seed.isEmpty() || confidence.isEmpty() || bin.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ExperimentSettings(replications.get(), seed.get(), confidence.get(), bin.get()));
    }
}
