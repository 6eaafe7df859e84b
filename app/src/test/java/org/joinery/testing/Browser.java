package org.joinery.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real, headless Debian Chromium for one test class, started once and reused for every page:
 * register it with {@code @RegisterExtension static Browser browser = Browser.withJavaScript();}.
 *
 * <p>It runs the Debian packages at fixed paths, so Selenium Manager never looks for (or downloads)
 * a browser or a driver. Without them the tests are skipped locally and fail under CI.
 */
public final class Browser implements BeforeAllCallback, AfterAllCallback {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static final List<String> ARGUMENTS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--disable-dev-shm-usage", "--window-size=1280,1024");

    private final boolean javaScript;
    private ChromeDriver driver;
    private Path profile;
    private String baseUrl;

    private Browser(boolean javaScript) {
        this.javaScript = javaScript;
    }

    public static Browser withJavaScript() {
        return new Browser(true);
    }

    /** A browser as a user sees the service with JavaScript turned off. */
    public static Browser withoutJavaScript() {
        return new Browser(false);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        requireInstalled();
        profile = Files.createTempDirectory("joinery-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(ARGUMENTS);
        options.addArguments("--user-data-dir=" + profile);
        if (!javaScript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        // An explicit driver executable is what keeps Selenium Manager out of it.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(60));
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    /** Skips (locally) or fails (under CI) when Debian's chromium or chromium-driver is missing. */
    public static void requireInstalled() {
        for (Path program : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(program)) {
                String message = program + " is missing: install the Debian packages chromium and chromium-driver";
                if (TestDatabase.underCi()) {
                    throw new IllegalStateException(message + " (CI=true: browser tests must run)");
                }
                Assumptions.abort(message);
            }
        }
    }

    /** Where relative paths given to {@link #open} point, usually {@code http://localhost:PORT}. */
    public Browser at(String baseUrl) {
        this.baseUrl = baseUrl;
        return this;
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser open(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    public String path() {
        String url = driver.getCurrentUrl();
        return url.startsWith(baseUrl) ? url.substring(baseUrl.length()) : url;
    }

    public String title() {
        return driver.getTitle();
    }

    public String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    public WebElement find(String cssSelector) {
        return driver.findElement(By.cssSelector(cssSelector));
    }

    public List<WebElement> findAll(String cssSelector) {
        return driver.findElements(By.cssSelector(cssSelector));
    }

    /** Types into the field labelled by the id and leaves the rest of the form alone. */
    public Browser fill(String fieldId, String value) {
        WebElement field = driver.findElement(By.id(fieldId));
        field.clear();
        field.sendKeys(value);
        return this;
    }

    /** Presses the button with exactly this text, as a person would, and waits for the page it leads to. */
    public Browser press(String buttonText) {
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(By.xpath("//button[normalize-space(.)=" + xpathLiteral(buttonText) + "]")).click();
        // A form post and its redirect can still be under way when click() returns.
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(driver -> left(page));
        return this;
    }

    /** Whether the browser has left the page this element belonged to. */
    private static boolean left(WebElement page) {
        try {
            page.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            // Chrome sometimes reports an element of a page it has just left this way rather than as stale.
            return e.getMessage() != null && e.getMessage().contains("does not belong to the document");
        }
    }

    public Path screenshot(Path file) throws IOException {
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        return file;
    }

    private static String xpathLiteral(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }
}
