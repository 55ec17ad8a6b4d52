package org.corridorsim.policy;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The policy types a scenario may name after {@code policy:}: every {@link PolicyProvider}
 * registered with {@link ServiceLoader}, built-in or third-party, by its name.
 */
public final class PolicyRegistry {

    private final Map<String, PolicyProvider> byName;

    private PolicyRegistry(Map<String, PolicyProvider> byName) {
        this.byName = Collections.unmodifiableMap(byName);
    }

    /** {@return the providers visible to the current thread's context class loader} */
    public static PolicyRegistry load() {
        return load(Thread.currentThread().getContextClassLoader());
    }

    /**
     * The providers registered with {@link java.util.ServiceLoader} in a class loader.
     *
     * @param loader where to look, for example one over plugin jars
     * @return the registry
     * @throws IllegalArgumentException if two providers share a name
     */
    public static PolicyRegistry load(ClassLoader loader) {
        return of(ServiceLoader.load(PolicyProvider.class, loader));
    }

    /**
     * The given providers. Two providers of one name are an error rather than a silent choice,
     * because which one wins would depend on the order of jars on the class path.
     *
     * @param providers the providers
     * @return the registry
     * @throws IllegalArgumentException if two providers share a name
     */
    public static PolicyRegistry of(Iterable<? extends PolicyProvider> providers) {
        Map<String, PolicyProvider> byName = new TreeMap<>();
        for (PolicyProvider provider : providers) {
            PolicyProvider earlier = byName.putIfAbsent(provider.name(), provider);
            if (earlier != null) {
                throw new IllegalArgumentException("policy type '" + provider.name() + "' is provided by both "
                        + earlier.getClass().getName() + " and " + provider.getClass().getName());
            }
        }
        return new PolicyRegistry(byName);
    }

    /**
     * The provider of a policy type.
     *
     * @param name as written after {@code policy:}
     * @return the provider, or empty for an unknown type
     */
    public Optional<PolicyProvider> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** {@return the names of all known policy types, sorted} */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }
}
