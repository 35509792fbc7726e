package org.cairn.plans;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.cairn.testing.AtOnce;
import org.cairn.testing.CairnServer;
import org.cairn.testing.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The plans API over real HTTP against the real WAR, with people launched by real signed id_tokens from a test
 * platform of this test's own: plans for every student, goals with history, reflections, "about me" privacy,
 * conferences from the proposed schedule, the family summary, bad input as problem+json, and every denial.
 */
class PlansApiIT {

    private final CairnServer cairn = CairnServer.shared();
    private final PlanLaunches lms = new PlanLaunches(cairn);
    private final String course = "course-" + UUID.randomUUID();
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    @AfterEach
    void close() {
        lms.close();
    }

    private static Map<String, Object> habitGoal(String text, LocalDate by) {
        Map<String, Object> goal = new LinkedHashMap<>();
        goal.put("text", text);
        goal.put("habit", "PERSISTENCE");
        goal.put("target", Map.of("kind", "COUNT_PER", "quantity", 20, "unit", "minutes", "times", 4, "per", "WEEK"));
        goal.put("targetDate", by == null ? null : by.toString());
        return goal;
    }

    private JsonNode period(String teacher, String name, LocalDate from, LocalDate to) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("startsOn", from.toString());
        if (to != null) body.put("endsOn", to.toString());
        return lms.ok(lms.post(teacher, "/planning/periods", PlanLaunches.json(body)));
    }

    private static void assertProblem(Http.Reply reply, int status, String... detailContains) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("detail").asText()).isNotBlank();
        if (detailContains.length > 0) assertThat(reply.json().get("detail").asText()).contains(detailContains);
    }

    @Test
    void everyEnrolledStudentHasAPlanAndTheOverviewPutsThoseWhoNeedAttentionFirst() {
        String teacher = lms.teacher("t-1", course);
        String ana = lms.student("s-ana", course);
        lms.student("s-ben", course);

        // Ana's first visit creates her plan with the default prompts; Ben has not opened his yet.
        JsonNode mine = lms.ok(lms.get(ana, "/plans/mine"));
        assertThat(mine.get("studentName").asText()).isEqualTo("Student s-ana");
        assertThat(StreamSupport.stream(mine.get("prompts").spliterator(), false).map(JsonNode::asText))
                .containsExactly("What went well?", "What was hard?", "What will I try next?");
        assertThat(lms.ok(lms.get(ana, "/plans/mine")).get("id").asText()).isEqualTo(mine.get("id").asText());

        // Ana sets a goal; the overview (which starts Ben's plan) lists both, Ben first: he has no active goal.
        lms.ok(lms.post(ana, "/plans/" + mine.get("id").asText() + "/goals", PlanLaunches.json(habitGoal("Read every day", today.plusDays(3)))));
        JsonNode overview = lms.ok(lms.get(teacher, "/plans/overview"));
        JsonNode rows = overview.get("rows");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("studentName").asText()).isEqualTo("Student s-ben");
        assertThat(rows.get(0).get("attention").toString()).contains("NO_ACTIVE_GOAL");
        JsonNode anaRow = rows.get(1);
        assertThat(anaRow.get("planId").asText()).isEqualTo(mine.get("id").asText());
        assertThat(anaRow.get("goalCounts").get("ACTIVE").asInt()).isEqualTo(1);
        assertThat(anaRow.get("attention").toString()).doesNotContain("NO_ACTIVE_GOAL");
        // The goal created the default two-week period, which is now the current one.
        assertThat(overview.get("currentPeriod").get("endsOn").asText()).isEqualTo(today.plusDays(13).toString());
    }

    @Test
    void aStudentsTabsAndTheTeachersOverviewOpeningANewPlanAtOnceAllGetTheSamePlan() throws SQLException {
        List<String> teachers = List.of(lms.teacher("t-1", course), lms.teacher("t-2", course));
        String ana = lms.student("s-ana", course);

        // Ana's plan does not exist yet: six tabs of hers and four overviews of her teachers all create it at once.
        List<Http.Reply> replies = AtOnce.send(10, i -> i < 6 ? lms.get(ana, "/plans/mine")
                : lms.get(teachers.get(i % 2), "/plans/overview"));

        assertThat(replies).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(200));
        String planId = replies.get(0).json().get("id").asText();
        assertThat(replies.subList(0, 6)).allSatisfy(r -> assertThat(r.json().get("id").asText()).isEqualTo(planId));
        assertThat(replies.subList(6, 10)).allSatisfy(r -> {
            assertThat(r.json().get("rows")).hasSize(1);
            assertThat(r.json().get("rows").get(0).get("planId").asText()).isEqualTo(planId);
        });
        assertThat(count("SELECT COUNT(*) FROM learning_plan p JOIN course c ON c.id = p.course_id "
                + "WHERE c.registration_id = ? AND c.context_id = ?")).isOne();
        assertThat(count("SELECT COUNT(*) FROM about_me a JOIN learning_plan p ON p.id = a.plan_id "
                + "JOIN course c ON c.id = p.course_id WHERE c.registration_id = ? AND c.context_id = ?")).isOne();
    }

    @Test
    void teachersShapingTheTemplateAtOnceAllSucceedAndTheCourseHasOneTemplate() throws SQLException {
        List<String> teachers = List.of(lms.teacher("t-1", course), lms.teacher("t-2", course));
        String body = PlanLaunches.json(Map.of("prompts", List.of("What did I learn?"), "cadence", "WEEKLY",
                "conferenceMinutes", 10));

        // The course has no template yet: every save creates it.
        List<Http.Reply> replies = AtOnce.send(8, i -> lms.put(teachers.get(i % 2), "/planning/template", body));

        assertThat(replies).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(200));
        assertThat(replies).allSatisfy(r -> assertThat(r.json().get("cadence").asText()).isEqualTo("WEEKLY"));
        assertThat(count("SELECT COUNT(*) FROM plan_template t JOIN course c ON c.id = t.course_id "
                + "WHERE c.registration_id = ? AND c.context_id = ?")).isOne();
        assertThat(lms.ok(lms.get(teachers.get(0), "/planning/template")).get("prompts").toString())
                .isEqualTo("[\"What did I learn?\"]");
    }

    @Test
    void aStudentsTabsSavingAboutMeAtOnceKeepOneSaveAndTellTheOthersToReload() {
        String ana = lms.student("s-ana", course);
        String planId = lms.ok(lms.get(ana, "/plans/mine")).get("id").asText();

        // Eight tabs of Ana's save her interests at the same moment, each with its own text.
        List<Http.Reply> replies = AtOnce.send(8, i -> lms.put(ana, "/plans/" + planId + "/about-me/interests",
                "{\"text\":\"Tab " + i + "\"}"));

        // A save either went through or was told, as a problem, that another one won; never a 500.
        List<String> saved = new ArrayList<>();
        for (int i = 0; i < replies.size(); i++) {
            Http.Reply reply = replies.get(i);
            if (reply.status() == 200) {
                saved.add("Tab " + i);
            } else {
                assertProblem(reply, 409, "at the same time", "Reload");
                assertThat(reply.json().get("type").asText()).isEqualTo("urn:cairn:problem:conflict");
            }
        }
        assertThat(saved).isNotEmpty();
        // What is stored is one of the saves that were answered 200, never one that was refused.
        JsonNode interests = StreamSupport.stream(lms.ok(lms.get(ana, "/plans/" + planId + "/about-me")).spliterator(), false)
                .filter(f -> f.get("field").asText().equals("INTERESTS")).findFirst().orElseThrow();
        assertThat(interests.get("text").asText()).isIn(saved);
    }

    @Test
    void teachersReorderAndReplacePromptsAndSuggestionsAndTheNewOrderIsKept() {
        String teacher = lms.teacher("t-1", course);
        String ana = lms.student("s-ana", course);
        String planId = lms.ok(lms.get(ana, "/plans/mine")).get("id").asText();
        String prompts = "/plans/" + planId + "/prompts";

        // Moved, dropped, replaced and added at once: every position changes hands within one save.
        for (List<String> next : List.of(List.of("What will I try next?", "What went well?"),
                List.of("What did I notice?", "What will I try next?"), List.of("What will I try next?", "What did I notice?"),
                List.of("What was easy?", "What was hard?", "What will I try next?"))) {
            lms.ok(lms.put(teacher, prompts, PlanLaunches.json(Map.of("prompts", next))));
            assertThat(StreamSupport.stream(lms.ok(lms.get(ana, "/plans/mine")).get("prompts").spliterator(), false)
                    .map(JsonNode::asText)).as("prompts after saving %s", next).containsExactlyElementsOf(next);
        }
        for (List<String> next : List.of(List.of("What did I learn?", "What was hard?"), List.of("What was hard?", "What did I learn?"),
                List.of("Where did I get stuck?", "What was hard?"))) {
            List<String> suggestions = next.stream().map(p -> "Ask: " + p).toList();
            lms.ok(lms.put(teacher, "/planning/template", PlanLaunches.json(Map.of("prompts", next, "goalSuggestions", suggestions))));
            JsonNode template = lms.ok(lms.get(teacher, "/planning/template"));
            assertThat(StreamSupport.stream(template.get("prompts").spliterator(), false).map(JsonNode::asText))
                    .containsExactlyElementsOf(next);
            assertThat(StreamSupport.stream(template.get("goalSuggestions").spliterator(), false).map(JsonNode::asText))
                    .containsExactlyElementsOf(suggestions);
        }
    }

    /** A save from a page opened before another save: refused as a simultaneous save, in the page's words. */
    private static void assertRefusedAsStale(Http.Reply reply) {
        assertProblem(reply, 409, "Reload to see that change, then save yours again");
        assertThat(reply.json().get("type").asText()).isEqualTo("urn:cairn:problem:conflict");
        assertThat(reply.json().get("reason").asText()).isEqualTo("simultaneous-save");
    }

    private static JsonNode field(JsonNode aboutMe, String name) {
        return StreamSupport.stream(aboutMe.spliterator(), false).filter(f -> f.get("field").asText().equals(name))
                .findFirst().orElseThrow();
    }

    @Test
    void promptsSavedFromAPageOpenedBeforeAColleaguesSaveAreRefusedAndKeepTheColleaguesPrompts() {
        String teacher = lms.teacher("t-1", course);
        String coTeacher = lms.teacher("t-2", course);
        String ana = lms.student("s-ana", course);
        String planId = lms.ok(lms.get(ana, "/plans/mine")).get("id").asText();
        // Both teachers open Ana's plan.
        long loaded = lms.ok(lms.get(teacher, "/plans/" + planId)).get("version").asLong();
        assertThat(lms.ok(lms.get(coTeacher, "/plans/" + planId)).get("version").asLong()).isEqualTo(loaded);

        JsonNode saved = lms.ok(lms.put(teacher, "/plans/" + planId + "/prompts",
                PlanLaunches.json(Map.of("prompts", List.of("What did I notice?"), "version", loaded))));
        assertThat(saved.get("prompts").toString()).isEqualTo("[\"What did I notice?\"]");
        long next = saved.get("version").asLong();
        assertThat(next).isGreaterThan(loaded);

        // The co-teacher's page still has the old version: the save is refused and changes nothing.
        assertRefusedAsStale(lms.put(coTeacher, "/plans/" + planId + "/prompts",
                PlanLaunches.json(Map.of("prompts", List.of("What was easy?"), "version", loaded))));
        JsonNode plan = lms.ok(lms.get(coTeacher, "/plans/" + planId));
        assertThat(plan.get("prompts").toString()).isEqualTo("[\"What did I notice?\"]");
        assertThat(plan.get("version").asLong()).isEqualTo(next);

        // After reloading, the co-teacher's save goes through (a new first prompt, the other one moved down) and answers
        // the version the next save must send; a save that sends no version is not checked.
        JsonNode again = lms.ok(lms.put(coTeacher, "/plans/" + planId + "/prompts",
                PlanLaunches.json(Map.of("prompts", List.of("What was easy?", "What did I notice?"), "version", next))));
        assertThat(again.get("prompts").toString()).isEqualTo("[\"What was easy?\",\"What did I notice?\"]");
        assertThat(again.get("version").asLong()).isGreaterThan(next)
                .isEqualTo(lms.ok(lms.get(teacher, "/plans/" + planId)).get("version").asLong());
        assertThat(lms.ok(lms.put(teacher, "/plans/" + planId + "/prompts", "{\"prompts\":[]}")).get("prompts"))
                .hasSize(3);
    }

    @Test
    void aboutMeSavedFromATabOpenedBeforeAnotherTabsSaveIsRefusedAndKeepsWhatWasSaved() {
        String teacher = lms.teacher("t-1", course);
        String ana = lms.student("s-ana", course);
        String planId = lms.ok(lms.get(ana, "/plans/mine")).get("id").asText();
        String path = "/plans/" + planId + "/about-me/";
        // Ana opens her plan in two tabs; every field carries the version of "about me".
        JsonNode loaded = lms.ok(lms.get(ana, "/plans/" + planId)).get("aboutMe");
        long version = field(loaded, "INTERESTS").get("version").asLong();
        assertThat(loaded).allSatisfy(f -> assertThat(f.get("version").asLong()).isEqualTo(version));

        JsonNode saved = lms.ok(lms.put(ana, path + "interests", PlanLaunches.json(Map.of("text", "Football",
                "visibility", "MY_TEACHERS", "version", version))));
        long next = field(saved, "INTERESTS").get("version").asLong();
        assertThat(next).isGreaterThan(version);
        assertThat(saved).allSatisfy(f -> assertThat(f.get("version").asLong()).isEqualTo(next));

        // The other tab still has the old version: its saves are refused, whichever field, and change nothing.
        assertRefusedAsStale(lms.put(ana, path + "interests", PlanLaunches.json(Map.of("text", "Chess", "version", version))));
        assertRefusedAsStale(lms.put(ana, path + "strengths", PlanLaunches.json(Map.of("text", "Drawing", "version", version))));
        JsonNode stored = lms.ok(lms.get(ana, "/plans/" + planId + "/about-me"));
        assertThat(field(stored, "INTERESTS").get("text").asText()).isEqualTo("Football");
        assertThat(field(stored, "INTERESTS").get("visibility").asText()).isEqualTo("MY_TEACHERS");
        assertThat(field(stored, "STRENGTHS").has("text")).isFalse();

        // Reloaded, the tab saves; without a version a save is not checked. A teacher sees no version.
        JsonNode again = lms.ok(lms.put(ana, path + "strengths", PlanLaunches.json(Map.of("text", "Drawing", "version", next))));
        assertThat(field(again, "STRENGTHS").get("text").asText()).isEqualTo("Drawing");
        assertThat(field(again, "STRENGTHS").get("version").asLong()).isGreaterThan(next);
        lms.ok(lms.put(ana, path + "strengths", "{\"text\":\"Drawing and maths\"}"));
        JsonNode seen = lms.ok(lms.get(teacher, "/plans/" + planId + "/about-me"));
        assertThat(seen).hasSize(1);
        assertThat(seen.get(0).has("version")).isFalse();
    }

    @Test
    void aTemplateSavedFromAPageOpenedBeforeAColleaguesSaveIsRefusedAndKeepsTheirTemplate() {
        String teacher = lms.teacher("t-1", course);
        String coTeacher = lms.teacher("t-2", course);
        // Both open the plans page while the course has no template: the defaults, version 0.
        JsonNode defaults = lms.ok(lms.get(teacher, "/planning/template"));
        assertThat(defaults.get("custom").asBoolean()).isFalse();
        assertThat(defaults.get("version").asLong()).isZero();

        JsonNode saved = lms.ok(lms.put(teacher, "/planning/template", PlanLaunches.json(Map.of(
                "prompts", List.of("What did I learn?"), "cadence", "WEEKLY", "conferenceMinutes", 10, "version", 0))));
        long version = saved.get("version").asLong();
        assertThat(version).isPositive();

        // The co-teacher's page showed the defaults: their save is refused and the template stays as it was saved.
        assertRefusedAsStale(lms.put(coTeacher, "/planning/template", PlanLaunches.json(Map.of(
                "prompts", List.of(), "cadence", "BIWEEKLY", "conferenceMinutes", 5, "version", 0))));
        JsonNode stored = lms.ok(lms.get(coTeacher, "/planning/template"));
        assertThat(stored.get("cadence").asText()).isEqualTo("WEEKLY");
        assertThat(stored.get("conferenceMinutes").asInt()).isEqualTo(10);
        assertThat(stored.get("prompts").toString()).isEqualTo("[\"What did I learn?\"]");
        assertThat(stored.get("version").asLong()).isEqualTo(version);

        // Reloaded, it goes through (a new first prompt, the other one moved down) and answers the version the next
        // save must send; the first teacher's page is now the stale one. A save that sends no version is not checked.
        JsonNode again = lms.ok(lms.put(coTeacher, "/planning/template", PlanLaunches.json(Map.of(
                "prompts", List.of("What was hard?", "What did I learn?"), "goalSuggestions", List.of("Read daily"),
                "cadence", "WEEKLY", "conferenceMinutes", 15, "version", version))));
        long next = again.get("version").asLong();
        assertThat(next).isGreaterThan(version).isEqualTo(lms.ok(lms.get(teacher, "/planning/template")).get("version").asLong());
        assertThat(again.get("prompts").toString()).isEqualTo("[\"What was hard?\",\"What did I learn?\"]");
        assertRefusedAsStale(lms.put(teacher, "/planning/template", PlanLaunches.json(Map.of(
                "cadence", "BIWEEKLY", "conferenceMinutes", 5, "version", version))));
        assertThat(lms.ok(lms.get(teacher, "/planning/template")).get("conferenceMinutes").asInt()).isEqualTo(15);
        assertThat(lms.ok(lms.put(teacher, "/planning/template", "{\"cadence\":\"BIWEEKLY\"}")).get("version").asLong())
                .isGreaterThan(next);
    }

    @Test
    void aGoalRevisedFromAPageOpenedBeforeTheTeachersChangeIsRefusedAndKeepsTheirWording() {
        String teacher = lms.teacher("t-1", course);
        String ana = lms.student("s-ana", course);
        String planId = lms.ok(lms.get(ana, "/plans/mine")).get("id").asText();
        JsonNode goal = lms.ok(lms.post(ana, "/plans/" + planId + "/goals", PlanLaunches.json(habitGoal("Read 20 minutes", today.plusDays(5)))));
        String path = "/plans/" + planId + "/goals/" + goal.get("id").asText();
        long loaded = lms.ok(lms.get(ana, "/plans/" + planId)).get("goals").get(0).get("version").asLong();
        assertThat(loaded).isEqualTo(goal.get("version").asLong());

        Map<String, Object> teachers = habitGoal("Read 20 minutes with a summary", today.plusDays(5));
        teachers.put("version", loaded);
        JsonNode revised = lms.ok(lms.put(teacher, path, PlanLaunches.json(teachers)));
        long next = revised.get("version").asLong();
        assertThat(next).isGreaterThan(loaded);

        // Ana's page still shows the goal as she set it: her revision is refused and leaves no revision behind.
        Map<String, Object> anas = habitGoal("Read 30 minutes", today.plusDays(5));
        anas.put("version", loaded);
        assertRefusedAsStale(lms.put(ana, path, PlanLaunches.json(anas)));
        JsonNode stored = lms.ok(lms.get(ana, "/plans/" + planId)).get("goals").get(0);
        assertThat(stored.get("text").asText()).isEqualTo("Read 20 minutes with a summary");
        assertThat(stored.get("revisions")).hasSize(1);

        anas.put("version", next);
        JsonNode again = lms.ok(lms.put(ana, path, PlanLaunches.json(anas)));
        assertThat(again.get("text").asText()).isEqualTo("Read 30 minutes");
        assertThat(again.get("version").asLong()).isGreaterThan(next);
        assertThat(again.get("revisions")).hasSize(2);
    }

    @Test
    void aConferenceHeldFromAPageOpenedBeforeAColleagueHeldItIsRefusedAndKeepsTheirNotes() {
        String teacher = lms.teacher("t-1", course);
        String coTeacher = lms.teacher("t-2", course);
        String ana = lms.student("s-ana", course);
        JsonNode anaPlan = lms.ok(lms.get(ana, "/plans/mine"));
        String conferenceId = lms.ok(lms.post(teacher, "/conferences", PlanLaunches.json(Map.of("conferences", List.of(Map.of(
                "studentId", anaPlan.get("studentId").asText(), "date", today.toString(), "startsAt", "09:00", "minutes", 5))))))
                .get(0).get("id").asText();
        // Both teachers open the conference while it is scheduled; one holds it with notes.
        assertThat(lms.ok(lms.get(coTeacher, "/conferences/" + conferenceId)).get("conference").get("status").asText())
                .isEqualTo("SCHEDULED");
        lms.ok(lms.post(teacher, "/conferences/" + conferenceId + "/held", "{\"notes\":\"Explains her steps.\"}"));

        // Notes are written once, when the conference is held: the other page's save is refused, the notes stay.
        assertProblem(lms.post(coTeacher, "/conferences/" + conferenceId + "/held", "{\"notes\":\"Needs more practice.\"}"),
                409, "is held");
        assertProblem(lms.post(coTeacher, "/conferences/" + conferenceId + "/missed", ""), 409, "is held");
        JsonNode stored = lms.ok(lms.get(coTeacher, "/conferences/" + conferenceId)).get("conference");
        assertThat(stored.get("status").asText()).isEqualTo("HELD");
        assertThat(stored.get("notes").asText()).isEqualTo("Explains her steps.");
    }

    @Test
    void goalsSetAtOnceInACourseWithoutAPeriodShareOneDefaultPeriodNamedInTheStudentsLanguage() throws SQLException {
        String ana = lms.launch("s-ana", "Student s-ana", course, PlanLaunches.LEARNER, "es-MX");
        String planId = lms.ok(lms.get(ana, "/plans/mine")).get("id").asText();

        // No period is planned: every goal without a period starts the default two-week race from today.
        List<Http.Reply> replies = AtOnce.send(8, i -> lms.post(ana, "/plans/" + planId + "/goals",
                PlanLaunches.json(habitGoal("Goal " + i, today.plusDays(3)))));

        assertThat(replies).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(201));
        assertThat(count("SELECT COUNT(*) FROM planning_period p JOIN course c ON c.id = p.course_id "
                + "WHERE c.registration_id = ? AND c.context_id = ?")).as("default periods").isOne();
        assertThat(count("SELECT COUNT(DISTINCT g.period_id) FROM goal g JOIN learning_plan p ON p.id = g.plan_id "
                + "JOIN course c ON c.id = p.course_id WHERE c.registration_id = ? AND c.context_id = ?")).isOne();
        assertThat(count("SELECT COUNT(*) FROM goal g JOIN learning_plan p ON p.id = g.plan_id "
                + "JOIN course c ON c.id = p.course_id WHERE c.registration_id = ? AND c.context_id = ?")).isEqualTo(8);
        assertThat(lms.ok(lms.get(ana, "/plans/mine")).get("period").get("name").asText()).isEqualTo("Semanas del " + today.getDayOfMonth() + " de "
                + today.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.forLanguageTag("es")) + " de " + today.getYear());
    }

    /** Rows of this test's course: the query takes the registration and the context id, in that order. */
    private long count(String sql) throws SQLException {
        try (Connection c = cairn.database().connect(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, lms.platform.registrationId);
            s.setString(2, course);
            try (java.sql.ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void goalsKeepTheirHistoryAndProgressAndTheTeacherSeesThem() throws SQLException {
        String teacher = lms.teacher("t-1", course);
        String ana = lms.student("s-ana", course);
        String planId = lms.ok(lms.get(ana, "/plans/mine")).get("id").asText();

        JsonNode goal = lms.ok(lms.post(ana, "/plans/" + planId + "/goals", PlanLaunches.json(habitGoal("Read 20 minutes", today.plusDays(5)))));
        String goalId = goal.get("id").asText();
        assertThat(goal.get("authorRole").asText()).isEqualTo("STUDENT");

        JsonNode revised = lms.ok(lms.put(ana, "/plans/" + planId + "/goals/" + goalId,
                PlanLaunches.json(habitGoal("Read 25 minutes", today.plusDays(6)))));
        assertThat(revised.get("text").asText()).isEqualTo("Read 25 minutes");
        assertThat(revised.get("revisions")).hasSize(1);
        assertThat(revised.get("revisions").get(0).get("previousText").asText()).isEqualTo("Read 20 minutes");
        assertThat(revised.get("revisions").get(0).get("revisedByRole").asText()).isEqualTo("STUDENT");

        JsonNode progressed = lms.ok(lms.post(ana, "/plans/" + planId + "/goals/" + goalId + "/progress",
                "{\"note\":\"Read on Monday and Tuesday\",\"value\":50}"));
        assertThat(progressed.get("progress")).hasSize(1);
        assertThat(progressed.get("progress").get(0).get("value").asDouble()).isEqualTo(50.0);

        // The teacher marks it met; the student's plan shows who changed what.
        JsonNode met = lms.ok(lms.put(teacher, "/plans/" + planId + "/goals/" + goalId + "/status", "{\"status\":\"MET\"}"));
        assertThat(met.get("status").asText()).isEqualTo("MET");
        assertThat(met.get("revisions")).hasSize(2);
        assertThat(met.get("revisions").get(1).get("revisedByRole").asText()).isEqualTo("TEACHER");
        assertThat(met.get("revisions").get(0).get("previousTarget").asText()).isEqualTo("20 minutes, 4 per week");
        // A teacher whose LMS speaks Spanish reads the previous target in Spanish (the unit is Ana's own word).
        String profesora = lms.launch("t-es", "Profesora", course, PlanLaunches.INSTRUCTOR, "es-MX");
        JsonNode inSpanish = lms.ok(lms.get(profesora, "/plans/" + planId)).get("goals").get(0);
        assertThat(inSpanish.get("revisions").get(0).get("previousTarget").asText()).isEqualTo("20 minutes, 4 por semana");
        // A revision kept before targets were phrases shows its English sentence as written.
        try (Connection c = cairn.database().connect(); PreparedStatement s = c.prepareStatement("UPDATE goal_revision"
                + " SET previous_target = 'reach level 2 on standard 6.RP.3', previous_target_phrase = NULL"
                + " WHERE goal_id = ? AND position = (SELECT MIN(position) FROM goal_revision WHERE goal_id = ?)")) {
            s.setObject(1, UUID.fromString(goalId));
            s.setObject(2, UUID.fromString(goalId));
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
        assertThat(lms.ok(lms.get(profesora, "/plans/" + planId)).get("goals").get(0).get("revisions").get(0)
                .get("previousTarget").asText()).isEqualTo("reach level 2 on standard 6.RP.3");
        JsonNode plan = lms.ok(lms.get(teacher, "/plans/" + planId));
        assertThat(plan.get("goals").get(0).get("status").asText()).isEqualTo("MET");
        assertThat(plan.get("goals").get(0).get("progress").get(0).get("note").asText()).isEqualTo("Read on Monday and Tuesday");
    }

    @Test
    void badInputIsAProblemThatSaysWhatToFix() {
        String teacher = lms.teacher("t-1", course);
        String ana = lms.student("s-ana", course);
        String planId = lms.ok(lms.get(ana, "/plans/mine")).get("id").asText();
        JsonNode race = period(teacher, "Race 1", today, today.plusDays(9));
        assertThat(race.get("current").asBoolean()).isTrue();

        Map<String, Object> noText = habitGoal(" ", today.plusDays(2));
        assertProblem(lms.post(ana, "/plans/" + planId + "/goals", PlanLaunches.json(noText)), 400, "needs its text");
        assertProblem(lms.post(ana, "/plans/" + planId + "/goals", PlanLaunches.json(habitGoal("Read", today.plusDays(30)))),
                400, "outside the planning period \"Race 1\"", today.toString(), today.plusDays(9).toString());
        Map<String, Object> noTarget = habitGoal("Read", today.plusDays(2));
        noTarget.remove("target");
        assertProblem(lms.post(ana, "/plans/" + planId + "/goals", PlanLaunches.json(noTarget)), 400, "measurable target");
        assertProblem(lms.post(ana, "/plans/" + planId + "/goals", "{\"text\":\"Read\",\"colour\":\"red\"}"), 400);

        String tooLong = "x".repeat(4001);
        assertProblem(lms.post(ana, "/plans/" + planId + "/reflections",
                PlanLaunches.json(Map.of("answers", Map.of("What was hard?", tooLong)))), 400,
                "\"What was hard?\" has 4001 characters; at most 4000");
        assertProblem(lms.post(ana, "/plans/" + planId + "/reflections",
                PlanLaunches.json(Map.of("answers", Map.of("What is your favourite colour?", "blue")))), 400,
                "not one of this plan's prompts");
        assertProblem(lms.post(ana, "/plans/" + planId + "/reflections", "{\"answers\":{}}"), 400, "at least one prompt");

        // Periods: overlapping is a conflict naming the other period; too long is refused with the limit.
        assertProblem(lms.post(teacher, "/planning/periods", PlanLaunches.json(Map.of("name", "Race 2",
                "startsOn", today.plusDays(5).toString()))), 409, "\"Race 1\"");
        assertProblem(lms.post(teacher, "/planning/periods", PlanLaunches.json(Map.of("name", "Marathon",
                "startsOn", today.plusDays(20).toString(), "endsOn", today.plusDays(120).toString()))), 400, "42");
        JsonNode race2 = period(teacher, "Race 2", today.plusDays(10), null);
        assertThat(race2.get("endsOn").asText()).isEqualTo(today.plusDays(23).toString());

        // A missing plan or goal is a 404 problem; an unknown "about me" field too; a family summary in French a 400.
        assertProblem(lms.get(teacher, "/plans/" + UUID.randomUUID()), 404, "No learning plan");
        assertProblem(lms.put(ana, "/plans/" + planId + "/goals/" + UUID.randomUUID() + "/status", "{\"status\":\"MET\"}"), 404, "No goal");
        assertProblem(lms.put(ana, "/plans/" + planId + "/about-me/shoe-size", "{\"text\":\"38\"}"), 404, "interests");
        assertProblem(lms.get(teacher, "/plans/" + planId + "/family-summary?lang=fr"), 400, "Spanish (es)");
        assertProblem(lms.post(teacher, "/conferences/slots", "{\"date\":\"" + today + "\",\"startsAt\":\"09:00\",\"minutes\":0}"),
                400, "1 to 480 minutes");
    }

    @Test
    void aboutMeIsTheStudentsAndTeachersSeeOnlyWhatWasSharedWithThem() {
        String teacher = lms.teacher("t-1", course);
        String ana = lms.student("s-ana", course);
        String planId = lms.ok(lms.get(ana, "/plans/mine")).get("id").asText();

        lms.ok(lms.put(ana, "/plans/" + planId + "/about-me/interests", "{\"text\":\"Football and drawing\"}"));
        JsonNode fields = lms.ok(lms.put(ana, "/plans/" + planId + "/about-me/how-i-learn-best",
                "{\"text\":\"With pictures\",\"visibility\":\"MY_TEACHERS\"}"));
        assertThat(fields).hasSize(5);
        assertThat(fields.toString()).contains("Football and drawing", "ONLY_ME", "With pictures", "MY_TEACHERS");

        JsonNode seen = lms.ok(lms.get(teacher, "/plans/" + planId + "/about-me"));
        assertThat(seen.toString()).contains("With pictures").doesNotContain("Football");
        assertThat(lms.ok(lms.get(teacher, "/plans/" + planId)).get("aboutMe").toString())
                .contains("With pictures").doesNotContain("Football");
        // Teachers read "about me"; they do not write it.
        assertProblem(lms.put(teacher, "/plans/" + planId + "/about-me/interests", "{\"text\":\"Maths\"}"), 403, "Only the student");
    }

    @Test
    void aStudentCannotReadOrWriteAnotherStudentsPlanAndOtherCoursesAndAnonymousCallersAreRefused() {
        String teacher = lms.teacher("t-1", course);
        String ana = lms.student("s-ana", course);
        String ben = lms.student("s-ben", course);
        String anaPlan = lms.ok(lms.get(ana, "/plans/mine")).get("id").asText();
        String anaGoal = lms.ok(lms.post(ana, "/plans/" + anaPlan + "/goals",
                PlanLaunches.json(habitGoal("Read", today.plusDays(2))))).get("id").asText();
        lms.ok(lms.post(ana, "/plans/" + anaPlan + "/reflections", PlanLaunches.json(Map.of("answers", Map.of("What went well?", "Fractions")))));
        JsonNode slot = lms.ok(lms.post(teacher, "/conferences/slots", "{\"date\":\"" + today + "\",\"startsAt\":\"08:00\",\"minutes\":60}"));
        assertThat(slot.get("minutes").asInt()).isEqualTo(60);
        String conference = lms.ok(lms.post(teacher, "/conferences", PlanLaunches.json(Map.of("conferences", List.of(Map.of(
                "studentId", lms.ok(lms.get(ana, "/plans/mine")).get("studentId").asText(),
                "date", today.toString(), "startsAt", "08:00", "minutes", 5)))))).get(0).get("id").asText();

        // Ben, another student of the same course.
        List<Http.Reply> benTries = List.of(
                lms.get(ben, "/plans/" + anaPlan),
                lms.get(ben, "/plans/" + anaPlan + "/about-me"),
                lms.get(ben, "/plans/" + anaPlan + "/family-summary?lang=en"),
                lms.post(ben, "/plans/" + anaPlan + "/goals", PlanLaunches.json(habitGoal("Ben's goal", today.plusDays(2)))),
                lms.put(ben, "/plans/" + anaPlan + "/goals/" + anaGoal, PlanLaunches.json(habitGoal("Changed", today.plusDays(2)))),
                lms.put(ben, "/plans/" + anaPlan + "/goals/" + anaGoal + "/status", "{\"status\":\"DROPPED\"}"),
                lms.post(ben, "/plans/" + anaPlan + "/goals/" + anaGoal + "/progress", "{\"note\":\"done\"}"),
                lms.post(ben, "/plans/" + anaPlan + "/reflections", PlanLaunches.json(Map.of("answers", Map.of("What went well?", "x")))),
                lms.put(ben, "/plans/" + anaPlan + "/about-me/interests", "{\"text\":\"x\"}"),
                lms.post(ben, "/plans/" + anaPlan + "/self-assessments", "{\"standardId\":\"" + UUID.randomUUID() + "\",\"points\":3}"),
                lms.post(ben, "/plans/" + anaPlan + "/out-of-school-evidence", "{\"standardId\":\"" + UUID.randomUUID() + "\",\"points\":3,\"note\":\"x\"}"));
        for (Http.Reply reply : benTries) {
            assertProblem(reply, 403, "their own plan only, not another student's");
        }
        // Students see neither the overview nor conferences; a student cannot run a conference.
        for (Http.Reply reply : List.of(lms.get(ben, "/plans/overview"), lms.get(ben, "/conferences/schedule"),
                lms.get(ben, "/conferences/overdue"), lms.get(ana, "/conferences/" + conference),
                lms.post(ana, "/conferences/" + conference + "/held", "{\"notes\":\"I was great\"}"),
                lms.post(ben, "/planning/periods", "{\"name\":\"Mine\",\"startsOn\":\"" + today + "\"}"),
                lms.get(ben, "/planning/template"))) {
            assertProblem(reply, 403, "Only a teacher of the course");
        }

        // A teacher of another course (same platform) reaches nothing of Ana's.
        String otherTeacher = lms.teacher("t-other", "course-" + UUID.randomUUID());
        for (Http.Reply reply : List.of(lms.get(otherTeacher, "/plans/" + anaPlan),
                lms.get(otherTeacher, "/plans/" + anaPlan + "/about-me"),
                lms.get(otherTeacher, "/plans/" + anaPlan + "/family-summary?lang=es"),
                lms.post(otherTeacher, "/plans/" + anaPlan + "/goals", PlanLaunches.json(habitGoal("x", today.plusDays(2)))),
                lms.put(otherTeacher, "/plans/" + anaPlan + "/goals/" + anaGoal + "/status", "{\"status\":\"DROPPED\"}"),
                lms.get(otherTeacher, "/conferences/" + conference),
                lms.post(otherTeacher, "/conferences/" + conference + "/held", "{}"))) {
            assertProblem(reply, 403, "This session is for course");
        }
        assertThat(lms.ok(lms.get(otherTeacher, "/plans/overview")).get("rows")).isEmpty();

        // No token at all.
        for (Http.Reply reply : List.of(lms.get(null, "/plans/mine"), lms.get(null, "/plans/" + anaPlan),
                lms.get(null, "/plans/overview"), lms.post(null, "/plans/" + anaPlan + "/goals", "{}"),
                lms.get(null, "/conferences/schedule"))) {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(401);
            assertThat(reply.contentType()).startsWith("application/problem+json");
        }

        // Nothing was changed by any of the refused calls.
        JsonNode plan = lms.ok(lms.get(ana, "/plans/mine"));
        assertThat(plan.get("goals")).hasSize(1);
        assertThat(plan.get("goals").get(0).get("text").asText()).isEqualTo("Read");
        assertThat(plan.get("goals").get(0).get("status").asText()).isEqualTo("ACTIVE");
        assertThat(plan.get("reflections")).hasSize(1);
        assertThat(plan.toString()).doesNotContain("I was great");
        assertThat(lms.ok(lms.get(teacher, "/plans/overview")).get("rows")).hasSize(2);
    }

    @Test
    void aConferenceFromTheScheduleLandsNotesAndAgreedGoalsInThePlanAndTheFamilySummaryIsInSpanish() {
        String teacher = lms.teacher("t-1", course);
        String ana = lms.student("s-ana", course);
        lms.student("s-ben", course);
        JsonNode anaPlan = lms.ok(lms.get(ana, "/plans/mine"));
        String planId = anaPlan.get("id").asText();
        lms.ok(lms.post(ana, "/plans/" + planId + "/reflections", PlanLaunches.json(Map.of(
                "answers", Map.of("What was hard?", "Dividing fractions"), "ratings", Map.of("PERSISTENCE", 3)))));

        JsonNode template = lms.ok(lms.put(teacher, "/planning/template", PlanLaunches.json(Map.of(
                "prompts", List.of(), "goalSuggestions", List.of("Practice 10 problems"), "cadence", "WEEKLY", "conferenceMinutes", 10))));
        assertThat(template.get("cadence").asText()).isEqualTo("WEEKLY");
        lms.ok(lms.post(teacher, "/conferences/slots", PlanLaunches.json(Map.of("date", today.toString(), "startsAt", "10:00",
                "minutes", 15, "label", "Teacher station"))));

        // 15 minutes hold one 10-minute conference: one student is proposed, the other is listed with the minutes short.
        JsonNode schedule = lms.ok(lms.get(teacher, "/conferences/schedule"));
        assertThat(schedule.get("cadence").asText()).isEqualTo("WEEKLY");
        assertThat(schedule.get("proposed")).hasSize(1);
        assertThat(schedule.get("unscheduled")).hasSize(1);
        assertThat(schedule.get("minutesShort").asInt()).isEqualTo(10);
        JsonNode proposal = schedule.get("proposed").get(0);
        assertThat(proposal.get("startsAt").asText()).startsWith("10:00");

        // Book Ana (whatever the proposal's order), then run her conference.
        String anaId = anaPlan.get("studentId").asText();
        JsonNode booked = lms.ok(lms.post(teacher, "/conferences", PlanLaunches.json(Map.of("conferences", List.of(Map.of(
                "studentId", anaId, "date", today.toString(), "startsAt", "10:00", "minutes", 10))))));
        String conferenceId = booked.get(0).get("id").asText();
        JsonNode screen = lms.ok(lms.get(teacher, "/conferences/" + conferenceId));
        assertThat(screen.get("conference").get("studentName").asText()).isEqualTo("Student s-ana");
        assertThat(screen.get("latestReflection").toString()).contains("Dividing fractions");
        assertThat(lms.ok(lms.get(teacher, "/conferences/schedule")).get("scheduled").toString()).contains(conferenceId);

        JsonNode held = lms.ok(lms.post(teacher, "/conferences/" + conferenceId + "/held",
                "{\"notes\":\"Ana explains her steps clearly.\",\"shareable\":true}"));
        assertThat(held.get("conference").get("status").asText()).isEqualTo("HELD");
        JsonNode agreed = lms.ok(lms.post(teacher, "/conferences/" + conferenceId + "/goals",
                PlanLaunches.json(habitGoal("Check each answer with a drawing", today.plusDays(4)))));
        assertThat(agreed.get("conferenceId").asText()).isEqualTo(conferenceId);
        assertProblem(lms.post(teacher, "/conferences/" + conferenceId + "/held", "{}"), 409, "is held");

        // The student sees the outcome: the notes the teacher shared and the agreed goal.
        JsonNode after = lms.ok(lms.get(ana, "/plans/mine"));
        JsonNode conference = after.get("conferences").get(0);
        assertThat(conference.get("status").asText()).isEqualTo("HELD");
        assertThat(conference.get("notes").asText()).isEqualTo("Ana explains her steps clearly.");
        assertThat(conference.get("agreedGoals").get(0).get("text").asText()).isEqualTo("Check each answer with a drawing");
        JsonNode row = StreamSupport.stream(lms.ok(lms.get(teacher, "/plans/overview")).get("rows").spliterator(), false)
                .filter(r -> r.get("planId").asText().equals(planId)).findFirst().orElseThrow();
        assertThat(row.get("lastConference").asText()).isEqualTo(today.toString());

        JsonNode spanish = lms.ok(lms.get(teacher, "/plans/" + planId + "/family-summary?lang=es"));
        assertThat(spanish.get("language").asText()).isEqualTo("es");
        assertThat(spanish.get("text").asText()).contains("Student s-ana", "De la última reunión", "Ana explains her steps clearly.",
                "Check each answer with a drawing").doesNotContain("Dividing fractions");
        JsonNode english = lms.ok(lms.get(teacher, "/plans/" + planId + "/family-summary?lang=en"));
        assertThat(english.get("text").asText()).contains("From the last conference");
    }

    @Test
    void privateConferenceNotesStayWithTeachersAndOverdueConferencesAreListed() throws SQLException {
        String teacher = lms.teacher("t-1", course);
        String ana = lms.student("s-ana", course);
        JsonNode anaPlan = lms.ok(lms.get(ana, "/plans/mine"));
        String conferenceId = lms.ok(lms.post(teacher, "/conferences", PlanLaunches.json(Map.of("conferences", List.of(Map.of(
                "studentId", anaPlan.get("studentId").asText(), "date", today.toString(), "startsAt", "09:00", "minutes", 5))))))
                .get(0).get("id").asText();
        lms.ok(lms.post(teacher, "/conferences/" + conferenceId + "/held", "{\"notes\":\"Worried about home.\",\"shareable\":false}"));
        assertThat(lms.ok(lms.get(ana, "/plans/mine")).toString()).doesNotContain("Worried about home.");
        assertThat(lms.ok(lms.get(teacher, "/plans/" + anaPlan.get("id").asText())).toString()).contains("Worried about home.");
        assertThat(lms.ok(lms.get(teacher, "/plans/" + anaPlan.get("id").asText() + "/family-summary?lang=en")).toString())
                .doesNotContain("Worried about home.");
        assertThat(lms.ok(lms.get(teacher, "/conferences/overdue"))).isEmpty();

        // Three weeks ago a conference was held with Ben: with the default two-week cadence he is overdue.
        String ben = lms.student("s-ben", course);
        JsonNode benPlan = lms.ok(lms.get(ben, "/plans/mine"));
        heldConference(benPlan, today.minusDays(21));
        JsonNode overdue = lms.ok(lms.get(teacher, "/conferences/overdue"));
        assertThat(overdue).hasSize(1);
        assertThat(overdue.get(0).get("studentName").asText()).isEqualTo("Student s-ben");
        assertThat(overdue.get(0).get("daysOverdue").asInt()).isEqualTo(7);
        JsonNode first = lms.ok(lms.get(teacher, "/plans/overview")).get("rows").get(0);
        assertThat(first.get("studentName").asText()).isEqualTo("Student s-ben");
        assertThat(first.get("overdue").asBoolean()).isTrue();
        // The schedule proposes the overdue student first.
        lms.ok(lms.post(teacher, "/conferences/slots", PlanLaunches.json(Map.of("date", today.plusDays(1).toString(),
                "startsAt", "10:00", "minutes", 5))));
        JsonNode schedule = lms.ok(lms.get(teacher, "/conferences/schedule"));
        assertThat(schedule.get("proposed").get(0).get("studentName").asText()).isEqualTo("Student s-ben");
        assertThat(schedule.get("proposed").get(0).get("why").toString()).contains("OVERDUE");
    }

    @Test
    void nextStepsFollowTheProgressionAndStudentsSubmitEvidenceWithoutSettingMastery() {
        String teacher = lms.teacher("t-1", course);
        String ana = lms.student("s-ana", course);
        UUID courseId = UUID.fromString(lms.http.get(cairn.uri("/api/v1/session"), "Authorization", "Bearer " + ana)
                .json().get("courseId").asText());
        List<UUID> standards = CourseStandardsSeed.chain(cairn, lms.platform.registrationId, courseId, "6.RP.1", "6.RP.2", "6.RP.3");
        String periodId = period(teacher, "Race 1", today, null).get("id").asText();
        lms.ok(lms.put(teacher, "/planning/periods/" + periodId + "/targets",
                PlanLaunches.json(Map.of("targetStandards", List.of(standards.get(1), standards.get(0))))));

        JsonNode plan = lms.ok(lms.get(ana, "/plans/mine"));
        String planId = plan.get("id").asText();
        assertThat(plan.get("standards")).hasSize(3);
        assertThat(plan.get("targets").get(0).get("code").asText()).isEqualTo("6.RP.2");
        assertThat(plan.get("targets").get(1).get("code").asText()).isEqualTo("6.RP.1");
        assertThat(plan.get("targets").get(0).get("level").has("label")).isFalse();
        assertThat(plan.get("nextStep").get("code").asText()).isEqualTo("6.RP.1");
        assertThat(plan.get("nextStep").get("reason").asText()).contains("6.RP.1 is next", "6.RP.2");
        // The teacher changes the order and adds one: each target moves to a position another one held.
        lms.ok(lms.put(teacher, "/planning/periods/" + periodId + "/targets",
                PlanLaunches.json(Map.of("targetStandards", List.of(standards.get(0), standards.get(2), standards.get(1))))));
        assertThat(lms.ok(lms.get(ana, "/plans/mine")).get("targets").findValuesAsText("code"))
                .containsExactly("6.RP.1", "6.RP.3", "6.RP.2");
        lms.ok(lms.put(teacher, "/planning/periods/" + periodId + "/targets",
                PlanLaunches.json(Map.of("targetStandards", List.of(standards.get(1), standards.get(0))))));
        assertThat(lms.ok(lms.get(ana, "/plans/mine")).get("targets").findValuesAsText("code"))
                .containsExactly("6.RP.2", "6.RP.1");

        // A goal on a level of a standard of the course.
        Map<String, Object> goal = new LinkedHashMap<>();
        goal.put("text", "Reach Proficient on ratios");
        goal.put("standardId", standards.get(0).toString());
        goal.put("target", Map.of("kind", "REACH_LEVEL", "standardId", standards.get(0).toString(), "levelPoints", 3));
        goal.put("targetDate", today.plusDays(7).toString());
        JsonNode levelGoal = lms.ok(lms.post(ana, "/plans/" + planId + "/goals", PlanLaunches.json(goal)));
        assertThat(levelGoal.get("target").get("kind").asText()).isEqualTo("REACH_LEVEL");
        assertThat(levelGoal.get("standardId").asText()).isEqualTo(standards.get(0).toString());

        JsonNode self = lms.ok(lms.post(ana, "/plans/" + planId + "/self-assessments",
                PlanLaunches.json(Map.of("standardId", standards.get(0).toString(), "points", 3, "note", "I can explain ratios"))));
        assertThat(self.get("source").asText()).isEqualTo("SELF_ASSESSMENT");
        JsonNode outside = lms.ok(lms.post(ana, "/plans/" + planId + "/out-of-school-evidence", PlanLaunches.json(Map.of(
                "standardId", standards.get(1).toString(), "points", 2, "note", "Scaled a recipe at home",
                "artifact", "https://example.org/recipe"))));
        assertThat(outside.get("status").asText()).isEqualTo("PENDING_VALIDATION");

        assertProblem(lms.post(ana, "/plans/" + planId + "/out-of-school-evidence", PlanLaunches.json(Map.of(
                "standardId", standards.get(1).toString(), "points", 2))), 400, "Describe what you learned");
        assertProblem(lms.post(ana, "/plans/" + planId + "/self-assessments", PlanLaunches.json(Map.of(
                "standardId", UUID.randomUUID().toString(), "points", 2))), 400, "not one of this course's standards");
        assertProblem(lms.post(ana, "/plans/" + planId + "/out-of-school-evidence", PlanLaunches.json(Map.of(
                "standardId", standards.get(1).toString(), "points", 2, "note", "x", "artifact", "javascript:alert(1)"))), 400, "https://");
        // A teacher records evidence in the mastery feature, not as the student's self-assessment.
        assertProblem(lms.post(teacher, "/plans/" + planId + "/self-assessments", PlanLaunches.json(Map.of(
                "standardId", standards.get(0).toString(), "points", 4))), 403, "Only the student");
    }

    /** A past held conference, written as the conference feature stores it (the API only books from today on). */
    private void heldConference(JsonNode plan, LocalDate on) throws SQLException {
        try (Connection c = cairn.database().connect(); PreparedStatement s = c.prepareStatement("INSERT INTO conference "
                + "(id, course_id, plan_id, student_id, teacher_id, scheduled_on, starts_at, minutes, status, notes, "
                + "notes_shareable, held_at, created_at, updated_at, version) "
                + "SELECT ?, course_id, id, student_id, student_id, ?, ?, 5, 'HELD', NULL, FALSE, ?, ?, ?, 0 "
                + "FROM learning_plan WHERE id = ?")) {
            Timestamp at = Timestamp.from(on.atTime(9, 0).toInstant(ZoneOffset.UTC));
            s.setObject(1, UUID.randomUUID());
            s.setObject(2, java.sql.Date.valueOf(on));
            s.setObject(3, java.sql.Time.valueOf(LocalTime.of(9, 0)));
            s.setTimestamp(4, at);
            s.setTimestamp(5, at);
            s.setTimestamp(6, at);
            s.setObject(7, UUID.fromString(plan.get("id").asText()));
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }
}
