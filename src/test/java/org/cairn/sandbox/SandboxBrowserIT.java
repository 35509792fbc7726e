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
    void clickingCairnFramesCairnsLoginInitiationWithTheLaunchParameters() {
        // What Cairn's own Dynamic Registration does after the merge, done here by the test as the tool.
        Http http = new Http();
        String token = TestTool.registrationToken(http, sandbox);
        String body = """
                {"application_type":"web","client_name":"Cairn","grant_types":["client_credentials","implicit"],
                 "response_types":["id_token"],"token_endpoint_auth_method":"private_key_jwt",
                 "redirect_uris":["%1$s/lti/launch"],"initiate_login_uri":"%1$s/lti/login",
                 "jwks_uri":"%1$s/.well-known/jwks.json",
                 "scope":"https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly",
                 "https://purl.imsglobal.org/spec/lti-tool-configuration":{"domain":"localhost",
                   "target_link_uri":"%1$s/lti/launch","messages":[{"type":"LtiResourceLinkRequest"}]}}
                """.formatted(cairn.baseUri());
        Http.Reply registered = http.post(URI.create(sandbox + "/registrations"), "application/json", body,
                "Authorization", "Bearer " + token);
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String clientId = registered.json().get("client_id").asText();

        browser.driver().get(sandbox + "/");
        browser.driver().findElement(By.linkText("Cairn")).click();
        WebElement frame = browser.waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("sbx-tool-frame")));
        String src = frame.getAttribute("src");
        assertThat(src).startsWith(cairn.baseUri() + "/lti/login?");
        Map<String, String> query = query(URI.create(src).getRawQuery());
        assertThat(query).containsEntry("iss", sandbox).containsEntry("login_hint", "sbx-teacher-rivera")
                .containsEntry("target_link_uri", cairn.baseUri() + "/lti/launch")
                .containsEntry("lti_message_hint", "course_navigation:grade6-math-writing")
                .containsEntry("lti_storage_target", "_parent")
                .containsKey("lti_deployment_id");
        // The newest tool on Cairn's site is launched unless Cairn registered itself (after the merge).
        assertThat(query.get("client_id")).isNotBlank();
        assertThat(clientId).isNotBlank();
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
