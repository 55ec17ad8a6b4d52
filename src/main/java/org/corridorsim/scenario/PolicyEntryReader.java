package org.corridorsim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.corridorsim.policy.BlockingPolicy;
import org.corridorsim.policy.PolicyProvider;

/**
 * One entry of {@code blocking}: {@code id} and {@code policy} are read here, the rest by the
 * {@link PolicyProvider} named by {@code policy}. Keys the provider does not read are unknown.
 */
final class PolicyEntryReader {

    private static final List<String> OWN_KEYS = List.of("id", "policy");

    private final PolicyProviders providers;
    private final ScenarioClock clock;
    private final Set<String> corridorIds;
    private final List<ReplayedParameters.Recipe> recipes = new ArrayList<>();
    private final Set<String> populationIds;
    private final Set<String> stationNames;
    private final Set<String> attributeNames;

    PolicyEntryReader(PolicyProviders providers, ScenarioClock clock, Set<String> corridorIds, Set<String> populationIds,
            Set<String> stationNames, Set<String> attributeNames) {
        this.providers = providers;
        this.clock = clock;
        this.corridorIds = corridorIds;
        this.populationIds = populationIds;
        this.stationNames = stationNames;
        this.attributeNames = attributeNames;
    }

    Set<String> populationIds() {
        return populationIds;
    }

    /** Station ids and kinds of every corridor's route. */
    /** {@return the group attributes the scenario's populations define} */
    Set<String> attributeNames() {
        return attributeNames;
    }

    Set<String> stationNames() {
        return stationNames;
    }

    /** {@return how each top-level entry read so far was created, in order} */
    List<ReplayedParameters.Recipe> recipes() {
        return List.copyOf(recipes);
    }

    ScenarioClock clock() {
        return clock;
    }

    Set<String> corridorIds() {
        return corridorIds;
    }

    /** Reads an entry; {@code defaultId} is used when the entry has no id (nested entries). */
    Optional<BlockingPolicy> read(Node node, Optional<String> defaultId) {
        if (!node.isMapping()) {
            node.error("expected a policy entry such as {id: shelling, policy: disruption, ...}, got " + node.describe());
            return Optional.empty();
        }
        Optional<String> id = node.has("id") || defaultId.isEmpty()
                ? Scalars.id(node.required("id", "each blocking entry needs an id; blocked persons are counted under it"))
                : defaultId;
        Optional<PolicyProvider> provider = provider(node.required("policy", "one of " + available()));
        if (id.isEmpty() || provider.isEmpty()) {
            return Optional.empty();
        }
        EntryParameters parameters = new EntryParameters(node, this, id.get());
        PolicyProvider chosen = provider.get();
        String name = node.child("policy").isMissing() ? "?" : Scalars.text(node.child("policy")).orElse("?");
        BlockingPolicy policy;
        try {
            if (PluginCall.builtIn(chosen.getClass())) {
                policy = chosen.create(id.get(), parameters);
            } else {
                String entryId = id.get();
                PluginCall.Result<BlockingPolicy> made = PluginCall.call("create()",
                        () -> chosen.create(entryId, parameters), RuntimeException.class);
                if (made.failed()) {
                    node.error("policy '" + name + "' could not be created: " + made.failure() + " in "
                            + PolicyProviders.where(chosen.getClass()));
                    return Optional.empty();
                }
                policy = made.value();
            }
        } catch (ScenarioException e) {
            node.problems().addAll(e.errors());
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            node.error("policy '" + name + "': " + e.getMessage());
            return Optional.empty();
        } catch (RuntimeException | LinkageError e) {
            // A provider's own bug, or a class missing from its jar, must still reach the user as a
            // located error, not a stack trace.
            node.error("policy '" + name + "' could not be created: " + e + " in " + PolicyProviders.where(chosen.getClass()));
            return Optional.empty();
        }
        if (policy == null) {
            node.error("policy '" + name + "' created nothing");
            return Optional.empty();
        }
        if (!unread(node, name, parameters)) {
            return Optional.empty();
        }
        if (defaultId.isEmpty()) {
            recipes.add(new ReplayedParameters.Recipe(provider.get(), id.get(), parameters.answers()));
        }
        return Optional.of(policy);
    }

    /** Reports keys the provider did not read; true when there are none. */
    private static boolean unread(Node node, String name, EntryParameters parameters) {
        List<String> used = new ArrayList<>(OWN_KEYS);
        used.addAll(parameters.keysRead());
        boolean ok = true;
        for (String key : node.keys()) {
            if (!used.contains(key)) {
                node.child(key).keyError("unknown key '" + key + "' for policy '" + name + "'; it reads: " + Node.list(used));
                ok = false;
            }
        }
        return ok;
    }

    private String available() {
        return providers.names().isEmpty() ? "none (no policy provider is on the class path)"
                : Node.list(providers.names());
    }

    private Optional<PolicyProvider> provider(Node node) {
        if (node.isMissing()) {
            return Optional.empty();
        }
        return Scalars.text(node).flatMap(name -> {
            String problem = providers.problem(name);
            if (problem != null) {
                node.error(problem);
                return Optional.empty();
            }
            return Optional.of(providers.byName().get(name));
        });
    }

}
