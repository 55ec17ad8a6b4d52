package org.corridorsim.scenario;

import java.net.URL;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corridorsim.policy.PolicyProvider;

/**
 * The policy providers on the class path, loaded so that one bad plugin cannot break anything
 * else. A provider that fails to load (its constructor or {@code name()} throws, even an
 * {@link Error}, a class is missing, {@code name()} returns null, or either never returns) is kept
 * as a description with its class and jar, and is reported only to a scenario that names a policy
 * no working provider has; plugin code runs as a {@link PluginCall}, under a time limit. Two providers of one name, built in
 * or not, are kept as a conflict that is an error only for scenarios that use the name.
 */
final class PolicyProviders {

    private static final Pattern PROVIDER = Pattern.compile("Provider (\\S+)");
    private static final int MAX_FAILURES = 100;

    private final Map<String, PolicyProvider> byName;
    private final Map<String, List<String>> conflicts;
    private final List<String> failed;

    private PolicyProviders(Map<String, PolicyProvider> byName, Map<String, List<String>> conflicts, List<String> failed) {
        this.byName = Collections.unmodifiableMap(byName);
        this.conflicts = Collections.unmodifiableMap(conflicts);
        this.failed = List.copyOf(failed);
    }

    /** The providers registered with {@link ServiceLoader} for the context class loader. */
    static PolicyProviders discover() {
        return discover(Thread.currentThread().getContextClassLoader());
    }

    /** The providers registered with {@link ServiceLoader} for {@code loader}, e.g. one over plugin jars. */
    static PolicyProviders discover(ClassLoader loader) {
        return discover(loader, List.of());
    }

    /**
     * As {@link #discover(ClassLoader)}, with {@code unusable}: plugins that could not be put on
     * the class path at all (e.g. a pipe named {@code *.jar}), reported like providers that failed
     * to load. Each step of discovery runs as a {@link PluginCall}: a provider whose class or
     * constructor throws an {@link Error}, loops or waits is described, not fatal.
     */
    static PolicyProviders discover(ClassLoader loader, List<String> unusable) {
        Iterator<ServiceLoader.Provider<PolicyProvider>> it = ServiceLoader.load(PolicyProvider.class, loader).stream()
                .iterator();
        List<PolicyProvider> found = new ArrayList<>();
        List<String> failed = new ArrayList<>(unusable);
        while (failed.size() < MAX_FAILURES) {
            PluginCall.Result<ServiceLoader.Provider<PolicyProvider>> next = PluginCall.call("provider discovery",
                    () -> it.hasNext() ? it.next() : null, null);
            if (next.failed()) {
                if (next.timedOut()) {
                    failed.add("provider discovery stopped: " + next.failure());
                    break;
                }
                if (next.failure().endsWith("returned null")) {
                    break;
                }
                failed.add(describeFailure(next.failure(), loader));
                continue;
            }
            ServiceLoader.Provider<PolicyProvider> provider = next.value();
            String type = provider.type().getName();
            PluginCall.Result<PolicyProvider> instance = PluginCall.call("its constructor", provider::get, null);
            if (instance.failed()) {
                failed.add(type + " in " + PluginCall.where(provider.type()) + " could not be loaded: "
                        + instance.failure());
            } else {
                found.add(instance.value());
            }
        }
        return of(found, failed);
    }

    /** Exactly these providers. */
    static PolicyProviders of(List<? extends PolicyProvider> providers, List<String> failed) {
        Map<String, PolicyProvider> byName = new TreeMap<>();
        Map<String, List<String>> conflicts = new LinkedHashMap<>();
        List<String> broken = new ArrayList<>(failed);
        for (PolicyProvider provider : providers) {
            String name;
            if (PluginCall.builtIn(provider.getClass())) {
                name = provider.name();
            } else {
                PluginCall.Result<String> named = PluginCall.call("name()", provider::name, null);
                if (named.failed()) {
                    broken.add(where(provider.getClass()) + ": " + named.failure());
                    continue;
                }
                name = named.value();
            }
            PolicyProvider earlier = byName.putIfAbsent(name, provider);
            if (earlier != null) {
                conflicts.computeIfAbsent(name, n -> new ArrayList<>(List.of(where(earlier.getClass()))))
                        .add(where(provider.getClass()));
            }
        }
        conflicts.keySet().forEach(byName::remove);
        return new PolicyProviders(byName, conflicts, broken);
    }

    Map<String, PolicyProvider> byName() {
        return byName;
    }

    /** Every name a scenario may use: working providers and conflicting ones (which are errors). */
    List<String> names() {
        return List.copyOf(byName.keySet());
    }

    /** The error for a scenario that uses {@code name}, if that name cannot be used; else null. */
    String problem(String name) {
        List<String> both = conflicts.get(name);
        if (both != null) {
            return "policy type '" + name + "' is provided by both " + String.join(" and ", both)
                    + "; remove one of them from the class path";
        }
        if (byName.containsKey(name)) {
            return null;
        }
        String message = "unknown policy '" + name + "'; available: "
                + (byName.isEmpty() ? "none (no policy provider is on the class path)" : Node.list(names()));
        if (!failed.isEmpty()) {
            message += "; " + (failed.size() == 1 ? "a policy provider" : failed.size() + " policy providers")
                    + " failed to load, and may be the one meant: " + String.join("; ", failed);
        }
        return message;
    }

    /** A discovery failure ({@code "provider discovery failed: <class>: <message>"}) with the provider's class and jar. */
    private static String describeFailure(String failure, ClassLoader loader) {
        String className = null;
        Matcher m = PROVIDER.matcher(failure);
        if (m.find()) {
            className = m.group(1);
        } else if (failure.contains("NoClassDefFoundError: ")) {
            className = failure.substring(failure.lastIndexOf(": ") + 2).strip().replace('/', '.');
        }
        String reason = failure.replaceFirst("^provider discovery failed: ", "");
        if (reason.contains(" not found")) {
            reason = "the class is not on the class path";
        } else {
            // "java.util.ServiceConfigurationError: ...: Provider X could not be instantiated" says less than its cause
            reason = reason.replaceFirst("^ServiceConfigurationError: ", "");
        }
        if (className == null) {
            return "a provider could not be loaded: " + reason;
        }
        return className + " in " + jar(className, loader) + " could not be loaded: " + reason;
    }

    /** The class and where it was loaded from, e.g. {@code com.example.WallProvider (/plugins/wall.jar)}. */
    static String where(Class<?> type) {
        String jar;
        try {
            CodeSource source = type.getProtectionDomain().getCodeSource();
            jar = source == null || source.getLocation() == null ? "an unknown location" : source.getLocation().getPath();
        } catch (SecurityException e) {
            jar = "an unknown location";
        }
        boolean builtIn = type.getName().startsWith("org.corridorsim.policy.builtin.");
        return type.getName() + " (" + (builtIn ? "built in, " : "") + jar + ")";
    }

    private static String jar(String className, ClassLoader loader) {
        URL url = loader == null ? null : loader.getResource(className.replace('.', '/') + ".class");
        if (url == null) {
            return "no jar on the class path";
        }
        String path = url.getPath();
        int bang = path.indexOf("!/");
        return bang > 0 ? path.substring(0, bang).replaceFirst("^file:", "") : path;
    }
}
