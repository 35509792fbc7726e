package org.cairn.competency;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.cairn.testing.Browser;
import org.cairn.testing.CairnServer;
import org.cairn.testing.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A teacher in a cross-site LMS iframe (third-party cookies blocked) opens the Standards view, sees a bad URL
 * explained next to the form, imports the sandbox's framework by URL, ticks three standards, moves one up with the
 * keyboard, saves, and the page passes axe-core.
 */
class StandardsBrowserIT {

    private final CairnServer cairn = CairnServer.shared();
    private Browser browser;
    private TestCourse course;

    @BeforeEach
    void open() {
        browser = new Browser();
        course = new TestCourse(cairn);
    }

    @AfterEach
    void close() {
        browser.close();
        course.close();
    }

    private WebElement await(By by) {
        return browser.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    private void tick(String code) {
        WebElement label = await(By.xpath("//div[contains(@class,'standard-tree')]//label[span[@class='code' and text()='" + code + "']]"));
        browser.driver().findElement(By.id(label.getAttribute("for"))).click();
    }

    private List<String> chosenCodes() {
        return browser.driver().findElements(By.cssSelector(".chosen-list li .code")).stream().map(WebElement::getText).toList();
    }

    /** Teacher 1 opens the Standards view inside the LMS frame. */
    private void openStandardsView() {
        var platform = course.platform;
        platform.onAuthorize(query -> platform.claims(query.get("nonce"), TestCourse.INSTRUCTOR));
        Map<String, String> login = new LinkedHashMap<>();
        login.put("iss", platform.issuer());
        login.put("login_hint", "teacher-1");
        login.put("target_link_uri", cairn.uri("/lti/launch").toString());
        login.put("client_id", platform.clientId());
        platform.frame(URI.create(cairn.uri("/lti/login") + "?" + TestCourse.form(login)));
        String origin = platform.url("").toString().replaceAll("/$", "");
        Http http = new Http();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() ->
                http.get(cairn.uri("/lti/login")).header("Content-Security-Policy").contains(origin));

        browser.driver().get(platform.url("/course").toString());
        browser.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("tool")));
        await(By.cssSelector("nav.views a[href='#standards']")).click();
    }

    @Test
    void aTeacherImportsTheSandboxFrameworkPicksAndOrdersStandards() {
        openStandardsView();
        WebElement url = await(By.id("framework-url"));

        url.sendKeys("http://127.0.0.1:1/no-framework-here");
        browser.driver().findElement(By.xpath("//button[text()[contains(.,'Import from URL')]]")).click();
        WebElement problem = await(By.cssSelector("#import-problem.notice.error"));
        assertThat(problem.getText()).contains("127.0.0.1:1");

        url.clear();
        browser.driver().findElement(By.xpath("//button[text()[contains(.,'Use this URL')]]")).click();
        assertThat(url.getAttribute("value")).contains("/sandbox/case/frameworks/");
        browser.driver().findElement(By.xpath("//button[text()[contains(.,'Import from URL')]]")).click();
        browser.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".competency-import [role='status']"), "14 added"));
        assertThat(browser.driver().findElements(By.cssSelector("#import-problem.notice"))).isEmpty();

        tick("6.RP.1");
        tick("6.EE.1");
        tick("HAB.GOAL");
        assertThat(chosenCodes()).containsExactly("6.RP.1", "6.EE.1", "HAB.GOAL");
        WebElement up = browser.driver().findElement(By.cssSelector("button[aria-label='Move HAB.GOAL up']"));
        up.sendKeys(Keys.ENTER);
        assertThat(chosenCodes()).containsExactly("6.RP.1", "HAB.GOAL", "6.EE.1");
        assertThat(new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("category-1")))
                .getFirstSelectedOption().getText()).isEqualTo("Habit of success");

        browser.driver().findElement(By.id("save-standards")).click();
        browser.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".competency-chosen [role='status']"), "Saved: 3 standards."));
        assertThat(chosenCodes()).containsExactly("6.RP.1", "HAB.GOAL", "6.EE.1");
        browser.screenshot(Path.of("target/screenshots/standards-view.png"));
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    }

    @Test
    void aSaveFromAPageOpenedBeforeAColleaguesSaveSaysToReloadAndKeepsWhatWasTyped() {
        // A colleague imports the sandbox's framework before the teacher opens the page...
        String colleague = course.launch(TestCourse.INSTRUCTOR);
        String url = course.ok(course.get(colleague, "/api/v1/frameworks")).get("suggestedUrls").get(0).asText();
        String frameworkId = course.ok(course.post(colleague, "/api/v1/frameworks", "application/json",
                "{\"url\": \"" + url + "\"}")).get("framework").get("id").asText();
        openStandardsView();
        await(By.xpath("//div[contains(@class,'standard-tree')]//label[span[@class='code' and text()='6.RP.1']]"));
        await(By.id("scale-name"));

        // ...and saves a list and a scale of the course's own while the teacher's page is open.
        String standardId = course.ok(course.get(colleague, "/api/v1/frameworks/" + frameworkId + "/standards?q=6.RP.2"))
                .get(0).get("id").asText();
        course.ok(course.put(colleague, "/api/v1/courses/current/standards",
                "{\"units\": [], \"standards\": [{\"standardId\": \"" + standardId + "\"}]}"));
        course.ok(course.put(colleague, "/api/v1/courses/current/scale", "{\"name\": \"Two\", \"levels\": ["
                + "{\"points\": 0, \"label\": \"Not yet\", \"colour\": \"#f4c7c3\"},"
                + "{\"points\": 1, \"label\": \"Yes\", \"colour\": \"#b7e1cd\", \"mastery\": true}]}"));

        // The teacher's saves are refused with the sentence that says what to do, and what she chose and typed stays.
        tick("6.RP.1");
        tick("6.EE.1");
        browser.driver().findElement(By.id("save-standards")).click();
        browser.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("save-problem"), "Reload to see that change, then save yours again."));
        assertThat(chosenCodes()).containsExactly("6.RP.1", "6.EE.1");
        WebElement name = browser.driver().findElement(By.id("scale-name"));
        name.clear();
        name.sendKeys("Our levels", Keys.TAB);
        browser.driver().findElement(By.xpath("//section[contains(@class,'competency-scale')]//button[text()[contains(.,'Save the scale')]]"))
                .click();
        browser.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("scale-problem"), "Reload to see that change, then save yours again."));
        assertThat(browser.driver().findElement(By.id("scale-name")).getDomProperty("value")).isEqualTo("Our levels");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        // Nothing of hers was saved over the colleague's list and scale.
        assertThat(course.ok(course.get(colleague, "/api/v1/courses/current/standards")).get("standards")).hasSize(1);
        assertThat(course.ok(course.get(colleague, "/api/v1/courses/current/scale")).get("name").asText()).isEqualTo("Two");
    }
}
