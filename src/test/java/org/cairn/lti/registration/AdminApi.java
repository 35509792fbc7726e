package org.cairn.lti.registration;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.cairn.testing.CairnServer;
import org.cairn.testing.Http;

/** The operator admin API as a test calls it, with HTTP Basic credentials. */
final class AdminApi {

    private final CairnServer cairn;
    private final Http http = new Http();
    private final String authorization;

    AdminApi(CairnServer cairn, String user, String password) {
        this.cairn = cairn;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    Http.Reply get(String path) {
        return http.get(cairn.uri(path), "Authorization", authorization);
    }

    Http.Reply post(String path, String json) {
        return http.post(cairn.uri(path), "application/json", json, "Authorization", authorization);
    }

    Http.Reply put(String path, String json) {
        return http.send(java.net.http.HttpRequest.newBuilder(cairn.uri(path)).header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(json)), "Authorization", authorization);
    }

    JsonNode registrations() {
        Http.Reply reply = get("/api/v1/admin/registrations");
        if (reply.status() != 200) throw new AssertionError(reply.toString());
        return reply.json();
    }

    Optional<JsonNode> registration(String issuer) {
        for (JsonNode registration : registrations()) {
            if (registration.get("issuer").asText().equals(issuer)) return Optional.of(registration);
        }
        return Optional.empty();
    }

    long count(String issuer) {
        long n = 0;
        for (JsonNode registration : registrations()) {
            if (registration.get("issuer").asText().equals(issuer)) n++;
        }
        return n;
    }
}
