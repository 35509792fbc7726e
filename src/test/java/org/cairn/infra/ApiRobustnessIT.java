package org.cairn.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.cairn.sandbox.entity.DemoCourses;
import org.cairn.testing.CairnServer;
import org.cairn.testing.Http;
import org.cairn.testing.SandboxLaunch;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the course API that the OpenAPI document lists, called by a teacher of a practice course with
 * the mistakes a client makes: ids that name nothing or are not ids, bodies that are malformed, of the wrong shape
 * or of the wrong media type. Whatever the operation, the answer is never a 5xx, and every refusal is an RFC 9457
 * problem. The operator API is left out (its mistakes are covered by its own tests, and one of its operations
 * rotates the keys every other test signs with).
 */
class ApiRobustnessIT {

    private static final Set<String> WITH_BODY = Set.of("post", "put", "patch");
    private static final List<String> BODIES = List.of("{\"text\": ", "[]", "{}", "{\"unknown\": [1, 2]}", "\"text\"",
            "null", "{\"id\": \"not-a-uuid\", \"date\": \"yesterday\", \"level\": -1, \"points\": 1e999}");

    private final CairnServer cairn = CairnServer.shared();
    private final Http http = new Http();

    private record Call(String method, String path, String contentType, String body) {
        @Override
        public String toString() {
            return method.toUpperCase() + " " + path + (body == null ? "" : " " + contentType + " " + body);
        }
    }

    /** The API's operations with their path parameters filled in with {@code value}. */
    private List<String[]> operations(String value) {
        Http.Reply openapi = http.get(cairn.uri("/openapi"), "Accept", "application/json");
        assertThat(openapi.status()).as(openapi.toString()).isEqualTo(200);
        List<String[]> operations = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = openapi.json().get("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api/v1/") || path.getKey().startsWith("/api/v1/admin")) continue;
            Iterator<String> methods = path.getValue().fieldNames();
            while (methods.hasNext()) {
                String method = methods.next();
                if (Set.of("get", "post", "put", "patch", "delete").contains(method)) {
                    operations.add(new String[] {method, path.getKey().replaceAll("\\{[^}]+}", value)});
                }
            }
        }
        return operations;
    }

    private List<Call> calls() {
        List<Call> calls = new ArrayList<>();
        for (String value : List.of(UUID.randomUUID().toString(), "not-an-id")) {
            for (String[] operation : operations(value)) {
                if (!WITH_BODY.contains(operation[0])) {
                    calls.add(new Call(operation[0], operation[1], null, null));
                    continue;
                }
                for (String body : BODIES) calls.add(new Call(operation[0], operation[1], "application/json", body));
                calls.add(new Call(operation[0], operation[1], "text/plain", "hello"));
            }
        }
        return calls;
    }

    private Http.Reply send(Call call, String token) {
        return send(call, token, "en");
    }

    private Http.Reply send(Call call, String token, String language) {
        HttpRequest.Builder request = HttpRequest.newBuilder(cairn.uri(call.path()))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                .header("Accept-Language", language);
        if (call.body() == null) {
            request.method(call.method().toUpperCase(), HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", call.contentType())
                    .method(call.method().toUpperCase(), HttpRequest.BodyPublishers.ofString(call.body()));
        }
        return http.send(request);
    }

    private String teacherOfAPracticeCourse(String title) throws Exception {
        Http.Reply created = http.post(URI.create("http://127.0.0.1:" + cairn.port() + "/sandbox/api/courses"),
                "application/json", "{\"title\": \"" + title + "\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return SandboxLaunch.sessionToken(cairn, http, created.json().get("courseId").asText(),
                DemoCourses.TEACHER_ID, "/cairn");
    }

    @Test
    void noClientMistakeOnAnyOperationOfTheCourseApiIsAServerErrorAndEveryRefusalIsAProblem() throws Exception {
        String teacher = teacherOfAPracticeCourse("Robustness practice");

        List<Call> calls = calls();
        assertThat(calls).hasSizeGreaterThan(100);
        List<String> wrong = new ArrayList<>();
        Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        for (Call call : calls) {
            Http.Reply reply = send(call, teacher);
            statuses.merge(reply.status(), 1, Integer::sum);
            if (reply.status() >= 500) {
                wrong.add(call + " -> " + reply.status() + " " + abbreviate(reply.body()));
            } else if (reply.status() >= 400 && !String.valueOf(reply.contentType()).startsWith("application/problem+json")) {
                wrong.add(call + " -> " + reply.status() + " as " + reply.contentType() + ": " + abbreviate(reply.body()));
            }
        }
        assertThat(wrong).as("answers to client mistakes").isEmpty();
        // The calls reached the operations: bodies were read and refused, ids looked up and not found.
        assertThat(statuses).as("statuses of %d calls", calls.size()).containsKeys(400, 404, 415);
    }

    /**
     * A Spanish page sends {@code Accept-Language: es} (api.js): every refusal of every operation then comes with a
     * Spanish title and a detail that is not the English one, and says so in {@code Content-Language}.
     */
    @Test
    void everyRefusalOfTheCourseApiReadsInSpanishWhenThePageIsSpanish() throws Exception {
        String teacher = teacherOfAPracticeCourse("Práctica de idioma");

        List<String> english = new ArrayList<>();
        int compared = 0;
        for (Call call : calls()) {
            Http.Reply inEnglish = send(call, teacher, "en");
            if (inEnglish.status() < 400) continue;
            Http.Reply inSpanish = send(call, teacher, "es");
            // A call that changes state (asking for a roster sync) may be refused once and accepted the next time.
            if (inSpanish.status() != inEnglish.status()) continue;
            compared++;
            JsonNode en = inEnglish.json();
            JsonNode es = inSpanish.json();
            if (!"es".equals(inSpanish.header("Content-Language"))
                    || es.path("title").asText().equals(en.path("title").asText())
                    || es.path("detail").asText().equals(en.path("detail").asText())) {
                english.add(call + " -> " + inSpanish.status() + " " + inSpanish.header("Content-Language") + " "
                        + abbreviate(inSpanish.body()));
            }
            assertThat(inEnglish.header("Content-Language")).as("%s in English", call).isEqualTo("en");
        }
        assertThat(compared).as("refusals compared in both languages").isGreaterThan(100);
        assertThat(english).as("refusals still in English on a Spanish page").isEmpty();
    }

    private static String abbreviate(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }
}
