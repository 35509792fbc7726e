package org.cairn.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.cairn.sandbox.entity.DemoCourses;
import org.cairn.sandbox.entity.SandboxUser;
import org.cairn.testing.Browser;
import org.cairn.testing.CairnServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Problems reach a person in the language of their launch, inside the sandbox LMS's iframe: those every page can
 * meet (here an expired session) phrased by the front end from the page's bundle, the others by the server in the
 * language the page asks for.
 */
class ProblemLanguageBrowserIT {

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

    private void launchAs(SandboxUser user) {
        browser.openToolFrame(sandbox + "/courses/" + DemoCourses.DEMO_COURSE_ID + "/links/" + DemoCourses.PLAN_LINK_ID
                + "?as=" + user.id());
        browser.waitUpTo(Duration.ofSeconds(60)).until(d -> !d.findElements(By.id("cairn-boot")).isEmpty());
    }

    /** What the page's API client says when the server no longer knows its session token. */
    private String expiredSessionMessage() {
        Object message = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import('/static/js/api.js')
                  .then((m) => m.api('/api/v1/session', { token: 'A'.repeat(43) }))
                  .then(() => done('no error'), (e) => done(e.status + ' ' + e.message));
                """);
        return String.valueOf(message);
    }

    /** What the page's API client says when the server refuses a call with a problem of its own. */
    private String messageForAPathThatIsNotThere() {
        Object message = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import('/static/js/api.js')
                  .then((m) => m.api('/api/v1/nothing-here'))
                  .then(() => done('no error'), (e) => done(e.status + ' ' + e.problem.title + ': ' + e.message));
                """);
        return String.valueOf(message);
    }

    private static SandboxUser student(String language) {
        return DemoCourses.demo().members().stream()
                .filter(u -> u.id().startsWith("sbx-student-") && u.locale().startsWith(language)).findFirst().orElseThrow();
    }

    @Test
    void anExpiredSessionIsExplainedInSpanishToAStudentWhoseLmsSpeaksSpanish() {
        launchAs(student("es"));

        assertThat(expiredSessionMessage()).isEqualTo(
                "401 Tu sesión de Cairn terminó o no es válida aquí. Vuelve a abrir Cairn desde tu curso en el LMS.");
    }

    @Test
    void theServerPhrasesItsOwnProblemsInThePagesLanguageNotTheBrowsers() {
        // Headless Chromium asks for English (its Accept-Language); the page is Spanish, and that is what counts.
        launchAs(student("es"));

        assertThat(messageForAPathThatIsNotThere()).isEqualTo("404 No encontrado: No hay nada en /api/v1/nothing-here.");
    }

    @Test
    void anExpiredSessionIsExplainedInEnglishToAnEnglishSpeakingStudent() {
        launchAs(student("en"));

        assertThat(expiredSessionMessage()).isEqualTo(
                "401 Your Cairn session has ended or is not valid here. Open Cairn again from your course in the LMS.");
    }
}
