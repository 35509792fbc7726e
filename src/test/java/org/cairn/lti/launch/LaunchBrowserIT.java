package org.cairn.lti.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.cairn.testing.Browser;
import org.cairn.testing.CairnServer;
import org.cairn.testing.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A teacher launches Cairn inside an LMS iframe on another site, with third-party cookies blocked: the partitioned
 * state cookie carries the login to the launch, and the course page renders and passes axe-core.
 */
class LaunchBrowserIT {

    private static Browser browser;
    private static TestPlatform platform;
    private final CairnServer cairn = CairnServer.shared();

    @BeforeAll
    static void open() {
        browser = new Browser();
        platform = new TestPlatform("browser-" + UUID.randomUUID().toString().substring(0, 8));
    }

    @AfterAll
    static void close() {
        browser.close();
        platform.close();
    }

    @Test
    void aTeacherLaunchesInACrossSiteIframeWithThirdPartyCookiesBlocked() {
        platform.seed(cairn, "ACTIVE", "REFUSE", true);
        platform.onAuthorize(query -> platform.claims(query.get("nonce"),
                "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor"));
        Map<String, String> login = new LinkedHashMap<>();
        login.put("iss", platform.issuer());
        login.put("login_hint", "teacher-1");
        login.put("target_link_uri", cairn.uri("/lti/launch").toString());
        login.put("client_id", platform.clientId());
        platform.frame(URI.create(cairn.uri("/lti/login") + "?" + LaunchIT.form(login)));
        // The platform's origin may frame Cairn once its registration is read (cached for a moment).
        String origin = platform.url("").toString().replaceAll("/$", "");
        Http http = new Http();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() ->
                http.get(cairn.uri("/lti/login")).header("Content-Security-Policy").contains(origin));

        browser.driver().get(platform.url("/course").toString());
        browser.waitUpTo(Duration.ofSeconds(20))
                .until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("tool")));
        // The class heatmap is the landing view; the roster is the "People" view.
        browser.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("nav.views a[href='#people']"))).click();
        browser.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.roster")));
        browser.screenshot(Path.of("target/screenshots/teacher-course-page.png"));
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Biology 7");
        assertThat(browser.driver().findElement(By.cssSelector("table.roster")).getText()).contains("Ana Teacher");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    }
}
