package org.corridorsim.scenario;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.corridorsim.policy.BlockingPolicy;
import org.corridorsim.policy.PolicyParameters;
import org.corridorsim.policy.PolicyProvider;
import org.corridorsim.random.Distribution;

/**
 * A blocking entry's parameters as its provider read them when the scenario was loaded, replayed
 * without the file, with some answers replaced: a fit sets a policy's parameter this way, by
 * asking the provider to create the policy again. A question the provider did not ask at load
 * time has no answer here, so a provider whose questions depend on the values cannot be replayed.
 */
final class ReplayedParameters implements PolicyParameters {

    /** A top-level blocking entry as read: its provider, id and every answer its provider was given. */
    record Recipe(PolicyProvider provider, String id, Map<String, Object> answers) {
        Recipe {
            answers = Map.copyOf(answers);
        }

        /** Whether it can be replayed: it has no nested policies, which would need their own recipes. */
        boolean replayable() {
            return answers.keySet().stream().noneMatch(k -> k.startsWith("nested:"));
        }

        /** The policy created again with {@code replaced} answers (by method and key). */
        BlockingPolicy create(Map<String, Object> replaced) {
            Map<String, Object> all = new HashMap<>(answers);
            all.putAll(replaced);
            return provider.create(id, new ReplayedParameters(all));
        }
    }

    /** The provider asked a question it did not ask when the scenario was loaded. */
    static final class NotReplayable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotReplayable(String message) {
            super(message, null, false, false);
        }
    }

    private final Map<String, Object> answers;

    private ReplayedParameters(Map<String, Object> answers) {
        this.answers = answers;
    }

    @SuppressWarnings("unchecked")
    private <T> T answer(String method, String key) {
        Object value = answers.get(method + ":" + key);
        if (value == null) {
            throw new NotReplayable("the provider asked for " + method + " '" + key
                    + "', which it did not ask for when the scenario was loaded");
        }
        return (T) value;
    }

    @Override
    public double probability(String key) {
        return answer("probability", key);
    }

    @Override
    public org.corridorsim.policy.Schedule probabilitySchedule(String key) {
        return scheduled("probability", key).orElseGet(() -> PolicyParameters.super.probabilitySchedule(key));
    }

    @Override
    public org.corridorsim.policy.Schedule numberSchedule(String key) {
        return scheduled("number", key).orElseGet(() -> PolicyParameters.super.numberSchedule(key));
    }

    @Override
    public org.corridorsim.policy.Schedule integerSchedule(String key, long min) {
        return scheduled("integer", key).orElseGet(() -> PolicyParameters.super.integerSchedule(key, min));
    }

    @Override
    public org.corridorsim.policy.Schedule durationSchedule(String key) {
        return scheduled("duration", key).orElseGet(() -> PolicyParameters.super.durationSchedule(key));
    }

    @Override
    public org.corridorsim.policy.DistributionSchedule distributionSchedule(String key) {
        Object scheduled = answers.get("distributionSchedule:" + key);
        return scheduled != null ? (org.corridorsim.policy.DistributionSchedule) scheduled
                : PolicyParameters.super.distributionSchedule(key);
    }

    /** A schedule given as a list when the scenario was read; a single value is replayed as itself. */
    private Optional<org.corridorsim.policy.Schedule> scheduled(String method, String key) {
        return Optional.ofNullable((org.corridorsim.policy.Schedule) answers.get(method + "Schedule:" + key));
    }

    @Override
    public double number(String key) {
        return answer("number", key);
    }

    @Override
    public long integer(String key, long min) {
        return answer("integer", key);
    }

    @Override
    public double duration(String key) {
        return answer("duration", key);
    }

    @Override
    public double time(String key) {
        return answer("time", key);
    }

    @Override
    public String timeText(String key) {
        return answer("timeText", key);
    }

    @Override
    public Distribution distribution(String key) {
        return answer("distribution", key);
    }

    @Override
    public Optional<List<String>> corridors(String key) {
        return answer("corridors", key);
    }

    @Override
    public Optional<List<String>> populations(String key) {
        return answer("populations", key);
    }

    @Override
    public Optional<List<String>> attributes(String key) {
        return answer("attributes", key);
    }

    @Override
    public Optional<List<String>> stations(String key) {
        return answer("stations", key);
    }

    @Override
    public Set<org.corridorsim.policy.Kind> kinds(String key) {
        return answer("kinds", key);
    }

    @Override
    public String choice(String key, List<String> allowed, String fallback) {
        return answer("choice", key);
    }

    @Override
    public boolean has(String key) {
        return answer("has", key);
    }

    @Override
    public RuntimeException error(String key, String message) {
        return new IllegalArgumentException(key + ": " + message);
    }
}
