package org.corridorsim.report;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The system's headless Chromium, driven through its own chromedriver so that Selenium Manager
 * never downloads a browser or driver. Paths default to Debian's packages (chromium,
 * chromium-driver) and may be set with CORRIDORSIM_CHROMIUM and CORRIDORSIM_CHROMEDRIVER.
 *
 * <p>Without a browser the tests that need one are skipped, unless CORRIDORSIM_REQUIRE_BROWSER
 * is true (as in CI), when they fail.
 */
final class Browser {

    static final String REQUIRE = "CORRIDORSIM_REQUIRE_BROWSER";

    /** The session every browser test of this JVM shares: Chromium takes seconds to start. */
    private static ChromeDriver shared;

    private Browser() {
    }

    /**
     * The headless session shared by every browser test class of this JVM, started on first use
     * with its own temporary profile and quit when the JVM exits. Each call resets the window to
     * 1300 x 1000 (a test may have resized it for a screenshot); each test opens its own page,
     * and reads the console once before it does so, so that it sees only its page's messages.
     */
    static synchronized ChromeDriver shared() throws IOException {
        if (shared == null) {
            Path profile = Files.createTempDirectory("corridorsim-chromium-");
            ChromeDriver driver = start(profile);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                driver.quit();
                delete(profile);
            }, "corridorsim-browser-quit"));
            shared = driver;
        }
        shared.manage().window().setSize(new Dimension(1300, 1000));
        return shared;
    }

    private static void delete(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a profile left in the temporary directory is harmless
        }
    }

    static Path chromium() {
        return Path.of(env("CORRIDORSIM_CHROMIUM", "/usr/bin/chromium"));
    }

    static Path chromedriver() {
        return Path.of(env("CORRIDORSIM_CHROMEDRIVER", "/usr/bin/chromedriver"));
    }

    static boolean present() {
        return Files.isExecutable(chromium()) && Files.isExecutable(chromedriver());
    }

    /** Skips the calling test, or fails it when a browser is required, unless both programs are there. */
    static void assumePresent() {
        if (present()) {
            return;
        }
        String missing = !Files.isExecutable(chromium()) ? chromium() + " (Debian package chromium)"
                : chromedriver() + " (Debian package chromium-driver)";
        String message = "no headless browser: " + missing + " is missing; install it, or set CORRIDORSIM_CHROMIUM "
                + "and CORRIDORSIM_CHROMEDRIVER";
        if (Boolean.parseBoolean(System.getenv(REQUIRE))) {
            fail(message + " (" + REQUIRE + " is true, so this is a failure)");
        }
        message += "; browser test skipped (set " + REQUIRE + "=true to make this a failure)";
        System.err.println(message); // surefire's summary counts skips but does not say why
        assumeTrue(false, message);
    }

    /** A fresh headless session with its own profile, recording the console at every level. */
    static ChromeDriver start(Path profile) throws IOException {
        Files.createDirectories(profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver().toFile())
                .usingAnyFreePort()
                .withLogOutput(java.io.OutputStream.nullOutputStream())
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(new File(chromium().toString()));
        options.addArguments(List.of("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1300,1000", "--user-data-dir=" + profile.toAbsolutePath()));
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(30));
        return driver;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
