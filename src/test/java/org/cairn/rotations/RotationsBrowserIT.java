package org.cairn.rotations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.cairn.rotations.RotationClass.Person;
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
import org.openqa.selenium.support.ui.Select;

/**
 * In a real browser, inside an LMS iframe on another site with third-party cookies blocked: a teacher builds a
 * rotation from seeded mastery, moves a student with the keyboard "Move to" menu, opens the board in its own
 * window and starts the countdown; a student's launch shows "now" and "next". axe-core finds no serious violation.
 */
class RotationsBrowserIT {

    private final CairnServer cairn = CairnServer.shared();
    private Browser browser;
    private RotationClass room;
    private Person teacher;
    private final List<Person> students = new ArrayList<>();
    private final List<String> stations = new ArrayList<>();
    private List<UUID> standards;

    @BeforeEach
    void classWithMastery() {
        browser = new Browser();
        room = new RotationClass(cairn);
        teacher = room.launch("Elena Rivera", RotationClass.INSTRUCTOR);
        String[] names = {"Ana Beltrán", "Ben Okafor", "Cai Chen", "Dee Park", "Eli Stone", "Fay Ruiz"};
        for (String name : names) students.add(room.launch(name, RotationClass.LEARNER));
        UUID courseId = room.courseId(teacher);
        standards = room.seedStandards(courseId, "6.RP.3", "6.RP.2");
        double[][] levels = {{1, 1}, {1, 2}, {2, 2}, {2, 3}, {3, 4}, {4, 4}};
        for (int i = 0; i < names.length; i++) {
            room.seedMastery(courseId, students.get(i).id(), standards.get(0), levels[i][0]);
            room.seedMastery(courseId, students.get(i).id(), standards.get(1), levels[i][1]);
        }
        stations.add(room.station(teacher, "Teacher table", "TEACHER_LED", 3));
        stations.add(room.station(teacher, "Pair problems", "COLLABORATIVE", 4));
        stations.add(room.station(teacher, "Practice site", "INDEPENDENT", 4));

        Map<String, String> login = new LinkedHashMap<>();
        login.put("iss", room.platform.issuer());
        login.put("login_hint", "browser");
        login.put("target_link_uri", cairn.uri("/lti/launch").toString());
        login.put("client_id", room.platform.clientId());
        room.platform.frame(URI.create(cairn.uri("/lti/login") + "?" + RotationClass.form(login)));
        String origin = room.platform.url("").toString().replaceAll("/$", "");
        Http http = new Http();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() ->
                http.get(cairn.uri("/lti/login")).header("Content-Security-Policy").contains(origin));
    }

    @AfterEach
    void close() {
        browser.close();
        room.close();
    }

    private void launchInFrame(String sub, String name, String role) {
        room.platform.onAuthorize(query -> room.claims(query.get("nonce"), sub, name, role, room.contextId));
        browser.driver().switchTo().defaultContent();
        browser.driver().get(room.platform.url("/course").toString());
        browser.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("tool")));
    }

    private WebElement waitFor(String css) {
        return browser.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    @Test
    void aTeacherBuildsGroupsMovesAStudentWithTheKeyboardAndRunsTheBoardAndAStudentSeesNowAndNext() {
        launchInFrame("teacher-" + UUID.randomUUID(), "Jordan Brooks", RotationClass.INSTRUCTOR);
        waitFor("nav.views a[href='#rotations']").click();

        // A new rotation with all three stations (the form's defaults: 3 rounds of 15 minutes).
        waitFor("form.rotation-form input[name='title']").sendKeys("Ratios stations");
        browser.driver().findElement(By.cssSelector("form.rotation-form button[type='submit']")).click();
        waitFor("form.group-builder");
        // Target both standards, three groups, then build.
        for (WebElement box : browser.driver().findElements(By.cssSelector("form.group-builder input[name='standard']"))) {
            if (!box.isSelected()) box.click();
        }
        browser.driver().findElement(By.cssSelector("button.build-groups")).click();
        waitFor(".group-card[data-group='1']");
        String ana = students.get(0).id().toString();
        WebElement group1 = browser.driver().findElement(By.cssSelector(".group-card[data-group='1']"));
        assertThat(group1.getText()).contains("Ana Beltrán").contains("Beginning on 6.RP.3 and 6.RP.2; grouped for intervention");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        // Keyboard only: focus Ana's "Move to…" button, open the menu, go down to the second target, choose it.
        WebElement moveTo = browser.driver().findElement(By.cssSelector("li[data-student='" + ana + "'] button.move-to"));
        moveTo.sendKeys(Keys.ENTER);
        WebElement firstItem = waitFor("li[data-student='" + ana + "'] [role='menuitem']");
        assertThat(browser.driver().switchTo().activeElement()).isEqualTo(firstItem);
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.driver().switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
        String target = browser.driver().switchTo().activeElement().getText();
        assertThat(target).isEqualTo("Group 3");
        browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
        browser.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".group-card[data-group='3'] li[data-student='" + ana + "']")));
        assertThat(browser.driver().findElement(By.cssSelector(".rotations-status")).getText())
                .isEqualTo("Ana Beltrán moved to group 3.");
        assertThat(browser.driver().findElement(By.cssSelector("li[data-student='" + ana + "'] .explanation")).getText())
                .endsWith("moved here by the teacher");
        assertThat(browser.driver().switchTo().activeElement().getAttribute("class")).contains("move-to");
        browser.screenshot(Path.of("target/screenshots/rotations-teacher.png"));

        // The board opens in its own window and gets the session from this page, not from its URL.
        String course = browser.driver().getWindowHandle();
        browser.driver().findElement(By.cssSelector("button.open-board")).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(d -> d.getWindowHandles().size() == 2);
        String board = browser.driver().getWindowHandles().stream().filter(h -> !h.equals(course)).findFirst().orElseThrow();
        browser.driver().switchTo().window(board);
        assertThat(browser.driver().getCurrentUrl()).endsWith("/rotations/board");
        WebElement timer = waitFor(".board-timer");
        assertThat(timer.getText()).isEqualTo("15:00");
        assertThat(browser.driver().findElement(By.cssSelector(".board-round")).getText()).isEqualTo("Round 1 of 3");
        assertThat(browser.driver().findElement(By.cssSelector(".board-groups")).getText()).contains("Group 1 → Teacher table");
        browser.driver().findElement(By.cssSelector("button.board-start")).click();
        browser.waitUpTo(Duration.ofSeconds(5)).until(d -> d.findElement(By.cssSelector(".board-timer")).getText().startsWith("14:"));
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.screenshot(Path.of("target/screenshots/rotations-board.png"));
        browser.driver().findElement(By.cssSelector("button.board-next")).click();
        browser.waitUpTo(Duration.ofSeconds(5)).until(d -> d.findElement(By.cssSelector(".board-round")).getText().equals("Round 2 of 3"));
        assertThat(browser.driver().findElement(By.cssSelector("[role='status'][aria-live='polite']")).getAttribute("textContent"))
                .startsWith("Round 2 of 3.");
        browser.driver().close();
        browser.driver().switchTo().window(course);

        // A student: the board moved to round 2, so "now" is their round-2 station.
        Person dee = students.get(3);
        launchInFrame(dee.sub(), dee.name(), RotationClass.LEARNER);
        waitFor("nav.views a[href='#rotation']").click();
        WebElement now = waitFor(".my-station.now .my-station-name");
        WebElement next = waitFor(".my-station.next .my-station-name");
        var agenda = room.get(dee, "/mine").json();
        assertThat(agenda.get("currentRound").asInt()).isEqualTo(2);
        assertThat(now.getText()).isEqualTo(agenda.get("now").get("name").asText());
        assertThat(next.getText()).isEqualTo(agenda.get("next").get("name").asText());
        assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("Round 2 of 3");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.screenshot(Path.of("target/screenshots/rotations-student.png"));
    }

    @Test
    void aSaveFromAPageOpenedBeforeAColleaguesSaveSaysToReloadAndKeepsWhatWasChosen() {
        // Elena has built groups for a rotation; Jordan opens the Rotations view.
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Ratios stations");
        body.put("rounds", 3);
        body.put("minutesPerRound", 15);
        body.put("stationIds", stations);
        String rotation = room.post(teacher, "", body).json().get("rotation").get("id").asText();
        assertThat(room.post(teacher, "/" + rotation + "/groupings", Map.of("method", "SKILL", "standardIds", standards,
                "groupCount", 3)).status()).isEqualTo(201);
        launchInFrame("teacher-" + UUID.randomUUID(), "Jordan Brooks", RotationClass.INSTRUCTOR);
        waitFor("nav.views a[href='#rotations']").click();
        WebElement retire = waitFor("button[aria-label='Retire station Pair problems']");

        // Elena changes a station while his page shows it: his "Retire" is refused, and the station stays.
        Map<String, Object> station = new LinkedHashMap<>();
        station.put("name", "Pair problems");
        station.put("kind", "COLLABORATIVE");
        station.put("capacity", 6);
        station.put("instructions", "Two by two, then compare");
        assertThat(room.put(teacher, "/stations/" + stations.get(1), station).status()).isEqualTo(200);
        retire.click();
        waitForText("cairn-rotations-view .notice.error", "Reload to see that change, then save yours again.");
        assertThat(browser.driver().findElements(By.cssSelector("button[aria-label='Retire station Pair problems']"))).hasSize(1);
        assertThat(room.get(teacher, "/stations").json().findValuesAsText("id")).contains(stations.get(1));

        // In the rotation he picks Eli's own stations while Elena sets them: his save is refused and his choice stays.
        waitFor("a[href='#rotations/" + rotation + "']").click();
        WebElement student = waitFor("select[name='student']");
        Person eli = students.get(4);
        assertThat(room.put(teacher, "/" + rotation + "/agendas/" + eli.id(),
                Map.of("stationIds", List.of(stations.get(2), stations.get(1), stations.get(2)))).status()).isEqualTo(200);
        new Select(student).selectByValue(eli.id().toString());
        for (int round = 1; round <= 3; round++) {
            new Select(browser.driver().findElement(By.cssSelector("select[name='round-" + round + "']")))
                    .selectByValue(stations.get(1));
        }
        browser.driver().findElement(By.xpath("//button[text()[contains(.,'Save own agenda')]]")).click();
        waitForText("cairn-rotations-view .notice.error", "Reload to see that change, then save yours again.");
        assertThat(new Select(browser.driver().findElement(By.cssSelector("select[name='student']")))
                .getFirstSelectedOption().getAttribute("value")).isEqualTo(eli.id().toString());
        assertThat(new Select(browser.driver().findElement(By.cssSelector("select[name='round-1']")))
                .getFirstSelectedOption().getAttribute("value")).isEqualTo(stations.get(1));
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        assertThat(room.get(teacher, "/" + rotation).json().get("grouping").get("agenda").get("ownAgendas")
                .get(eli.id().toString()).toString())
                .isEqualTo(Http.JSON.valueToTree(List.of(stations.get(2), stations.get(1), stations.get(2))).toString());
    }

    private void waitForText(String css, String text) {
        browser.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }
}
