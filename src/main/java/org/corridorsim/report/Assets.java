package org.corridorsim.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * What every report inlines: the page template, its style sheet and script, and the Chart.js
 * bundle from the {@code org.webjars.npm:chart.js} WebJar. Read once and kept.
 */
record Assets(String template, String style, String script, String chartJs, String chartJsVersion) {

    private static final String WEBJAR = "META-INF/maven/org.webjars.npm/chart.js/pom.properties";

    // In this order: each file reads the namespace that the files before it define.
    private static final List<String> SCRIPTS = List.of("charts-common.js", "charts-overlays.js", "report.js");

    /** The assets on the class path; fails with advice when the Chart.js WebJar is missing. */
    static Assets get() {
        return Loaded.ASSETS;
    }

    private static final class Loaded {
        static final Assets ASSETS = load();
    }

    private static Assets load() {
        ClassLoader loader = Assets.class.getClassLoader();
        String version;
        try (InputStream in = loader.getResourceAsStream(WEBJAR)) {
            if (in == null) {
                throw new IllegalStateException("report.html needs Chart.js, which is not on the class path; add the "
                        + "dependency org.webjars.npm:chart.js (4.4.1), which CorridorSim declares as optional");
            }
            Properties properties = new Properties();
            properties.load(in);
            version = properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + WEBJAR, e);
        }
        String path = "META-INF/resources/webjars/chart.js/" + version + "/dist/chart.umd.js";
        String chartJs = text(path, loader.getResourceAsStream(path));
        return new Assets(own("report.html"), own("report.css"), joinedScripts(), chartJs, version);
    }

    /**
     * The page's script files joined into one text, so that the page keeps one inline script
     * element and its Content-Security-Policy one hash for it.
     */
    private static String joinedScripts() {
        return SCRIPTS.stream().map(Assets::own).collect(Collectors.joining("\n"));
    }

    /** This package's own resource, found through the class, so that it is found in the module too. */
    private static String own(String name) {
        return text("org/corridorsim/report/" + name, Assets.class.getResourceAsStream(name));
    }

    // Line ends are normalised because the browser hashes an inline script's text after
    // normalising them, and the page's Content-Security-Policy names scripts by that hash.
    private static String text(String path, InputStream stream) {
        try (InputStream in = stream) {
            if (in == null) {
                throw new IllegalStateException("resource " + path + " is missing from the class path");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n").replace('\r', '\n');
            if (path.endsWith(".js") && text.toLowerCase(Locale.ROOT).contains("</script")) {
                throw new IllegalStateException(path + " contains </script and cannot be inlined into a page");
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + path, e);
        }
    }
}
