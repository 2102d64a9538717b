package org.initlab.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's chromium through chromedriver, headless, with the browser console captured: skipped
 * without them, required on CI ({@code CI=true}) or with {@code -Dinitlab.requireBrowser=true}.
 */
final class HeadlessChromium {
    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private HeadlessChromium() {
    }

    /** Skips the calling test (fails it on CI) unless chromium and chromedriver are installed. */
    static void requireAvailable() {
        boolean available = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
        if (Boolean.getBoolean("initlab.requireBrowser") || "true".equals(System.getenv("CI"))) {
            assertThat(available).as("chromium and chromedriver in /usr/bin (required on CI)").isTrue();
        }
        assumeTrue(available, "chromium / chromedriver not installed");
    }

    static ChromeDriver start(Path profileParent) throws IOException {
        requireAvailable();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,1800",
                "--user-data-dir=" + Files.createTempDirectory(profileParent, "profile"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build(), options);
    }
}
