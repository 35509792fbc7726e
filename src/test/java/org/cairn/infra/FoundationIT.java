package org.cairn.infra;

import static org.assertj.core.api.Assertions.assertThat;

import org.cairn.testing.CairnServer;
import org.cairn.testing.Http;
import org.junit.jupiter.api.Test;

/** The deployed WAR: health, metrics, OpenAPI, the page shell, static files, and problem+json for client mistakes. */
class FoundationIT {

    private final CairnServer cairn = CairnServer.shared();
    private final Http http = new Http();

    @Test
    void readinessChecksTheDatabase() {
        var reply = http.get(cairn.uri("/health/ready"));
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().at("/checks/0/name").asText()).isEqualTo("database");
        assertThat(reply.json().at("/checks/0/status").asText()).isEqualTo("UP");
    }

    @Test
    void livenessAnswers() {
        assertThat(http.get(cairn.uri("/health/live")).status()).isEqualTo(200);
    }

    @Test
    void metricsArePrometheusText() {
        var reply = http.get(cairn.uri("/metrics"), "Accept", "text/plain");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).contains("# TYPE");
    }

    @Test
    void openApiDescribesTheVersionedApi() {
        var reply = http.get(cairn.uri("/openapi"));
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).contains("title: Cairn").contains("/api/v1/messages/{locale}");
    }

    @Test
    void malformedJsonIsA400Problem() {
        var reply = http.post(cairn.uri("/api/v1/client-errors"), "application/json", "{\"text\": ");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("type").asText()).isEqualTo("urn:cairn:problem:malformed-json");
        assertThat(reply.json().get("status").asInt()).isEqualTo(400);
        assertThat(reply.json().get("detail").asText()).contains("not valid JSON");
        assertThat(reply.body()).doesNotContain("at org.").doesNotContain("Exception");
    }

    @Test
    void jsonOfTheWrongShapeIsA400ProblemNamingTheField() {
        var reply = http.post(cairn.uri("/api/v1/client-errors"), "application/json", "{\"message\": \"x is undefined\", \"page\": \"/plans\", \"line\": \"many\"}");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("detail").asText()).contains("line");
    }

    @Test
    void failedValidationIsA400ProblemListingEachField() {
        var reply = http.post(cairn.uri("/api/v1/client-errors"), "application/json", "{\"message\": \"\", \"page\": \"\", \"line\": 3}");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("errors")).hasSize(2);
    }

    @Test
    void wrongMediaTypeIsA415Problem() {
        var reply = http.post(cairn.uri("/api/v1/client-errors"), "text/plain", "hello");
        assertThat(reply.status()).isEqualTo(415);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    @Test
    void unknownPathIsA404Problem() {
        var reply = http.get(cairn.uri("/api/v1/no-such-thing"));
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("detail").asText()).contains("/api/v1/no-such-thing");
    }

    @Test
    void aBrowserErrorReportIsAccepted() {
        var reply = http.post(cairn.uri("/api/v1/client-errors"), "application/json",
                "{\"message\": \"x is undefined\", \"page\": \"/plans\", \"line\": 3}");
        assertThat(reply.status()).isEqualTo(202);
    }

    @Test
    void pagesMayBeFramedByKnownOriginsOnly() {
        var reply = http.get(cairn.uri("/api/v1/messages/en"));
        assertThat(reply.header("X-Frame-Options")).isNull();
        assertThat(reply.header("Content-Security-Policy")).contains("frame-ancestors 'self'");
    }

    @Test
    void servesLitFromItsWebJarAsAModule() {
        var reply = http.get(cairn.uri("/webjars/lit/3.3.2/index.js"));
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("text/javascript");
    }

    @Test
    void messagesComeInEnglishAndSpanish() {
        assertThat(http.get(cairn.uri("/api/v1/messages/es")).json().at("/messages/shell.skip").asText())
                .isEqualTo("Saltar al contenido principal");
        assertThat(http.get(cairn.uri("/api/v1/messages/fr")).json().get("locale").asText()).isEqualTo("en");
    }
}
