package org.cairn.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.cairn.testing.Browser;
import org.cairn.testing.CairnServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The page shell in a real browser: language, landmarks, a working skip link, and no serious axe findings. */
class ShellBrowserIT {

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

    @Test
    void theWelcomePageIsAccessible() {
        browser.driver().get(cairn.uri("/").toString());
        browser.screenshot(Path.of("target/screenshots/welcome.png"));
        assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isNotBlank();
        assertThat(browser.driver().findElements(By.tagName("main"))).hasSize(1);
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    }

    @Test
    void theSkipLinkMovesFocusToTheMainContent() {
        browser.driver().get(cairn.uri("/").toString());
        var skip = browser.driver().findElement(By.cssSelector("a.skip-link"));
        skip.sendKeys(org.openqa.selenium.Keys.ENTER);
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("main");
    }
}
