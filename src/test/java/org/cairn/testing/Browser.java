package org.cairn.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Debian's chromedriver (Selenium Manager never downloads anything).
 * Third-party cookies are blocked, as Safari and a growing share of Chrome users have them, so a page that
 * needs them inside the LMS iframe fails here first.
 */
public final class Browser implements AutoCloseable {

    private final ChromeDriver driver;

    public Browser() {
        this(Map.of());
    }

    /** With extra Chromium preferences, e.g. a site whose cookies are blocked altogether. */
    public Browser(Map<String, Object> extraPrefs) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("cairn.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=1280,900", "--lang=en-US");
        Map<String, Object> prefs = new java.util.HashMap<>(Map.of(
                "profile.cookie_controls_mode", 1,
                "profile.block_third_party_cookies", true));
        prefs.putAll(extraPrefs);
        options.setExperimentalOption("prefs", prefs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("cairn.chromedriver", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    public WebDriver driver() {
        return driver;
    }

    public WebDriverWait waitUpTo(Duration duration) {
        return new WebDriverWait(driver, duration);
    }

    /**
     * Opens a sandbox LMS page that frames Cairn (a course's tool page or one of its links, {@code ?as=} a user) and
     * switches into Cairn's iframe. The page is loaded again until it has the frame: right after start-up the
     * sandbox may not have registered Cairn yet and shows its "not registered" page instead.
     */
    public void openToolFrame(String sandboxPageUrl) {
        driver.switchTo().defaultContent();
        waitUpTo(Duration.ofSeconds(120)).pollingEvery(Duration.ofMillis(500)).until(d -> {
            d.get(sandboxPageUrl);
            return !d.findElements(By.id("sbx-tool-frame")).isEmpty();
        });
        driver.switchTo().frame(driver.findElement(By.id("sbx-tool-frame")));
    }

    /**
     * Runs axe-core (WCAG 2.1 A and AA rules) on the current document and returns the serious and critical
     * violations as readable lines: an empty list is a pass.
     */
    @SuppressWarnings("unchecked")
    public List<String> seriousAccessibilityViolations() {
        JavascriptExecutor js = driver;
        js.executeScript(axeSource());
        Object result = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                + ".then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + ".map(v => v.id + ': ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).join(', '))))"
                + ".catch(e => done(['axe failed: ' + e]));");
        return new ArrayList<>((List<String>) result);
    }

    private static String axeSource() {
        String path = "META-INF/resources/webjars/axe-core/" + axeVersion() + "/axe.min.js";
        try (InputStream in = Browser.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("axe-core is not on the test class path at " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String axeVersion() {
        return new org.webjars.WebJarVersionLocator().version("axe-core");
    }

    public void screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
