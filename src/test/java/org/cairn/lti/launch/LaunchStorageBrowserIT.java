package org.cairn.lti.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.cairn.sandbox.entity.DemoCourses;
import org.cairn.testing.Browser;
import org.cairn.testing.CairnServer;
import org.cairn.testing.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The LTI client-side storage path (lti_storage_target, lti.put_data / lti.get_data) in a real browser: Cairn's
 * site may set no cookie at all, not even a partitioned one, so its OIDC state can only come back through the
 * sandbox LMS's postMessage storage. The teacher still lands on the course page, and the page passes axe-core.
 */
class LaunchStorageBrowserIT {

    private static Browser browser;
    private final CairnServer cairn = CairnServer.shared();
    private final Http http = new Http();

    @BeforeAll
    static void open() {
        // Cookies of Cairn's site (localhost, any port) blocked altogether; third-party cookies blocked as always.
        browser = new Browser(Map.of("profile.content_settings.exceptions.cookies",
                Map.of("http://localhost:*,*", Map.of("setting", 2))));
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    @Test
    void theStateComesBackThroughPlatformStorageWhenCairnCannotSetCookies() {
        String launch = "http://127.0.0.1:" + cairn.port() + "/sandbox/courses/" + DemoCourses.DEMO_COURSE_ID
                + "/cairn?as=" + DemoCourses.TEACHER_ID;
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .until(() -> http.get(URI.create(launch)).body().contains("lti_storage_target"));

        browser.driver().get(launch);
        browser.waitUpTo(Duration.ofSeconds(30))
                .until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("sbx-tool-frame")));
        browser.waitUpTo(Duration.ofSeconds(60))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("cairn-course-page h1")));
        assertThat(browser.driver().findElement(By.cssSelector("cairn-course-page h1")).getText())
                .isEqualTo("Grade 6 Math & Writing");
        assertThat(browser.driver().getPageSource()).doesNotContain("Open Cairn in a new window");
        browser.screenshot(Path.of("target/screenshots/launch-platform-storage.png"));
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        browser.driver().switchTo().defaultContent();
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        // Login put the binding; the launch, finding no cookie, read it back.
        assertThat(js.executeScript("return document.body.dataset.ltiStoragePuts")).isEqualTo("1");
        assertThat(js.executeScript("return document.body.dataset.ltiStorageGets")).isEqualTo("1");
    }
}
