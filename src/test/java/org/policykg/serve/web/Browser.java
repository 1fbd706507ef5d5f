package org.policykg.serve.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium driven by Selenium through Debian's chromedriver, headless, with a fresh profile
 * and no network calls of its own (the machines' network is closed; Selenium Manager is not used).
 * When chromium or chromedriver is missing the tests are skipped, saying how to install them (under CI,
 * with POLICYKG_REQUIRE_BROWSER=1, they fail instead).
 */
public final class Browser implements AutoCloseable {
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    public final WebDriver driver;
    private final Path profile;

    public Browser() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String message = "The browser tests need Debian's chromium and chromedriver (" + CHROMIUM + ", " + CHROMEDRIVER
                    + "), which are missing. Install them as .ci/run does: apt-get update && apt-get install -y chromium chromium-driver";
            // CI installs the browser and sets POLICYKG_REQUIRE_BROWSER=1, so there a missing browser fails;
            // on a machine with only a JDK and Maven the browser tests are skipped with this message.
            if ("1".equals(System.getenv("POLICYKG_REQUIRE_BROWSER"))) {
                throw new IllegalStateException(message);
            }
            Assumptions.abort(message);
        }
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        try {
            profile = Files.createTempDirectory("policykg-chromium");
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=1366,1000", "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    public WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    /** Saves what the browser shows as target/screenshots/NAME.png. */
    public Path screenshot(String name) {
        try {
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // temporary profile
        }
    }
}
