package org.corridorsim.scenario;

import java.net.URL;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corridorsim.policy.PolicyProvider;

/**
 * The policy providers on the class path, loaded so that one bad plugin cannot break anything
 * else. A provider that fails to load (its constructor throws, a class is missing, any
 * {@link LinkageError}) is kept as a description with its class and jar, and is reported only
 * to a scenario that names a policy no working provider has. Two providers of one name, built in
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
        Iterator<PolicyProvider> it = ServiceLoader.load(PolicyProvider.class, loader).iterator();
        List<PolicyProvider> found = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        while (failed.size() < MAX_FAILURES) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                found.add(it.next());
            } catch (ServiceConfigurationError | LinkageError e) {
                failed.add(describeFailure(e, loader));
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
            try {
                name = provider.name();
            } catch (RuntimeException | LinkageError e) {
                broken.add(where(provider.getClass()) + ": name() failed: " + e);
                continue;
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

    private static String describeFailure(Throwable e, ClassLoader loader) {
        String className = null;
        Matcher m = PROVIDER.matcher(String.valueOf(e.getMessage()));
        if (m.find()) {
            className = m.group(1);
        } else if (e instanceof NoClassDefFoundError && e.getMessage() != null) {
            className = e.getMessage().replace('/', '.');
        }
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String reason = cause != e ? plain(cause)
                : String.valueOf(e.getMessage()).endsWith(" not found") ? "the class is not on the class path"
                : plain(e);
        if (className == null) {
            return "a provider could not be loaded: " + reason;
        }
        return className + " in " + jar(className, loader) + " could not be loaded: " + reason;
    }

    private static String plain(Throwable e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage().strip());
    }

    private static String where(Class<?> type) {
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
