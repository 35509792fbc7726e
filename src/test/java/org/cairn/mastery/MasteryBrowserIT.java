package org.cairn.mastery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.cairn.lti.launch.TestTokens;
import org.cairn.testing.Browser;
import org.cairn.testing.CairnServer;
import org.cairn.testing.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A teacher opens Cairn inside a cross-site LMS iframe (third-party cookies blocked) and lands on the class
 * heatmap: text in every cell, axe-clean; quick entry by keyboard changes the cells; a cell's drill-down explains
 * the level; a student's profile draws its charts with tables beside them.
 */
class MasteryBrowserIT {

    private static Browser browser;
    private final CairnServer cairn = CairnServer.shared();

    @BeforeAll
    static void open() {
        browser = new Browser();
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    @Test
    void theTeacherSeesTheHeatmapEntersLevelsByKeyboardAndDrillsIntoACell() {
        try (MasteryCourse lms = new MasteryCourse(cairn)) {
            MasteryCourse.Member teacher = lms.teacher("math-6");
            MasteryCourse.Member ana = lms.student("math-6", "Ana Alvarez");
            lms.student("math-6", "Ben Brooks");
            lms.student("math-6", "Carla Cruz");
            List<UUID> standards = lms.standards(teacher.courseId(), 3);
            Http http = new Http();
            Http.Reply seeded = http.post(cairn.uri("/api/v1/courses/current/mastery/evidence"), "application/json",
                    "{\"studentId\": \"%s\", \"standardId\": \"%s\", \"points\": 3, \"source\": \"ASSESSMENT\"}"
                            .formatted(ana.personId(), standards.get(0)), teacher.auth());
            assertThat(seeded.status()).as(seeded.toString()).isEqualTo(201);
            Http.Reply outside = http.post(cairn.uri("/api/v1/courses/current/mastery/evidence"), "application/json",
                    "{\"standardId\": \"%s\", \"points\": 3, \"source\": \"OUT_OF_SCHOOL\", \"note\": \"Robotics club\"}"
                            .formatted(standards.get(2)), ana.auth());
            assertThat(outside.status()).as(outside.toString()).isEqualTo(201);

            openInTheLms(lms);
            browser.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.heatmap")));
            List<WebElement> cells = browser.driver().findElements(By.cssSelector("table.heatmap tbody td.level"));
            assertThat(cells).hasSize(9);
            assertThat(cells).allSatisfy(cell -> assertThat(cell.getText()).isNotBlank());
            assertThat(cells.get(0).getText()).contains("Proficient");
            assertThat(browser.driver().findElement(By.cssSelector("table.heatmap tfoot")).getText()).contains("33%");
            assertThat(browser.driver().findElement(By.cssSelector(".mastery-legend")).getText())
                    .contains("Beginning").contains("Advanced");
            assertThat(browser.driver().findElement(By.cssSelector(".mastery-pending")).getText()).contains("Robotics club");
            browser.screenshot(Path.of("target/screenshots/mastery-heatmap.png"));
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();

            // The teacher accepts the out-of-school learning: it counts, the cell shows it.
            browser.driver().findElement(By.xpath("//section[contains(@class,'mastery-pending')]//button[.='Accept']")).click();
            browser.waitUpTo(Duration.ofSeconds(20)).until(driver -> driver.findElements(By.cssSelector(".mastery-pending")).isEmpty()
                    && driver.findElements(By.cssSelector("table.heatmap tbody tr")).get(0)
                    .findElements(By.cssSelector("td")).get(2).getText().contains("Proficient"));

            // Quick entry: choose the second standard, then one keystroke per student, Enter saves.
            new Select(browser.driver().findElement(By.id("quick-standard"))).selectByValue(standards.get(1).toString());
            WebElement first = browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector(".quick-entry input[data-student]")));
            first.sendKeys("3");
            assertThat(first.getAttribute("value")).isEqualTo("Proficient");
            browser.driver().switchTo().activeElement().sendKeys("2");
            browser.driver().switchTo().activeElement().sendKeys("4");
            assertThat(browser.driver().findElement(By.cssSelector("[role=status][aria-live=polite]")).getAttribute("textContent"))
                    .contains("Carla Cruz").contains("Advanced");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
            browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
            browser.waitUpTo(Duration.ofSeconds(20)).until(driver -> driver.findElements(By.cssSelector(".quick-entry")).isEmpty()
                    && driver.findElements(By.cssSelector("table.heatmap tbody tr")).get(2).getText().contains("Advanced"));
            List<WebElement> rows = browser.driver().findElements(By.cssSelector("table.heatmap tbody tr"));
            assertThat(rows.get(0).findElements(By.cssSelector("td")).get(1).getText()).contains("Proficient");
            assertThat(rows.get(1).findElements(By.cssSelector("td")).get(1).getText()).contains("Developing");
            assertThat(rows.get(2).findElements(By.cssSelector("td")).get(1).getText()).contains("Advanced");
            assertThat(lms.count("SELECT COUNT(*) FROM evidence WHERE course_id = ? AND standard_id = ?",
                    teacher.courseId(), standards.get(1))).isEqualTo(3);

            // Drill-down: Enter on Ana's first cell shows the timeline and the explanation.
            rows.get(0).findElement(By.cssSelector("td button.cell")).sendKeys(Keys.ENTER);
            WebElement explanation = browser.waitUpTo(Duration.ofSeconds(20)).until(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".mastery-explanation")));
            assertThat(explanation.getText()).contains("Explain this level").contains("Decaying average")
                    .contains("What the other methods would give");
            // The steps come in the page's language, so they carry no lang of their own.
            WebElement steps = explanation.findElement(By.cssSelector("ol.steps"));
            assertThat(steps.getText()).contains("Scores in order observed").contains("rounds to");
            assertThat(steps.getAttribute("lang")).isNullOrEmpty();
            assertThat(browser.driver().findElement(By.cssSelector(".mastery-timeline")).getText()).contains("Assessment");
            assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("drill-heading");
            browser.screenshot(Path.of("target/screenshots/mastery-drill-down.png"));
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();

            // A correction from the timeline: the original stays (corrected), the cell follows the new level.
            browser.driver().findElement(By.cssSelector(".mastery-timeline details.correct summary")).click();
            new Select(browser.driver().findElement(By.cssSelector(".mastery-timeline select[name=points]"))).selectByVisibleText("Developing");
            browser.driver().findElement(By.cssSelector(".mastery-timeline input[name=reason]")).sendKeys("Wrong rubric row");
            browser.driver().findElement(By.cssSelector(".mastery-timeline form button[type=submit]")).click();
            browser.waitUpTo(Duration.ofSeconds(20)).until(driver -> driver.findElements(By.cssSelector(".mastery-timeline tbody tr")).size() == 2
                    && driver.findElement(By.cssSelector(".mastery-timeline")).getText().contains("Corrected (kept for history)")
                    && driver.findElements(By.cssSelector("table.heatmap tbody tr")).get(0)
                            .findElements(By.cssSelector("td")).get(0).getText().contains("Developing"));

            // The student's profile: a chart and its table.
            browser.driver().findElement(By.linkText("Ana Alvarez")).click();
            browser.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.profile-table")));
            assertThat(browser.driver().findElement(By.cssSelector("table.profile-table")).getText()).contains("Proficient");
            assertThat(browser.driver().findElements(By.cssSelector("canvas#profile-bars"))).hasSize(1);
            assertThat(browser.driver().findElements(By.cssSelector("canvas[data-trend]"))).hasSize(3);
            browser.screenshot(Path.of("target/screenshots/mastery-profile.png"));
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        } finally {
            browser.driver().switchTo().defaultContent();
        }
    }

    /** The test platform's course page frames Cairn's login; the platform signs a teacher's launch. */
    private void openInTheLms(MasteryCourse lms) {
        var platform = lms.platform;
        platform.onAuthorize(query -> {
            Map<String, Object> claims = platform.claims(query.get("nonce"), MasteryCourse.INSTRUCTOR);
            claims.put("sub", "browser-teacher");
            claims.put("name", "Bea Teacher");
            claims.put(TestTokens.LTI + "context", Map.of("id", "math-6", "title", "Course math-6", "label", "math-6"));
            return claims;
        });
        Map<String, String> login = new LinkedHashMap<>();
        login.put("iss", platform.issuer());
        login.put("login_hint", "browser-teacher");
        login.put("target_link_uri", cairn.uri("/lti/launch").toString());
        login.put("client_id", platform.clientId());
        StringBuilder query = new StringBuilder();
        login.forEach((k, v) -> query.append(query.length() == 0 ? "" : "&").append(k).append('=')
                .append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8)));
        platform.frame(URI.create(cairn.uri("/lti/login") + "?" + query));
        // The platform's origin may frame Cairn once its registration is read (cached for a moment).
        String origin = platform.url("").toString().replaceAll("/$", "");
        Http http = new Http();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() ->
                http.get(cairn.uri("/lti/login")).header("Content-Security-Policy").contains(origin));
        browser.driver().get(platform.url("/course").toString());
        browser.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("tool")));
    }
}
