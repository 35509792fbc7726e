package org.cairn.lti.deeplinking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.cairn.sandbox.entity.DemoCourses;
import org.cairn.testing.Browser;
import org.cairn.testing.CairnServer;
import org.cairn.testing.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The teacher's Deep Linking in a real browser, inside the sandbox's cross-site iframe with third-party cookies
 * blocked: the selection page is keyboard-operable and axe-clean, and choosing sends the link back to the LMS.
 */
class DeepLinkingBrowserIT {

    private static Browser browser;
    private final CairnServer cairn = CairnServer.shared();
    private final Http http = new Http();

    @BeforeAll
    static void open() {
        browser = new Browser();
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    @Test
    void theTeacherChoosesMyLearningPlanWithTheKeyboardAndTheLmsReceivesIt() {
        String start = "http://127.0.0.1:" + cairn.port() + "/sandbox/courses/" + DemoCourses.DEMO_COURSE_ID
                + "/deep-linking";
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .until(() -> http.get(URI.create(start)).body().contains("sbx-tool-frame"));

        browser.driver().get(start);
        browser.waitUpTo(Duration.ofSeconds(30))
                .until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("sbx-tool-frame")));
        browser.waitUpTo(Duration.ofSeconds(60)).until(ExpectedConditions.presenceOfElementLocated(By.id("dl-select")));
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Add Cairn to your course");
        assertThat(browser.driver().findElement(By.id("dl-item-plan")).isSelected()).isTrue();
        browser.screenshot(Path.of("target/screenshots/deep-linking-selection.png"));
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        // Unchecking everything and pressing Add says what to do instead of sending nothing.
        browser.driver().findElement(By.id("dl-item-plan")).sendKeys(Keys.SPACE);
        browser.driver().findElement(By.cssSelector("button[value=add]")).sendKeys(Keys.ENTER);
        assertThat(browser.driver().findElement(By.id("dl-error")).getText()).contains("Choose at least one link");

        browser.driver().findElement(By.id("dl-item-plan")).sendKeys(Keys.SPACE);
        browser.driver().findElement(By.cssSelector("button[value=add]")).sendKeys(Keys.ENTER);
        browser.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.tagName("h1"), "Content added"));
        assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("The tool added 1 items");
    }

    @Test
    void aStudentWhoOpensAUnitsLinkSeesThatUnitsStandardsFirst() throws Exception {
        String course = "http://127.0.0.1:" + cairn.port() + "/sandbox/courses/" + DemoCourses.DEMO_COURSE_ID;
        // The unit links are offered once the demo course's standards (in three units) are seeded by its first sync,
        // which the teacher's launch from the course menu starts: open the selection until it offers the unit.
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .until(() -> http.get(URI.create(course + "/deep-linking")).body().contains("sbx-tool-frame"));
        org.cairn.testing.SandboxLaunch.sessionToken(cairn, http, DemoCourses.DEMO_COURSE_ID, DemoCourses.TEACHER_ID, "/cairn");
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                .until(() -> unitChoice("Expressions", course).isPresent());
        var unit = unitChoice("Expressions", course).orElseThrow();
        unit.sendKeys(Keys.SPACE);
        browser.driver().findElement(By.cssSelector("button[value=add]")).sendKeys(Keys.ENTER);
        browser.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.tagName("h1"), "Content added"));

        java.util.regex.Matcher item = java.util.regex.Pattern.compile("action=\"/sandbox/courses/"
                + DemoCourses.DEMO_COURSE_ID + "/items/([0-9a-f-]{36})\"><span class=\"sbx-item-title\">My learning plan: "
                + "Expressions</span>").matcher(http.get(URI.create(course)).body());
        assertThat(item.find()).as("the new link in the course's module").isTrue();
        browser.openToolFrame(course + "/items/" + item.group(1) + "?as=sbx-student-03");

        browser.waitUpTo(Duration.ofSeconds(60)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("plan-unit-heading"), "Unidad: Expressions")); // Sofía's LMS speaks Spanish
        var rows = browser.driver().findElements(By.cssSelector(".plan-unit tbody tr"));
        assertThat(rows).isNotEmpty();
        var headings = browser.driver().findElements(By.cssSelector(".plans h2")).stream().map(h -> h.getAttribute("id")).toList();
        assertThat(headings).as("the unit comes before the rest of the plan").startsWith("plan-unit-heading", "plan-period-heading");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    }

    /** Opens the selection page in the sandbox's frame and finds the choice "My learning plan: {unit}". */
    private java.util.Optional<org.openqa.selenium.WebElement> unitChoice(String name, String course) {
        browser.driver().switchTo().defaultContent();
        browser.driver().get(course + "/deep-linking");
        browser.waitUpTo(Duration.ofSeconds(30))
                .until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("sbx-tool-frame")));
        browser.waitUpTo(Duration.ofSeconds(60)).until(ExpectedConditions.presenceOfElementLocated(By.id("dl-select")));
        return browser.driver().findElements(By.cssSelector("input[name=item]")).stream()
                .filter(input -> browser.driver().findElement(By.cssSelector("label[for='" + input.getAttribute("id") + "']"))
                        .getText().equals("My learning plan: " + name))
                .findFirst();
    }
}
