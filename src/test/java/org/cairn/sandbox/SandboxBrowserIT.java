package org.cairn.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cairn.testing.Browser;
import org.cairn.testing.CairnServer;
import org.cairn.testing.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The sandbox course in a real browser: Cairn's "/" lands there, pages are axe-clean, "Cairn" frames the login. */
class SandboxBrowserIT {

    private static Browser browser;
    private final CairnServer cairn = CairnServer.shared();
    private final String sandbox = "http://127.0.0.1:" + cairn.port() + "/sandbox";

    @BeforeAll
    static void openBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void cairnsHomeLandsOnTheSandboxCourseOnAnotherSite() {
        browser.driver().get(cairn.uri("/").toString());
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/sandbox/"));
        assertThat(browser.driver().getCurrentUrl()).startsWith(sandbox + "/");
        assertThat(cairn.uri("/").getHost()).isEqualTo("localhost");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Grade 6 Math & Writing");
        browser.screenshot(Path.of("target/screenshots/sandbox-course.png"));
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    }

    @Test
    void theGradebookAndAdminPagesAreAccessible() {
        browser.driver().get(sandbox + "/gradebook");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.driver().get(sandbox + "/admin");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    }

    @Test
    void clickingCairnLaunchesTheTeacherPageWithTheWholeRosterInsideTheIframe() {
        // The sandbox registered itself with Cairn through Dynamic Registration after start-up.
        browser.driver().get(sandbox + "/");
        browser.waitUpTo(Duration.ofSeconds(120)).pollingEvery(Duration.ofMillis(500)).until(driver -> {
            driver.navigate().refresh();
            return !driver.findElements(By.linkText("Cairn")).isEmpty();
        });
        browser.driver().findElement(By.linkText("Cairn")).click();
        WebElement frame = browser.waitUpTo(Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("sbx-tool-frame")));
        String src = frame.getAttribute("src");
        assertThat(src).startsWith(cairn.baseUri() + "/lti/login?");
        Map<String, String> query = query(URI.create(src).getRawQuery());
        assertThat(query).containsEntry("iss", sandbox).containsEntry("login_hint", "sbx-teacher-rivera")
                .containsEntry("target_link_uri", cairn.baseUri() + "/lti/launch")
                .containsEntry("lti_message_hint", "course_navigation:grade6-math-writing")
                .containsEntry("lti_storage_target", "_parent")
                .containsKey("lti_deployment_id")
                .containsKey("client_id");

        // Cairn (localhost) inside the sandbox (127.0.0.1): cross-site, third-party cookies blocked.
        browser.driver().switchTo().frame(frame);
        try {
            browser.waitUpTo(Duration.ofSeconds(60)).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("cairn-course-page h1"), "Grade 6 Math & Writing"));
            // The class heatmap is the landing view; the roster is the "People" view.
            browser.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("nav.views a[href='#people']"))).click();
            // The roster arrives from the sandbox's NRPS in the background; the page follows the progress.
            browser.waitUpTo(Duration.ofSeconds(90)).until(driver ->
                    driver.findElements(By.cssSelector("table.roster tbody tr")).size() >= 26);
            assertThat(browser.driver().findElement(By.cssSelector("table.roster")).getText())
                    .contains("Sofía Hernández").contains("Elena Rivera");
            assertThat(browser.driver().findElement(By.cssSelector("section.sync button")).isEnabled()).isTrue();
            browser.screenshot(java.nio.file.Path.of("target/screenshots/sandbox-teacher-launch.png"));
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();

            // Back on the heatmap of the demo class (seeded after that sync): the sandbox makes its frame as tall as
            // the page, as Canvas does, yet the heatmap scrolls in a box no taller than part of the screen, so its
            // header row stays in view over the students' rows.
            browser.driver().findElement(By.cssSelector("nav.views a[href='#class']")).click();
            browser.waitUpTo(Duration.ofSeconds(90)).pollingEvery(Duration.ofMillis(500)).until(driver -> {
                if (driver.findElements(By.cssSelector("table.heatmap tbody tr")).size() >= 20) return true;
                driver.findElement(By.cssSelector("nav.views a[href='#people']")).click();
                driver.findElement(By.cssSelector("nav.views a[href='#class']")).click();
                return false;
            });
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            @SuppressWarnings("unchecked")
            Map<String, Object> box = (Map<String, Object>) js.executeScript("""
                    const box = document.querySelector('.heatmap-scroll');
                    box.scrollTop = box.scrollHeight;
                    const header = document.querySelector('table.heatmap thead th').getBoundingClientRect();
                    return { height: box.getBoundingClientRect().height, top: box.getBoundingClientRect().top,
                             headerTop: header.top, scrolled: box.scrollTop, screen: screen.availHeight,
                             page: document.documentElement.scrollHeight, frame: window.innerHeight };""");
            double screenHeight = ((Number) box.get("screen")).doubleValue();
            assertThat(((Number) box.get("frame")).doubleValue()).as("the frame is as tall as the page")
                    .isGreaterThanOrEqualTo(((Number) box.get("page")).doubleValue() - 2);
            assertThat(((Number) box.get("height")).doubleValue()).isLessThanOrEqualTo(screenHeight * 0.6 + 2);
            assertThat(((Number) box.get("scrolled")).doubleValue()).as("the rows scroll inside the box").isPositive();
            assertThat(((Number) box.get("headerTop")).doubleValue())
                    .isCloseTo(((Number) box.get("top")).doubleValue(), org.assertj.core.data.Offset.offset(3.0));
        } finally {
            browser.driver().switchTo().defaultContent();
        }
        assertThat(browser.driver().getCurrentUrl()).startsWith(sandbox + "/courses/grade6-math-writing/cairn");
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : raw.split("&")) {
            String[] kv = pair.split("=", 2);
            values.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                    kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return values;
    }
}
