package org.cairn.tenancy.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.cairn.testing.Browser;
import org.cairn.testing.CairnServer;
import org.cairn.testing.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;

/** The operator admin in a real browser: the list, the copy-values view, and no serious axe findings. */
class AdminBrowserIT {

    private static Browser browser;
    private final CairnServer cairn = CairnServer.shared();

    @BeforeAll
    static void openBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    private String addRegistration(String issuer) {
        String basic = "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));
        Http.Reply reply = new Http().post(cairn.uri("/api/v1/admin/registrations"), "application/json", """
                {"issuer": "%s", "clientId": "browser-client", "name": "Browser Schoology", "platformFamily": "schoology",
                 "authorizationEndpoint": "%s/lti/authorize", "jwksUri": "%s/lti/jwks"}""".formatted(issuer, issuer, issuer),
                "Authorization", basic);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("id").asText();
    }

    @Test
    void theAdminListsARegistrationAndShowsItsCopyValues() {
        String issuer = "https://schoology-" + UUID.randomUUID().toString().substring(0, 8) + ".example.edu";
        String id = addRegistration(issuer);
        URI base = cairn.baseUri();
        // Credentials in the URL authenticate Chromium once; it then reuses them for the same origin. The second
        // visit has a URL without credentials, so the page's relative fetch() calls are allowed.
        browser.driver().get(base.getScheme() + "://admin:admin@" + base.getAuthority() + "/admin");
        browser.driver().get(cairn.uri("/admin").toString());

        WebElement admin = browser.driver().findElement(By.tagName("cairn-admin"));
        SearchContext shadow = admin.getShadowRoot();
        browser.waitUpTo(Duration.ofSeconds(60)).until(d -> shadow.findElements(By.cssSelector("tbody th")).stream()
                .anyMatch(th -> th.getText().contains("Browser Schoology")));
        assertThat(shadowText(admin)).contains(issuer);

        WebElement row = shadow.findElements(By.cssSelector("tbody tr")).stream()
                .filter(tr -> tr.getText().contains(issuer)).findFirst().orElseThrow();
        row.findElements(By.cssSelector("button")).stream().filter(b -> b.getText().contains("Copy values"))
                .findFirst().orElseThrow().click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(d -> !shadow.findElements(By.cssSelector("section.setup")).isEmpty());
        assertThat(shadow.findElement(By.cssSelector("section.setup")).getText())
                .contains(cairn.uri("/lti/login/" + id).toString())
                .contains(cairn.uri("/.well-known/jwks.json").toString());

        browser.screenshot(Path.of("target/screenshots/admin.png"));
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    }

    @Test
    void theAdminRecomputesARegistrationsMasteryInTheBackgroundAndShowsHowItWent() {
        String issuer = "https://moodle-" + UUID.randomUUID().toString().substring(0, 8) + ".example.edu";
        addRegistration(issuer);
        String busy = "https://canvas-" + UUID.randomUUID().toString().substring(0, 8) + ".example.edu";
        runningRecompute(addRegistration(busy));
        URI base = cairn.baseUri();
        browser.driver().get(base.getScheme() + "://admin:admin@" + base.getAuthority() + "/admin");
        browser.driver().get(cairn.uri("/admin").toString());
        SearchContext shadow = browser.driver().findElement(By.tagName("cairn-admin")).getShadowRoot();
        browser.waitUpTo(Duration.ofSeconds(60)).until(d -> row(shadow, issuer) != null && row(shadow, busy) != null);
        assertThat(row(shadow, issuer).getText()).doesNotContain("Last recompute");
        browser.waitUpTo(Duration.ofSeconds(10)).until(d -> row(shadow, busy).getText().contains("Recomputing: 200 of 1,430 courses"));
        WebElement progress = row(shadow, busy).findElement(By.cssSelector("progress"));
        assertThat(progress.getAttribute("value")).isEqualTo("200");
        assertThat(progress.getAttribute("max")).isEqualTo("1430");
        assertThat(row(shadow, busy).findElements(By.cssSelector("button")).stream()
                .filter(b -> b.getText().contains("Recompute mastery")).findFirst().orElseThrow().isEnabled()).isFalse();

        row(shadow, issuer).findElements(By.cssSelector("button")).stream()
                .filter(b -> b.getText().contains("Recompute mastery")).findFirst().orElseThrow().click();

        browser.waitUpTo(Duration.ofSeconds(30)).until(d -> row(shadow, issuer).getText().contains("Last recompute finished"));
        assertThat(row(shadow, issuer).getText()).contains("0 courses");
        browser.screenshot(Path.of("target/screenshots/admin-recompute.png"));
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    }

    /** A recompute another node is running for the registration, 200 of 1,430 courses in. */
    private void runningRecompute(String registrationId) {
        Instant now = Instant.now();
        try (Connection c = cairn.database().connect(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO mastery_recompute_run (registration_id, status, courses_total, courses_done, pairs, written,"
                        + " started_at, updated_at) VALUES (?, 'RUNNING', 1430, 200, 56000, 0, ?, ?)")) {
            s.setObject(1, UUID.fromString(registrationId));
            s.setTimestamp(2, Timestamp.from(now.minusSeconds(30)));
            s.setTimestamp(3, Timestamp.from(now));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static WebElement row(SearchContext shadow, String issuer) {
        return shadow.findElements(By.cssSelector("tbody tr")).stream()
                .filter(tr -> tr.getText().contains(issuer)).findFirst().orElse(null);
    }

    private String shadowText(WebElement host) {
        return (String) ((JavascriptExecutor) browser.driver()).executeScript("return arguments[0].shadowRoot.textContent", host);
    }
}
