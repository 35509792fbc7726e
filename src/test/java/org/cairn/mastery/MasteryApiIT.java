package org.cairn.mastery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.cairn.testing.AtOnce;
import org.cairn.testing.CairnServer;
import org.cairn.testing.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The mastery API over real HTTP against the real WAR: people launch with real signed id_tokens from a test
 * platform of their own, standards are chosen for the course in the database, and every call carries the session
 * token a launch gave. Denials (other student, other course, wrong role, no token) are checked at the HTTP level.
 */
class MasteryApiIT {

    private static final String API = "/api/v1/courses/current/mastery";

    private final CairnServer cairn = CairnServer.shared();
    private final Http http = new Http();
    private MasteryCourse lms;
    private MasteryCourse.Member teacher;
    private MasteryCourse.Member ana;
    private MasteryCourse.Member ben;
    private List<UUID> standards;

    @BeforeEach
    void course() {
        lms = new MasteryCourse(cairn);
        teacher = lms.teacher("math-6");
        ana = lms.student("math-6", "Ana Student");
        ben = lms.student("math-6", "Ben Student");
        standards = lms.standards(teacher.courseId(), 3);
    }

    @AfterEach
    void close() {
        lms.close();
    }

    @Test
    void quickEntryFillsTheHeatmapWithALabelledCellPerStudentAndAClassRow() {
        Http.Reply batch = post("/evidence/batch", teacher, """
                {"standardId": "%s", "levels": [{"studentId": "%s", "points": 3}, {"studentId": "%s", "points": 2}]}"""
                .formatted(standards.get(0), ana.personId(), ben.personId()));
        assertThat(batch.status()).as(batch.toString()).isEqualTo(200);
        assertThat(batch.json().get("levels")).hasSize(2);
        assertThat(batch.json().get("levels").get(0).get("level").get("label").asText()).isEqualTo("Proficient");

        JsonNode heatmap = get("/heatmap", teacher).json();
        assertThat(heatmap.get("levels")).hasSize(4);
        assertThat(heatmap.get("standards")).hasSize(3);
        assertThat(heatmap.get("standards").get(0).get("code").asText()).isEqualTo("6.NS.1");
        assertThat(heatmap.get("standards").get(0).get("unitName").asText()).isEqualTo("Unit 1");
        assertThat(heatmap.get("standards").get(2).get("category").asText()).isEqualTo("HABIT");
        JsonNode anaRow = row(heatmap, ana.personId());
        assertThat(anaRow.get("name").asText()).isEqualTo("Ana Student");
        JsonNode cell = anaRow.get("cells").get(0);
        assertThat(cell.get("label").asText()).isEqualTo("Proficient");
        assertThat(cell.get("colour").asText()).startsWith("#");
        assertThat(cell.get("evidenceCount").asInt()).isEqualTo(1);
        assertThat(cell.get("overridden").asBoolean()).isFalse();
        assertThat(row(heatmap, ben.personId()).get("cells").get(0).get("label").asText()).isEqualTo("Developing");
        assertThat(anaRow.get("cells").get(1).has("label")).as("no evidence, no level").isFalse();
        JsonNode classRow = heatmap.get("classRow").get(0);
        assertThat(classRow.get("atMastery").asInt()).isEqualTo(1);
        assertThat(classRow.get("students").asInt()).isEqualTo(2);
        assertThat(classRow.get("share").asDouble()).isEqualTo(0.5);
        assertThat(lms.count("SELECT COUNT(*) FROM evidence WHERE course_id = ?", teacher.courseId())).isEqualTo(2);
    }

    @Test
    void explainMyLevelShowsTheStepsAndOtherMethodsAndTheTimelineKeepsCorrections() {
        UUID standard = standards.get(0);
        String firstId = null;
        int day = 1;
        for (int points : new int[] {1, 2, 3, 4}) {
            Http.Reply r = post("/evidence", teacher, """
                    {"studentId": "%s", "standardId": "%s", "points": %d, "observedOn": "2026-10-0%d", "source": "ASSESSMENT"}"""
                    .formatted(ana.personId(), standard, points, day++));
            assertThat(r.status()).as(r.toString()).isEqualTo(201);
            if (firstId == null) firstId = r.json().get("evidence").get("id").asText();
        }
        String first = firstId;
        JsonNode explanation = get("/students/" + ana.personId() + "/standards/" + standard + "/explanation", ana).json();
        assertThat(explanation.get("chosen").get("method").get("kind").asText()).isEqualTo("DECAYING_AVERAGE");
        assertThat(explanation.get("chosen").get("shownScore").asText()).isEqualTo("3.48");
        assertThat(explanation.get("chosen").get("used")).hasSize(4);
        assertThat(explanation.get("chosen").get("steps").size()).isGreaterThan(3);
        assertThat(StreamSupport.stream(explanation.get("alternatives").spliterator(), false)
                .filter(a -> a.get("method").get("kind").asText().equals("WEIGHTED_AVERAGE"))
                .findFirst().orElseThrow().get("shownScore").asText()).isEqualTo("3.30");
        assertThat(explanation.get("alternatives")).hasSize(7);

        Http.Reply corrected = post("/evidence/" + first + "/correction", teacher,
                "{\"points\": 2, \"reason\": \"Marked the wrong rubric row\"}");
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        assertThat(corrected.json().get("evidence").get("supersedes").asText()).isEqualTo(first);
        JsonNode timeline = get("/students/" + ana.personId() + "/standards/" + standard + "/evidence", teacher).json();
        assertThat(timeline.get("evidence")).hasSize(5);
        JsonNode original = StreamSupport.stream(timeline.get("evidence").spliterator(), false)
                .filter(e -> e.get("id").asText().equals(first)).findFirst().orElseThrow();
        assertThat(original.get("status").asText()).isEqualTo("CORRECTED");
        assertThat(original.get("statusReason").asText()).isEqualTo("Marked the wrong rubric row");
        assertThat(original.get("statusChangedByName").asText()).isEqualTo("Ana Teacher");
        assertThat(timeline.get("standard").get("code").asText()).isEqualTo("6.NS.1");
        assertThat(timeline.get("current").get("label").asText()).isEqualTo("Advanced");
    }

    @Test
    void aSpanishSpeakingStudentReadsTheStepsAndWhyEvidenceWasLeftOutInSpanish() {
        UUID standard = standards.get(0);
        MasteryCourse.Member carla = lms.launch(MasteryCourse.LEARNER, "s-" + UUID.randomUUID(), "Carla Cruz", "math-6",
                "es-MX");
        for (int points : new int[] {3, 2}) {
            Http.Reply r = post("/evidence", teacher, """
                    {"studentId": "%s", "standardId": "%s", "points": %d, "observedOn": "2026-10-0%d", "source": "ASSESSMENT"}"""
                    .formatted(carla.personId(), standard, points, 5 - points));
            assertThat(r.status()).as(r.toString()).isEqualTo(201);
        }
        Http.Reply self = post("/evidence", carla, """
                {"standardId": "%s", "points": 4, "source": "SELF_ASSESSMENT", "note": "Lo sé explicar"}""".formatted(standard));
        assertThat(self.status()).as(self.toString()).isEqualTo(201);

        String path = "/students/" + carla.personId() + "/standards/" + standard + "/explanation";
        JsonNode spanish = get(path, carla).json().get("chosen");
        assertThat(texts(spanish.get("steps"))).containsExactly(
                "Puntuaciones en el orden en que se observaron: 3, 2",
                "d1 = 3",
                "d2 = 3 × 0.35 + 2 × 0.65 = 2.35",
                "2.35 se redondea a En desarrollo (2), por debajo del dominio (3)");
        assertThat(spanish.get("excluded")).singleElement().satisfies(x -> assertThat(x.get("reason").asText())
                .isEqualTo("autoevaluación (no se incluye en este curso o estándar)"));

        // The teacher launched in English reads the same explanation in English.
        JsonNode english = get(path, teacher).json().get("chosen");
        assertThat(texts(english.get("steps"))).contains("Scores in order observed: 3, 2",
                "2.35 rounds to Developing (2), below mastery (3)");
        assertThat(english.get("excluded").get(0).get("reason").asText())
                .isEqualTo("self-assessment (not included for this course or standard)");
    }

    @Test
    void cairnsFourLevelsReadInTheReadersLanguageAndACourseScaleInTheTeachersWords() {
        UUID standard = standards.get(0);
        MasteryCourse.Member carla = lms.launch(MasteryCourse.LEARNER, "s-" + UUID.randomUUID(), "Carla Cruz", "math-6",
                "es-MX");
        post("/evidence", teacher, evidence(carla.personId(), standard, 3, "ASSESSMENT"));

        JsonNode scale = http.get(cairn.uri("/api/v1/courses/current/scale"), carla.auth()).json();
        assertThat(scale.get("origin").asText()).isEqualTo("DEFAULT");
        assertThat(scale.get("name").asText()).isEqualTo("Los cuatro niveles de Cairn");
        assertThat(scale.get("levels").findValuesAsText("label"))
                .containsExactly("Inicial", "En desarrollo", "Competente", "Avanzado");
        JsonNode profile = get("/students/" + carla.personId() + "/profile", carla).json();
        assertThat(profile.get("levels").get(2).get("label").asText()).isEqualTo("Competente");
        String timeline = "/students/" + carla.personId() + "/standards/" + standard + "/evidence";
        assertThat(get(timeline, carla).json().get("current").get("label").asText()).isEqualTo("Competente");
        // The teacher launched in English reads Cairn's levels in English.
        assertThat(row(get("/heatmap", teacher).json(), carla.personId()).get("cells").get(0).get("label").asText())
                .isEqualTo("Proficient");

        // A scale the teacher wrote keeps the teacher's words for every reader.
        Http.Reply own = http.send(java.net.http.HttpRequest.newBuilder(cairn.uri("/api/v1/courses/current/scale"))
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("""
                        {"name": "Two", "levels": [{"points": 1, "label": "Not yet", "colour": "#eeeeee", "mastery": false},
                        {"points": 3, "label": "Got it", "colour": "#b7e1cd", "mastery": true}]}""")),
                concat(teacher.auth(), "Content-Type", "application/json"));
        assertThat(own.status()).as(own.toString()).isEqualTo(200);
        assertThat(get(timeline, carla).json().get("current").get("label").asText()).isEqualTo("Got it");
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    @Test
    void anOverrideNeedsANoteIsFlaggedAndSurvivesANewMethod() {
        UUID standard = standards.get(1);
        post("/evidence", teacher, evidence(ana.personId(), standard, 1, "OBSERVATION"));
        String path = "/students/" + ana.personId() + "/standards/" + standard + "/override";
        Http.Reply noNote = put(path, teacher, "{\"points\": 3}");
        assertProblem(noNote, 400, "note");
        Http.Reply offScale = put(path, teacher, "{\"points\": 2.5, \"note\": \"x\"}");
        assertProblem(offScale, 400, "level of the scale");

        Http.Reply set = put(path, teacher, "{\"points\": 3, \"note\": \"Showed it at the conference\"}");
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(set.json().get("current").get("overridden").asBoolean()).isTrue();
        assertThat(set.json().get("override").get("note").asText()).isEqualTo("Showed it at the conference");

        Http.Reply method = put("/methods", teacher, "{\"kind\": \"HIGHEST\"}");
        assertThat(method.status()).as(method.toString()).isEqualTo(200);
        assertThat(method.json().get("course").get("kind").asText()).isEqualTo("HIGHEST");
        JsonNode cell = row(get("/heatmap", teacher).json(), ana.personId()).get("cells").get(1);
        assertThat(cell.get("label").asText()).isEqualTo("Proficient");
        assertThat(cell.get("overridden").asBoolean()).isTrue();

        Http.Reply withdrawn = http.send(java.net.http.HttpRequest.newBuilder(cairn.uri(API + path)).DELETE(), teacher.auth());
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        assertThat(withdrawn.json().get("current").get("label").asText()).isEqualTo("Beginning");
        assertThat(withdrawn.json().get("current").get("overridden").asBoolean()).isFalse();
    }

    @Test
    void aSpanishSpeakingTeacherIsToldTheScalesLevelsInSpanishWhenAnOverrideIsOffTheScale() {
        UUID standard = standards.get(1);
        MasteryCourse.Member profe = lms.launch(MasteryCourse.INSTRUCTOR, "t-" + UUID.randomUUID(), "Pablo Profe",
                "math-6", "es-MX");
        String path = "/students/" + ana.personId() + "/standards/" + standard + "/override";
        // The page asks in its language (api.js sends Accept-Language).
        Http.Reply offScale = http.send(java.net.http.HttpRequest.newBuilder(cairn.uri(API + path))
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"points\": 2.5, \"note\": \"x\"}")),
                concat(profe.auth(), "Content-Type", "application/json", "Accept-Language", "es"));
        assertProblem(offScale, 400, "2.5 no es ninguno de 1.0 Inicial, 2.0 En desarrollo, 3.0 Competente, 4.0 Avanzado");
    }

    @Test
    void overridesSetAtOnceAllSucceedAndLeaveOneActiveOverrideAndOneLevel() {
        UUID standard = standards.get(1);
        String path = "/students/" + ana.personId() + "/standards/" + standard + "/override";

        // Ana has no level on this standard yet: every override creates her mastery row (a double click, two tabs).
        List<Http.Reply> replies = AtOnce.send(8, i -> put(path, teacher,
                "{\"points\": %d, \"note\": \"override %d\"}".formatted(1 + i % 4, i)));

        assertThat(replies).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(200));
        assertThat(lms.count("SELECT COUNT(*) FROM mastery WHERE course_id = ? AND student_id = ? AND standard_id = ?",
                teacher.courseId(), ana.personId(), standard)).isOne();
        // Every override is kept; each one set withdrew the one before, so exactly one is in force.
        assertThat(lms.count("SELECT COUNT(*) FROM level_override WHERE course_id = ? AND student_id = ? AND standard_id = ?",
                teacher.courseId(), ana.personId(), standard)).isEqualTo(8);
        assertThat(lms.count("SELECT COUNT(*) FROM level_override WHERE course_id = ? AND student_id = ? AND standard_id = ?"
                + " AND withdrawn_at IS NULL", teacher.courseId(), ana.personId(), standard)).isOne();
        assertThat(lms.count("SELECT COUNT(*) FROM mastery m JOIN level_override o ON o.course_id = m.course_id"
                + " AND o.student_id = m.student_id AND o.standard_id = m.standard_id AND o.withdrawn_at IS NULL"
                + " WHERE m.course_id = ? AND m.student_id = ? AND m.standard_id = ? AND m.overridden"
                + " AND m.level_points = o.points", teacher.courseId(), ana.personId(), standard))
                .as("the level is the override in force").isOne();
    }

    @Test
    void methodsArePerCourseAndPerStandardWithTheirParameters() {
        UUID standard = standards.get(2);
        for (int points : new int[] {3, 3, 1}) post("/evidence", teacher, evidence(ben.personId(), standard, points, "ASSESSMENT"));
        Http.Reply nTimes = put("/methods", teacher,
                "{\"standardId\": \"%s\", \"kind\": \"N_TIMES\", \"n\": 2}".formatted(standard));
        assertThat(nTimes.status()).as(nTimes.toString()).isEqualTo(200);
        assertThat(nTimes.json().get("standards").get(0).get("method").get("n").asInt()).isEqualTo(2);
        assertThat(nTimes.json().get("course").get("kind").asText()).isEqualTo("DECAYING_AVERAGE");
        JsonNode explanation = get("/students/" + ben.personId() + "/standards/" + standard + "/explanation", teacher).json();
        assertThat(explanation.get("chosen").get("method").get("kind").asText()).isEqualTo("N_TIMES");
        assertThat(explanation.get("current").get("label").asText()).isEqualTo("Proficient");

        assertProblem(put("/methods", teacher, "{\"kind\": \"WEIGHTED_AVERAGE\", \"weight\": 2}"), 400, "weight");
        assertProblem(put("/methods", teacher, "{\"standardId\": \"%s\", \"kind\": \"HIGHEST\"}"
                .formatted(UUID.randomUUID())), 400, "Standards view");
        assertProblem(put("/methods", teacher, "{\"kind\": \"GUESSING\"}"), 400, null);
    }

    @Test
    void aStudentAddsSelfAssessmentAndOutOfSchoolLearningThatWaitsForTheTeacher() {
        UUID standard = standards.get(0);
        Http.Reply self = post("/evidence", ana, """
                {"standardId": "%s", "points": 4, "source": "SELF_ASSESSMENT", "note": "I can explain it"}""".formatted(standard));
        assertThat(self.status()).as(self.toString()).isEqualTo(201);
        assertThat(self.json().get("evidence").get("studentId").asText()).isEqualTo(ana.personId().toString());
        assertThat(self.json().get("level").has("label")).as("self-assessment does not count by default").isFalse();

        Http.Reply outside = post("/evidence", ana, """
                {"studentId": "%s", "standardId": "%s", "points": 3, "source": "OUT_OF_SCHOOL",
                 "artifact": "https://example.org/robotics-club"}""".formatted(ana.personId(), standard));
        assertThat(outside.status()).as(outside.toString()).isEqualTo(201);
        assertThat(outside.json().get("evidence").get("status").asText()).isEqualTo("PENDING_VALIDATION");
        String id = outside.json().get("evidence").get("id").asText();

        JsonNode pending = get("/evidence/pending", teacher).json();
        assertThat(pending).hasSize(1);
        assertThat(pending.get(0).get("studentName").asText()).isEqualTo("Ana Student");
        assertProblem(post("/evidence/" + id + "/decision", ana, "{\"accept\": true}"), 403, "teachers");
        assertProblem(post("/evidence/" + id + "/decision", teacher, "{\"accept\": false}"), 400, "reason");
        Http.Reply accepted = post("/evidence/" + id + "/decision", teacher, "{\"accept\": true, \"note\": \"Saw the robot\"}");
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.json().get("evidence").get("status").asText()).isEqualTo("RECORDED");
        assertThat(accepted.json().get("level").get("label").asText()).isEqualTo("Proficient");
        assertProblem(post("/evidence/" + id + "/decision", teacher, "{\"accept\": true}"), 409, "not waiting");

        JsonNode profile = get("/students/" + ana.personId() + "/profile", ana).json();
        assertThat(profile.get("name").asText()).isEqualTo("Ana Student");
        assertThat(profile.get("standards")).hasSize(3);
        assertThat(profile.get("standards").get(0).get("current").get("label").asText()).isEqualTo("Proficient");
        assertThat(profile.get("standards").get(0).get("trend")).hasSize(1);
    }

    @Test
    void theFirstEvidenceOnAStandardRecordedEightTimesAtOnceIsAllKeptOnceWithOneLevel() {
        UUID standard = standards.get(0);

        // Ana has no level on this standard yet: the teacher's observations and Ana's self-assessments all create it.
        List<Http.Reply> replies = AtOnce.send(8, i -> i % 2 == 0
                ? post("/evidence", teacher, """
                        {"studentId": "%s", "standardId": "%s", "points": 3, "source": "OBSERVATION", "note": "at once %d"}"""
                        .formatted(ana.personId(), standard, i))
                : post("/evidence", ana, """
                        {"standardId": "%s", "points": 4, "source": "SELF_ASSESSMENT", "note": "at once %d"}"""
                        .formatted(standard, i)));

        assertThat(replies).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(201));
        assertThat(lms.count("SELECT COUNT(*) FROM mastery WHERE course_id = ? AND student_id = ? AND standard_id = ?",
                teacher.courseId(), ana.personId(), standard)).isOne();
        for (int i = 0; i < 8; i++) {
            assertThat(lms.count("SELECT COUNT(*) FROM evidence WHERE course_id = ? AND note = ?", teacher.courseId(),
                    "at once " + i)).as("evidence %d", i).isOne();
        }
        assertThat(lms.count("SELECT COUNT(*) FROM evidence WHERE course_id = ?", teacher.courseId())).isEqualTo(8);
        assertThat(lms.count("SELECT evidence_count FROM mastery WHERE course_id = ? AND student_id = ?",
                teacher.courseId(), ana.personId())).as("the level counts every observation (self-assessment does not count)")
                .isEqualTo(4);
    }

    @Test
    void quickEntriesForTheSameStudentsAtOnceAreAllKeptOnceWithOneLevelEach() {
        UUID standard = standards.get(0);

        // Two teachers' quick entries (or a double click) before Ana and Ben have a level on the standard.
        List<Http.Reply> replies = AtOnce.send(8, i -> post("/evidence/batch", teacher, """
                {"standardId": "%s", "note": "entry %d", "levels": [{"studentId": "%s", "points": 3}, {"studentId": "%s", "points": 2}]}"""
                .formatted(standard, i, ana.personId(), ben.personId())));

        assertThat(replies).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(200));
        assertThat(lms.count("SELECT COUNT(*) FROM mastery WHERE course_id = ? AND standard_id = ?",
                teacher.courseId(), standard)).isEqualTo(2);
        for (int i = 0; i < 8; i++) {
            assertThat(lms.count("SELECT COUNT(*) FROM evidence WHERE course_id = ? AND note = ?", teacher.courseId(),
                    "entry " + i)).as("entry %d", i).isEqualTo(2);
        }
        assertThat(lms.count("SELECT COUNT(*) FROM evidence WHERE course_id = ?", teacher.courseId())).isEqualTo(16);
        assertThat(lms.count("SELECT MIN(evidence_count) FROM mastery WHERE course_id = ?", teacher.courseId()))
                .as("each level counts all eight entries").isEqualTo(8);
    }

    @Test
    void aStudentCannotPostTeacherEvidenceOrEvidenceAboutSomeoneElse() {
        UUID standard = standards.get(0);
        assertProblem(post("/evidence", ana, evidence(ana.personId(), standard, 4, "ASSESSMENT")), 403, "teacher");
        assertProblem(post("/evidence", ana, evidence(ben.personId(), standard, 4, "SELF_ASSESSMENT")), 403, "your own");
        assertProblem(post("/evidence/batch", ana, """
                {"standardId": "%s", "levels": [{"studentId": "%s", "points": 4}]}""".formatted(standard, ana.personId())),
                403, "teachers");
        assertProblem(put("/students/" + ana.personId() + "/standards/" + standard + "/override", ana,
                "{\"points\": 4, \"note\": \"me\"}"), 403, "teachers");
        assertThat(lms.count("SELECT COUNT(*) FROM evidence WHERE course_id = ?", teacher.courseId())).isZero();
    }

    @Test
    void aStudentReadsOnlyTheirOwnProfileExplanationAndEvidence() {
        UUID standard = standards.get(0);
        post("/evidence", teacher, evidence(ben.personId(), standard, 2, "ASSESSMENT"));
        assertThat(get("/students/" + ana.personId() + "/profile", ana).status()).isEqualTo(200);
        assertProblem(get("/students/" + ben.personId() + "/profile", ana), 403, "Only this person");
        assertProblem(get("/students/" + ben.personId() + "/standards/" + standard + "/explanation", ana), 403, "Only this person");
        assertProblem(get("/students/" + ben.personId() + "/standards/" + standard + "/evidence", ana), 403, "Only this person");
        assertProblem(get("/heatmap", ana), 403, "teachers");
        assertProblem(get("/evidence/pending", ana), 403, "teachers");
    }

    @Test
    void aTeacherOfAnotherCourseGetsNotFoundForThisCoursesIds() {
        UUID standard = standards.get(0);
        String id = post("/evidence", teacher, evidence(ana.personId(), standard, 3, "ASSESSMENT")).json()
                .get("evidence").get("id").asText();
        MasteryCourse.Member other = lms.teacher("science-6");
        lms.standards(other.courseId(), 1);
        assertProblem(get("/students/" + ana.personId() + "/profile", other), 404, "no student");
        assertProblem(get("/students/" + ana.personId() + "/standards/" + standard + "/explanation", other), 404, "no student");
        assertProblem(get("/students/" + ana.personId() + "/standards/" + standard + "/evidence", other), 404, "no student");
        assertProblem(post("/evidence/" + id + "/correction", other, "{\"points\": 1, \"reason\": \"x\"}"), 404, id);
        assertProblem(post("/evidence", other, evidence(ana.personId(), standard, 3, "ASSESSMENT")), 400, "not a student");
        assertThat(get("/heatmap", other).json().get("rows")).isEmpty();
        // Another tenant altogether: the same answers, nothing leaks.
        try (MasteryCourse elsewhere = new MasteryCourse(cairn)) {
            MasteryCourse.Member stranger = elsewhere.teacher("math-6");
            assertProblem(get("/students/" + ana.personId() + "/standards/" + standard + "/evidence", stranger), 404, "no student");
            assertProblem(post("/evidence/" + id + "/correction", stranger, "{\"points\": 1, \"reason\": \"x\"}"), 404, id);
        }
        assertThat(lms.count("SELECT COUNT(*) FROM evidence WHERE id = ? AND status = 'RECORDED'", UUID.fromString(id))).isOne();
    }

    @Test
    void noTokenIs401() {
        for (String path : List.of("/heatmap", "/students/" + ana.personId() + "/profile", "/evidence/pending")) {
            Http.Reply reply = http.get(cairn.uri(API + path));
            assertThat(reply.status()).isEqualTo(401);
            assertThat(reply.contentType()).startsWith("application/problem+json");
        }
        Http.Reply post = http.post(cairn.uri(API + "/evidence"), "application/json",
                evidence(ana.personId(), standards.get(0), 3, "ASSESSMENT"));
        assertThat(post.status()).isEqualTo(401);
    }

    @Test
    void badEvidenceIsA400ThatSaysWhatToFix() {
        UUID standard = standards.get(0);
        assertProblem(post("/evidence", teacher, evidence(ana.personId(), UUID.randomUUID(), 3, "ASSESSMENT")),
                400, "not one of this course's standards");
        assertProblem(post("/evidence", teacher, evidence(ana.personId(), standard, 7, "ASSESSMENT")), 400, "off the course's scale");
        String future = LocalDate.now(ZoneOffset.UTC).plusDays(10).toString();
        assertProblem(post("/evidence", teacher, """
                {"studentId": "%s", "standardId": "%s", "points": 3, "observedOn": "%s", "source": "ASSESSMENT"}"""
                .formatted(ana.personId(), standard, future)), 400, "future");
        assertProblem(post("/evidence", teacher, evidence(UUID.randomUUID(), standard, 3, "ASSESSMENT")), 400, "not a student");
        assertProblem(post("/evidence", teacher, evidence(teacher.personId(), standard, 3, "ASSESSMENT")), 400, "not a student");
        assertProblem(post("/evidence", teacher, evidence(ana.personId(), standard, 3, "GOSSIP")), 400, null);
        assertProblem(post("/evidence", teacher, "{\"studentId\": \"%s\", \"standardId\": \"%s\", \"points\": 3, "
                .formatted(ana.personId(), standard) + "\"source\": \"ASSESSMENT\", \"artifact\": \"javascript:alert(1)\"}"),
                400, "web address");
        assertProblem(post("/evidence/batch", teacher, """
                {"standardId": "%s", "levels": [{"studentId": "%s", "points": 3}, {"studentId": "%s", "points": 9}]}"""
                .formatted(standard, ana.personId(), ben.personId())), 400, "off the course's scale");
        assertThat(lms.count("SELECT COUNT(*) FROM evidence WHERE course_id = ?", teacher.courseId()))
                .as("quick entry is all or nothing").isZero();
        assertProblem(get("/students/" + ana.personId() + "/standards/" + UUID.randomUUID() + "/evidence", teacher),
                404, "Standards view");
    }

    @Test
    void theEndpointsAreDescribedInOpenApi() {
        Http.Reply openapi = http.get(cairn.uri("/openapi"));
        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.body()).contains(API + "/heatmap").contains(API + "/evidence/batch")
                .contains(API + "/students/{studentId}/standards/{standardId}/explanation").contains("Explain my level");
    }

    private static String evidence(UUID student, UUID standard, int points, String source) {
        return "{\"studentId\": \"%s\", \"standardId\": \"%s\", \"points\": %d, \"source\": \"%s\"}"
                .formatted(student, standard, points, source);
    }

    private static JsonNode row(JsonNode heatmap, UUID student) {
        return StreamSupport.stream(heatmap.get("rows").spliterator(), false)
                .filter(r -> r.get("studentId").asText().equals(student.toString())).findFirst().orElseThrow();
    }

    private Http.Reply get(String path, MasteryCourse.Member who) {
        return http.get(cairn.uri(API + path), who.auth());
    }

    private Http.Reply post(String path, MasteryCourse.Member who, String json) {
        return http.post(cairn.uri(API + path), "application/json", json, who.auth());
    }

    private Http.Reply put(String path, MasteryCourse.Member who, String json) {
        return http.send(java.net.http.HttpRequest.newBuilder(cairn.uri(API + path))
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(json)), concat(who.auth(), "Content-Type", "application/json"));
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static void assertProblem(Http.Reply reply, int status, String detailContains) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        if (detailContains != null) assertThat(reply.json().get("detail").asText()).as(reply.toString()).contains(detailContains);
    }
}
