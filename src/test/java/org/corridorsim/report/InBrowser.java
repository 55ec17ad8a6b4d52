package org.corridorsim.report;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What every browser test of the reports starts from: a folder for the reports it writes and the
 * shared headless session; each test is skipped without a browser (failed in CI, see {@link Browser}).
 */
abstract class InBrowser {

    @TempDir
    static Path directory;

    static ChromeDriver driver;

    @BeforeAll
    static void startBrowser() throws IOException {
        if (Browser.present()) {
            driver = Browser.shared();
        }
    }

    @BeforeEach
    void requireBrowser() {
        Browser.assumePresent();
    }
}
