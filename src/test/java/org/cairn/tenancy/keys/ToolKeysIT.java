package org.cairn.tenancy.keys;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cairn.testing.CairnServer;
import org.cairn.testing.Http;
import org.junit.jupiter.api.Test;

/** Cairn's JWKS and key rotation on the development Cairn. */
class ToolKeysIT {

    private final CairnServer cairn = CairnServer.shared();
    private final Http http = new Http();
    private static final String ADMIN = "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));

    private Map<String, String> statesByKid() {
        Map<String, String> states = new HashMap<>();
        for (JsonNode key : http.get(cairn.uri("/api/v1/admin/keys"), "Authorization", ADMIN).json()) {
            states.put(key.get("kid").asText(), key.get("state").asText());
        }
        return states;
    }

    private List<String> publishedKids() {
        List<String> kids = new ArrayList<>();
        http.get(cairn.uri("/.well-known/jwks.json")).json().get("keys").forEach(k -> kids.add(k.get("kid").asText()));
        return kids;
    }

    @Test
    void theJwksPublishesCurrentAndNextWithoutPrivateParts() {
        Http.Reply reply = http.get(cairn.uri("/.well-known/jwks.json"));
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Cache-Control")).contains("max-age=3600");
        JsonNode keys = reply.json().get("keys");
        assertThat(keys.size()).isGreaterThanOrEqualTo(2);
        for (JsonNode key : keys) {
            assertThat(key.get("kty").asText()).isEqualTo("RSA");
            assertThat(key.get("alg").asText()).isEqualTo("RS256");
            assertThat(key.get("use").asText()).isEqualTo("sig");
            assertThat(key.get("kid").asText()).isNotBlank();
            assertThat(key.has("n") && key.has("e")).isTrue();
            for (String privatePart : List.of("d", "p", "q", "dp", "dq", "qi")) {
                assertThat(key.has(privatePart)).as(privatePart).isFalse();
            }
        }
        assertThat(statesByKid().values()).contains("CURRENT", "NEXT");
        assertThat(publishedKids()).containsAll(statesByKid().keySet());
    }

    @Test
    void rotationKeepsTheOldKeyPublishedAndPublishesANewNext() {
        Map<String, String> before = statesByKid();
        String oldCurrent = kidIn(before, "CURRENT");
        String oldNext = kidIn(before, "NEXT");

        Http.Reply rotated = http.post(cairn.uri("/api/v1/admin/keys/rotate"), "application/json", "", "Authorization", ADMIN);
        assertThat(rotated.status()).as(rotated.body()).isEqualTo(200);

        Map<String, String> after = statesByKid();
        assertThat(after.get(oldCurrent)).isEqualTo("RETIRED");
        assertThat(after.get(oldNext)).isEqualTo("CURRENT");
        String newNext = kidIn(after, "NEXT");
        assertThat(newNext).isNotIn(oldCurrent, oldNext);
        assertThat(publishedKids()).contains(oldCurrent, oldNext, newNext);
    }

    @Test
    void rotationNeedsTheOperator() {
        assertThat(http.post(cairn.uri("/api/v1/admin/keys/rotate"), "application/json", "").status()).isEqualTo(401);
    }

    private static String kidIn(Map<String, String> states, String state) {
        return states.entrySet().stream().filter(e -> e.getValue().equals(state)).map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new AssertionError("No " + state + " key in " + states));
    }
}
