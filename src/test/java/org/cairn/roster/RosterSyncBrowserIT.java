package org.cairn.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.cairn.testing.Browser;
import org.cairn.testing.CairnServer;
import org.cairn.testing.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A teacher opens Cairn in the sandbox's 5,000-member course: the roster sync that the launch starts shows a
 * progress indicator with what it is doing, and finishes with the whole course listed. The sandbox's slow-NRPS
 * knob holds the first pages back so the running state is on screen long enough to be seen every time.
 */
class RosterSyncBrowserIT {

    private static final int ACTIVE = 5000 - 99;
    private static Browser browser;
    private final CairnServer cairn = CairnServer.shared();
    private final Http http = new Http();
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
    void aFiveThousandMemberSyncShowsItsProgressAndEndsWithTheWholeCourse() {
        var course = http.get(URI.create(sandbox + "/api/large-course")).json();
        assertThat(course.get("members").asInt()).isEqualTo(5000);
        String launch = course.get("teacherLaunch").asText();
        // The sandbox registers itself with Cairn after start-up; the launch page frames Cairn once it has.
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .until(() -> http.get(URI.create(launch)).body().contains("sbx-tool-frame"));
        // 50 pages of 100: the first 8 take 1.5 s each, so the sync runs for at least 12 s.
        var armed = http.post(URI.create(sandbox + "/api/faults"), "application/json",
                "{\"target\":\"nrps\",\"kind\":\"slow\",\"count\":8,\"delayMillis\":1500}");
        assertThat(armed.status()).isEqualTo(201);
        try {
            browser.driver().get(launch);
            browser.waitUpTo(Duration.ofSeconds(60))
                    .until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("sbx-tool-frame")));
            // The class heatmap is the landing view; the roster and its sync are the "People" view.
            browser.waitUpTo(Duration.ofSeconds(60)).until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("nav.views a[href='#people']"))).click();
            browser.waitUpTo(Duration.ofSeconds(60))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("sync-progress")));
            String running = browser.driver().findElement(By.cssSelector("label[for=sync-progress]")).getText();
            assertThat(running).startsWith("Reading the roster from the LMS:").contains("people so far");
            assertThat(browser.driver().findElement(By.cssSelector(".sync [role=status]")).getAttribute("aria-live"))
                    .isEqualTo("polite");
            browser.screenshot(Path.of("target/screenshots/roster-sync-progress.png"));
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();

            browser.waitUpTo(Duration.ofSeconds(180))
                    .until(ExpectedConditions.invisibilityOfElementLocated(By.id("sync-progress")));
            // The LMS lists every 50th generated student as Inactive (99 of them): 4,901 active people remain.
            browser.waitUpTo(Duration.ofSeconds(60)).until(d ->
                    d.findElements(By.cssSelector("table.roster tbody tr")).size() >= ACTIVE);
            assertThat(browser.driver().findElements(By.cssSelector("table.roster tbody tr"))).hasSize(ACTIVE);
            assertThat(browser.driver().findElement(By.cssSelector(".sync")).getText())
                    .contains("Last read from the LMS:").doesNotContain("never").doesNotContain("could not");
        } finally {
            http.send(java.net.http.HttpRequest.newBuilder(URI.create(sandbox + "/api/faults")).DELETE());
        }
    }
}
