package org.cairn.plans;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.cairn.sandbox.entity.DemoCourses;
import org.cairn.sandbox.entity.SandboxUser;
import org.cairn.testing.Browser;
import org.cairn.testing.CairnServer;
import org.cairn.testing.Http;
import org.cairn.testing.SandboxLaunch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The "done when", in a real browser inside the sandbox LMS (Cairn cross-site in its iframe, third-party
 * cookies blocked): a student launches "My learning plan", sets a goal and writes a reflection; the teacher sees it
 * in the overview, runs a conference from the proposed schedule, records notes and an agreed goal; the student
 * sees them; the family summary renders in Spanish; every screen is axe-clean.
 */
class PlansBrowserIT {

    private static Browser browser;
    private final CairnServer cairn = CairnServer.shared();
    private final String sandbox = "http://127.0.0.1:" + cairn.port() + "/sandbox";
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    @BeforeAll
    static void openBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    private WebDriver driver() {
        return browser.driver();
    }

    /** Opens a sandbox placement as a user and switches into Cairn's iframe once the sandbox has registered Cairn. */
    private void launch(String placement, String as) {
        browser.openToolFrame(sandbox + "/courses/" + DemoCourses.DEMO_COURSE_ID + placement + "?as=" + as);
    }

    private WebElement waitFor(By by) {
        return browser.waitUpTo(Duration.ofSeconds(60)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    private void waitForText(By by, String text) {
        browser.waitUpTo(Duration.ofSeconds(60)).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    private void set(By by, String value) {
        WebElement element = driver().findElement(by);
        ((JavascriptExecutor) driver()).executeScript("arguments[0].value = arguments[1];", element, value);
    }

    private void assertAccessible(String screen) {
        browser.screenshot(Path.of("target/screenshots/plans-" + screen + ".png"));
        assertThat(browser.seriousAccessibilityViolations()).as(screen).isEmpty();
    }

    @Test
    void aStudentsGoalAndReflectionReachTheTeachersConferenceAndItsOutcomeComesBack() {
        SandboxUser student = DemoCourses.demo().members().stream()
                .filter(u -> u.id().startsWith("sbx-student-") && u.locale().startsWith("en")).findFirst().orElseThrow();
        String name = student.givenName() + " " + student.familyName();

        // The student opens "My learning plan": the plan view is the first one; sets a goal and reflects.
        launch("/links/" + DemoCourses.PLAN_LINK_ID, student.id());
        waitFor(By.cssSelector("cairn-plan-view #plan-goals-heading"));
        driver().findElement(By.cssSelector("cairn-plan-view details.plan-add summary")).click();
        driver().findElement(By.id("new-goal-text")).sendKeys("Practice fraction division 15 minutes");
        set(By.id("new-goal-date"), today.plusDays(5).toString());
        driver().findElement(By.cssSelector("#goal-form button[type=submit]")).click();
        waitForText(By.cssSelector("ul.plan-goals"), "Practice fraction division 15 minutes");
        driver().findElement(By.id("answer-1")).sendKeys("Dividing by a fraction");
        driver().findElement(By.cssSelector("#reflection-form button[type=submit]")).click();
        waitForText(By.cssSelector("dl.plan-answers"), "Dividing by a fraction");
        assertAccessible("student");

        // The teacher sees it in the overview and schedules one conference into five minutes of class time.
        launch("/cairn", DemoCourses.TEACHER_ID);
        waitFor(By.cssSelector("nav.views a[href='#plans']")).click();
        waitForText(By.cssSelector("table.plans-overview"), name);
        WebElement row = driver().findElements(By.cssSelector("table.plans-overview tbody tr")).stream()
                .filter(r -> r.getText().contains(name)).findFirst().orElseThrow();
        assertThat(row.getText()).contains("1 active").doesNotContain("no active goal");
        assertAccessible("teacher-overview");

        set(By.id("slot-date"), today.toString());
        set(By.id("slot-start"), "23:00");
        set(By.id("slot-minutes"), "5");
        driver().findElement(By.cssSelector("#slot-label")).sendKeys("Teacher-led station");
        driver().findElement(By.xpath("//button[text()='Add class time']")).click();
        waitForText(By.cssSelector("ol.plan-proposals"), name);
        driver().findElement(By.id("book-proposals")).click();
        waitFor(By.cssSelector("button[aria-label='Open the conference with " + name + "']")).click();

        // The one-screen conference: the latest reflection is there; notes (shared) and an agreed goal.
        waitForText(By.id("conference-heading"), name);
        assertThat(driver().findElement(By.cssSelector("section.plan-conference")).getText()).contains("Dividing by a fraction");
        driver().findElement(By.id("conference-notes-text")).sendKeys("Draws a model before dividing.");
        driver().findElement(By.id("conference-shareable")).click();
        driver().findElement(By.cssSelector("#conference-notes button[type=submit]")).click();
        waitForText(By.cssSelector("section.plan-conference"), "Draws a model before dividing.");
        driver().findElement(By.cssSelector("section.plan-conference details.plan-add summary")).click();
        driver().findElement(By.id("agreed-goal-text")).sendKeys("Explain one division with a drawing");
        set(By.id("agreed-goal-date"), today.plusDays(3).toString());
        driver().findElement(By.cssSelector("#agreed-goal-form button[type=submit]")).click();
        waitForText(By.cssSelector("section.plan-conference"), "Explain one division with a drawing");
        assertAccessible("conference");

        // The family summary, in Spanish, with the shared notes.
        driver().findElement(By.xpath("//button[text()='Back to all plans']")).click();
        waitFor(By.cssSelector("button[aria-label='Family summary of " + name + " in español']")).click();
        WebElement summary = waitFor(By.cssSelector("section.family-summary[lang=es]"));
        waitForText(By.cssSelector("section.family-summary"), "De la última reunión");
        assertThat(summary.getText()).contains("Plan de aprendizaje de " + name)
                .contains("Explain one division with a drawing").contains("Draws a model before dividing.");
        assertAccessible("family-summary");

        // The student sees the outcome of the conference in their plan.
        launch("/links/" + DemoCourses.PLAN_LINK_ID, student.id());
        waitForText(By.cssSelector("ul.plan-conferences"), "Draws a model before dividing.");
        assertThat(driver().findElement(By.cssSelector("ul.plan-conferences")).getText())
                .contains("Explain one division with a drawing").contains("held");
        assertThat(driver().findElement(By.cssSelector("ul.plan-goals")).getText()).contains("agreed in a conference");
        assertAccessible("student-after");
        driver().switchTo().defaultContent();
    }

    /** A save from the same person's other tab (or a colleague's page): straight to the API with its own session. */
    private static Http.Reply putAsAnotherTab(Http http, String token, URI uri, String json) {
        return http.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)), "Authorization", "Bearer " + token);
    }

    @Test
    void aSaveFromAPageOpenedBeforeAnotherSaveSaysToReloadAndKeepsWhatWasTyped() throws Exception {
        Http http = new Http();
        String api = "/api/v1/courses/current";
        SandboxUser student = DemoCourses.demo().members().stream()
                .filter(u -> u.id().startsWith("sbx-student-") && u.locale().startsWith("en")).skip(1).findFirst().orElseThrow();

        // The student types in "about me" while her other tab saves another field of it.
        launch("/links/" + DemoCourses.PLAN_LINK_ID, student.id());
        WebElement interests = waitFor(By.id("about-INTERESTS"));
        interests.clear();
        interests.sendKeys("Chess club on Fridays");
        String otherTab = SandboxLaunch.sessionToken(cairn, http, student.id(), "/links/" + DemoCourses.PLAN_LINK_ID);
        String planId = http.get(cairn.uri(api + "/plans/mine"), "Authorization", "Bearer " + otherTab).json().get("id").asText();
        Http.Reply saved = putAsAnotherTab(http, otherTab, cairn.uri(api + "/plans/" + planId + "/about-me/strengths"),
                "{\"text\":\"Drawing maps\"}");
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);

        // Her save from this page is refused with the sentence that says what to do, and what she typed is still there.
        driver().findElement(By.xpath("//textarea[@id='about-INTERESTS']/ancestor::form//button[@type='submit']")).click();
        waitForText(By.id("plan-failure"), "Reload to see that change, then save yours again.");
        assertThat(driver().findElement(By.id("about-INTERESTS")).getDomProperty("value")).isEqualTo("Chess club on Fridays");
        assertAccessible("stale-save");

        // Reloaded, the page shows the other tab's save, and hers goes through.
        launch("/links/" + DemoCourses.PLAN_LINK_ID, student.id());
        interests = waitFor(By.id("about-INTERESTS"));
        assertThat(driver().findElement(By.id("about-STRENGTHS")).getDomProperty("value")).isEqualTo("Drawing maps");
        interests.clear();
        interests.sendKeys("Chess club on Fridays");
        driver().findElement(By.xpath("//textarea[@id='about-INTERESTS']/ancestor::form//button[@type='submit']")).click();
        waitForText(By.cssSelector("cairn-plan-view p.plan-message"), "Saved.");
        assertThat(http.get(cairn.uri(api + "/plans/" + planId + "/about-me"), "Authorization", "Bearer " + otherTab).body())
                .contains("Chess club on Fridays", "Drawing maps");
        driver().switchTo().defaultContent();

        // A teacher changes the conference length on a page opened before a colleague saved the template (in a practice
        // course of its own: the demo course's template stays as the other test expects it).
        Http.Reply course = http.post(URI.create(sandbox + "/api/courses"), "application/json", "{\"title\": \"Stale pages\"}");
        assertThat(course.status()).as(course.toString()).isEqualTo(201);
        String courseId = course.json().get("courseId").asText();
        browser.openToolFrame(sandbox + "/courses/" + courseId + "/cairn?as=" + DemoCourses.TEACHER_ID);
        waitFor(By.cssSelector("nav.views a[href='#plans']")).click();
        waitFor(By.id("conference-minutes"));
        String colleague = SandboxLaunch.sessionToken(cairn, http, courseId, DemoCourses.TEACHER_ID, "/cairn");
        Http.Reply template = putAsAnotherTab(http, colleague, cairn.uri(api + "/planning/template"),
                "{\"cadence\":\"WEEKLY\",\"conferenceMinutes\":7}");
        assertThat(template.status()).as(template.toString()).isEqualTo(200);
        set(By.id("conference-minutes"), "9");
        driver().findElement(By.xpath("//input[@id='conference-minutes']/ancestor::form//button[@type='submit']")).click();
        waitForText(By.id("plans-failure"), "Reload to see that change, then save yours again.");
        assertThat(driver().findElement(By.id("conference-minutes")).getDomProperty("value")).isEqualTo("9");
        JsonNode stored = http.get(cairn.uri(api + "/planning/template"), "Authorization", "Bearer " + colleague).json();
        assertThat(stored.get("conferenceMinutes").asInt()).isEqualTo(7);
        assertThat(stored.get("cadence").asText()).isEqualTo("WEEKLY");
        driver().switchTo().defaultContent();
    }
}
