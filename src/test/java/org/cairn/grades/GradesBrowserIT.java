package org.cairn.grades;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.Duration;
import java.util.UUID;
import org.cairn.testing.Browser;
import org.cairn.testing.CairnServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The teacher's Gradebook view in a real browser, inside the sandbox's iframe (third-party cookies blocked). */
class GradesBrowserIT {

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
    void theTeacherSeesEachColumnsStatusAndTheGradeThatNeedsAttention() throws Exception {
        browser.openToolFrame(sandbox + "/courses/grade6-math-writing/cairn?as=sbx-teacher-rivera");
        try {
            browser.waitUpTo(Duration.ofSeconds(60)).until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("cairn-course-page nav.views")));

            SandboxCourse.CourseRow course = new SandboxCourse(cairn).course();
            String label = "BR." + UUID.randomUUID().toString().substring(0, 6);
            UUID lineItem = UUID.randomUUID();
            try (Connection c = cairn.database().connect()) {
                GradesEndToEndIT.insertLineItem(c, lineItem, course, label, course.lineItems());
                // Not a member of the sandbox course: the sandbox refuses it (400) and it needs attention.
                GradesEndToEndIT.insertDelivery(c, UUID.randomUUID(), course, lineItem, "not-a-member-" + label);
            }

            browser.driver().findElement(By.linkText("Gradebook")).click();
            browser.waitUpTo(Duration.ofSeconds(90)).pollingEvery(Duration.ofMillis(500)).until(driver -> {
                var headings = driver.findElements(By.cssSelector("section.grades-attention h3"));
                if (headings.stream().anyMatch(h -> h.getText().contains(label))) return true;
                // The view refreshes itself only while grades are waiting: reopen it until the refusal is in.
                driver.findElement(By.linkText("Gradebook")).click();
                return false;
            });
            WebElement row = browser.driver().findElement(By.xpath("//table[contains(@class,'grades-columns')]//tr[th[contains(., '"
                    + label + "')]]"));
            assertThat(row.findElement(By.cssSelector("td.attention")).getText()).isEqualTo("1");
            WebElement section = browser.driver().findElements(By.cssSelector("section.grades-attention")).stream()
                    .filter(s -> s.getText().contains(label)).findFirst().orElseThrow();
            assertThat(section.getText()).contains("400");
            assertThat(browser.driver().findElements(By.cssSelector("input[name='grouping']"))).hasSize(2);
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();

            section.findElement(By.tagName("button")).click();
            browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("cairn-grades-view [role='status']"), "queued again"));
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        } finally {
            browser.driver().switchTo().defaultContent();
        }
    }
}
