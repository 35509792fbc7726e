package org.cairn.grades;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cairn.grades.entity.AgsEndpoint;
import org.cairn.lti.launch.TestPlatform;
import org.cairn.lti.launch.TestTokens;
import org.cairn.lti.launch.entity.Claims;
import org.cairn.mastery.MasteryCourse;
import org.cairn.testing.AtOnce;
import org.cairn.testing.CairnServer;
import org.cairn.testing.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The grades use cases that create a row on first use, sent eight times at once (a double click, two teachers'
 * tabs, a class's levels changing together): every request succeeds and the row exists once. Each test has a
 * course of its own on a test platform of its own; the course's AGS endpoint is written into the database as a
 * launch with the AGS claim would store it.
 */
class GradesAtOnceIT {

    private static final String API = "/api/v1/courses/current/grades";
    private static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";

    private final CairnServer cairn = CairnServer.shared();
    private final Http http = new Http();
    private MasteryCourse lms;
    private final String context = "grades-" + UUID.randomUUID().toString().substring(0, 8);
    private MasteryCourse.Member teacher;

    @BeforeEach
    void course() {
        lms = new MasteryCourse(cairn);
        teacher = lms.teacher(context);
    }

    @AfterEach
    void close() {
        lms.close();
    }

    @Test
    void choosingTheColumnsEightTimesAtOnceInANewCourseAllSucceedAndTheCourseKeepsOneChoice() {
        List<Http.Reply> replies = AtOnce.send(8, i -> put("/grouping", "{\"grouping\":\"PERIOD\"}"));

        assertThat(statuses(replies)).as(replies.toString()).containsOnly(200);
        assertThat(lms.count("SELECT COUNT(*) FROM course_grading WHERE course_id = ?", teacher.courseId())).isOne();
        assertThat(http.get(cairn.uri(API), teacher.auth()).json().get("grouping").asText()).isEqualTo("PERIOD");
    }

    @Test
    void mappingTheSameLmsAssignmentEightTimesAtOnceAllSucceedWithOneMapping() throws Exception {
        UUID standard = lms.standards(teacher.courseId(), 1).get(0);
        URI lineItems = gradebookService();
        String body = "{\"lineItemId\":\"" + lineItems + "/quiz-1\",\"label\":\"Quiz 1\",\"standardIds\":[\"" + standard + "\"]}";

        List<Http.Reply> replies = AtOnce.send(8, i -> post("/mappings", body));

        assertThat(statuses(replies)).as(replies.toString()).containsOnly(201);
        assertThat(lms.count("SELECT COUNT(*) FROM lms_result_mapping WHERE course_id = ?", teacher.courseId())).isOne();
        assertThat(replies.stream().map(r -> r.json().get("ids").get(0).asText()).distinct()).as("the same mapping").hasSize(1);
    }

    @Test
    void correctingEightStudentsEvidenceAtOnceQueuesEveryScoreInTheStandardsOneColumn() throws Exception {
        UUID standard = lms.standards(teacher.courseId(), 1).get(0);
        // Evidence from before the LMS offered its gradebook (no column yet), then the gradebook arrives: the
        // corrections' new levels are the standard's first scores, and all eight make its column at once.
        List<String> evidence = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            MasteryCourse.Member student = lms.student(context, "Student " + i);
            Http.Reply recorded = http.post(cairn.uri("/api/v1/courses/current/mastery/evidence"), "application/json", """
                    {"studentId": "%s", "standardId": "%s", "points": 2, "source": "OBSERVATION"}"""
                    .formatted(student.personId(), standard), teacher.auth());
            assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
            evidence.add(recorded.json().get("evidence").get("id").asText());
        }
        gradebookService();

        List<Http.Reply> replies = AtOnce.send(8, i -> http.post(cairn.uri("/api/v1/courses/current/mastery/evidence/"
                + evidence.get(i) + "/correction"), "application/json", "{\"points\": 4, \"reason\": \"wrong row\"}", teacher.auth()));

        assertThat(statuses(replies)).as(replies.toString()).containsOnly(200);
        assertThat(lms.count("SELECT COUNT(*) FROM line_item WHERE course_id = ? AND subject_id = ?", teacher.courseId(), standard))
                .isOne();
        assertThat(lms.count("SELECT COUNT(*) FROM score_delivery WHERE course_id = ? AND score_given = 4", teacher.courseId()))
                .as("one score per student").isEqualTo(8);
    }

    @Test
    void studentsLaunchingAtOnceWithTheGradebookServiceAllGetInAndTheCourseKeepsOneEndpoint() {
        // The course exists (the teacher launched without the AGS claim); each launch's claim stores course_ags
        // (AgsOffered), so eight first launches with it insert that row at once.
        URI lineItems = lms.platform.url("/ags/" + teacher.courseId() + "/lineitems");
        List<Map<String, String>> forms = new ArrayList<>();
        List<String> cookies = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Map<String, String> params = new LinkedHashMap<>();
            params.put("iss", lms.platform.issuer());
            params.put("login_hint", "s-" + i);
            params.put("target_link_uri", cairn.uri("/lti/launch").toString());
            params.put("client_id", lms.platform.clientId());
            Http.Reply login = http.get(URI.create(cairn.uri("/lti/login") + "?" + form(params)));
            assertThat(login.status()).as(login.toString()).isEqualTo(302);
            Map<String, String> auth = TestPlatform.query(URI.create(login.header("Location")).getRawQuery());
            Map<String, Object> claims = lms.platform.claims(auth.get("nonce"), LEARNER);
            claims.put("sub", "s-" + UUID.randomUUID());
            claims.put(TestTokens.LTI + "context", Map.of("id", context, "title", "Course " + context, "label", context));
            claims.put(Claims.AGS_ENDPOINT, Map.of("lineitems", lineItems.toString(),
                    "scope", List.of(AgsEndpoint.SCOPE_LINEITEM, AgsEndpoint.SCOPE_SCORE)));
            forms.add(Map.of("id_token", TestTokens.sign(claims, lms.platform.key()), "state", auth.get("state")));
            String setCookie = login.header("Set-Cookie");
            cookies.add(setCookie.substring(0, setCookie.indexOf(';')));
        }

        List<Http.Reply> replies = AtOnce.send(8, i -> http.postForm(cairn.uri("/lti/launch"), forms.get(i), "Cookie", cookies.get(i)));

        assertThat(statuses(replies)).as(replies.toString()).containsOnly(200);
        assertThat(lms.count("SELECT COUNT(*) FROM course_ags WHERE course_id = ? AND line_items_url = ?",
                teacher.courseId(), lineItems.toString())).isOne();
    }

    /** The course's AGS endpoint with the line item and score scopes, as a launch with the claim stores it. */
    private URI gradebookService() throws SQLException {
        URI lineItems = lms.platform.url("/ags/" + teacher.courseId() + "/lineitems");
        try (Connection c = cairn.database().connect(); PreparedStatement insert = c.prepareStatement("""
                INSERT INTO course_ags (course_id, registration_id, line_items_url, line_item_url, scopes, updated_at)
                VALUES (?, ?, ?, NULL, ?, ?)""")) {
            insert.setObject(1, teacher.courseId());
            insert.setObject(2, lms.platform.registrationId);
            insert.setString(3, lineItems.toString());
            insert.setString(4, String.join(" ", AgsEndpoint.SCOPE_LINEITEM, AgsEndpoint.SCOPE_RESULT_READONLY,
                    AgsEndpoint.SCOPE_SCORE));
            insert.setObject(5, Instant.now().atOffset(ZoneOffset.UTC));
            insert.executeUpdate();
        }
        return lineItems;
    }

    private static String form(Map<String, String> params) {
        StringBuilder body = new StringBuilder();
        params.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return body.toString();
    }

    private static List<Integer> statuses(List<Http.Reply> replies) {
        return replies.stream().map(Http.Reply::status).toList();
    }

    private Http.Reply post(String path, String json) {
        return http.post(cairn.uri(API + path), "application/json", json, teacher.auth());
    }

    private Http.Reply put(String path, String json) {
        return http.send(HttpRequest.newBuilder(cairn.uri(API + path)).PUT(HttpRequest.BodyPublishers.ofString(json)),
                "Authorization", "Bearer " + teacher.token(), "Content-Type", "application/json");
    }
}
