package org.corridorsim.inference;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.corridorsim.policy.BlockingPolicy;
import org.corridorsim.scenario.Hypothesis;
import org.corridorsim.scenario.Observation;
import org.corridorsim.scenario.Scenario;

/**
 * What a fit's results depend on, by name, so that a saved state is resumed only by the same fit
 * and a refusal can say what changed: the scenario's text after overrides, the jars of the plugin
 * policies it uses, the CorridorSim version, the seed and the sampler's settings.
 */
final class FitIdentity {

    /** Parts whose values are digests: a change is named, the values are not shown. */
    static final String SCENARIO_TEXT = "scenario text";
    static final String PLUGIN_JARS = "plugin jars";

    private FitIdentity() {
    }

    static Map<String, String> of(Scenario scenario, long seed, int particles, long maxSimulations,
            int replicationsPerParticle) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("scenario id", scenario.id());
        parts.put(SCENARIO_TEXT, scenario.inference().resolvedText().map(FitIdentity::sha256)
                .orElse("built in code"));
        parts.put(PLUGIN_JARS, pluginJars(scenario));
        String version = Fit.class.getPackage().getImplementationVersion();
        parts.put("version", version == null ? "development build" : version);
        parts.put("seed", Long.toString(seed));
        parts.put("particles", Integer.toString(particles));
        parts.put("max simulations", Long.toString(maxSimulations));
        parts.put("replications per particle", Integer.toString(replicationsPerParticle));
        StringBuilder hypotheses = new StringBuilder();
        for (Hypothesis h : scenario.inference().hypotheses()) {
            hypotheses.append(h.id()).append(h.policies()).append(h.priors()).append(';');
        }
        parts.put("hypotheses", hypotheses.toString());
        StringBuilder observed = new StringBuilder();
        for (Observation o : scenario.inference().observed()) {
            observed.append(o.label()).append(';');
        }
        parts.put("observed", observed.toString());
        return parts;
    }

    /**
     * The jars, other than CorridorSim's own, that the scenario's policies were loaded from, each
     * as its file name and SHA-256; "none" when every policy is built in.
     */
    static String pluginJars(Scenario scenario) {
        Path own = location(Fit.class);
        TreeSet<String> jars = new TreeSet<>();
        for (BlockingPolicy policy : scenario.evacuation().blocking()) {
            Path where = location(policy.getClass());
            if (where == null || where.equals(own)) {
                continue;
            }
            jars.add(Files.isRegularFile(where) ? where.getFileName() + " " + sha256(where) : where.toString());
        }
        return jars.isEmpty() ? "none" : String.join(", ", jars);
    }

    private static Path location(Class<?> type) {
        try {
            CodeSource source = type.getProtectionDomain().getCodeSource();
            URL url = source == null ? null : source.getLocation();
            return url == null || !"file".equals(url.getProtocol()) ? null : Path.of(url.toURI());
        } catch (SecurityException | URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private static String sha256(Path file) {
        try {
            return sha256(Files.readAllBytes(file));
        } catch (IOException e) {
            return "unreadable (" + e.getMessage() + ")";
        }
    }

    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** What changed between a saved identity and this fit's, in words; empty when nothing did. */
    static String changes(Map<String, String> saved, Map<String, String> now) {
        TreeSet<String> names = new TreeSet<>(saved.keySet());
        names.addAll(now.keySet());
        StringBuilder text = new StringBuilder();
        for (String name : now.keySet()) {
            names.remove(name);
            describe(text, name, saved.get(name), now.get(name));
        }
        for (String name : names) {
            describe(text, name, saved.get(name), null);
        }
        return text.toString();
    }

    private static void describe(StringBuilder text, String name, String saved, String now) {
        if (Objects.equals(saved, now)) {
            return;
        }
        if (!text.isEmpty()) {
            text.append("; ");
        }
        if (name.equals(SCENARIO_TEXT)) {
            text.append("the scenario (its text after --set overrides) changed");
        } else {
            text.append(name).append(": saved ").append(shown(saved)).append(", now ").append(shown(now));
        }
    }

    private static String shown(String value) {
        if (value == null) {
            return "nothing";
        }
        // digests are shortened, long descriptions cut
        String shortened = value.replaceAll("\\b([0-9a-f]{12})[0-9a-f]{52}\\b", "$1…");
        return shortened.length() > 200 ? shortened.substring(0, 200) + "…" : shortened;
    }
}
