package org.cairn.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import org.cairn.testing.CairnServer;
import org.cairn.testing.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** With cairn.sandbox.enabled=false there is no sandbox at all, and "/" is Cairn's own welcome page. */
class SandboxOffIT {

    private static CairnServer cairn;
    private final Http http = new Http();

    @BeforeAll
    static void start() {
        cairn = CairnServer.start("sandbox-off", Map.of("CAIRN_SANDBOX_ENABLED", "false"));
    }

    @AfterAll
    static void stop() {
        if (cairn != null) cairn.close();
    }

    private URI sandbox(String path) {
        return URI.create("http://127.0.0.1:" + cairn.port() + "/sandbox" + path);
    }

    @Test
    void everySandboxPathIsNotFound() {
        for (String path : new String[] {"/", "", "/.well-known/jwks.json", "/.well-known/openid-configuration",
                "/auth?client_id=x", "/gradebook", "/api/faults"}) {
            assertThat(http.get(sandbox(path)).status()).as(path).isEqualTo(404);
        }
        assertThat(http.post(sandbox("/token"), "application/x-www-form-urlencoded", "grant_type=client_credentials")
                .status()).isEqualTo(404);
    }

    @Test
    void theHomePageDoesNotRedirectToTheSandbox() {
        Http.Reply home = http.get(cairn.uri("/"));
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.header("Location")).isNull();
        assertThat(cairn.logText()).contains("Sandbox LMS is off");
    }
}
