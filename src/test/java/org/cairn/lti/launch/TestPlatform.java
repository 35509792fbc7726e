package org.cairn.lti.launch;

import com.nimbusds.jose.jwk.RSAKey;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.cairn.testing.CairnServer;

/**
 * An LTI platform in the test JVM, on http://127.0.0.1:PORT (another site than Cairn on localhost): serves its
 * JWKS, an OIDC authorization endpoint that answers with the auto-submitting form post of a signed id_token, and
 * a course page framing Cairn's login URL. Registration and deployment rows are seeded over JDBC.
 */
public final class TestPlatform implements AutoCloseable {

    private final HttpServer server;
    private final String issuer;
    private final String clientId;
    private final AtomicReference<RSAKey> signingKey = new AtomicReference<>(TestTokens.rsaKey("k-" + UUID.randomUUID()));
    private final AtomicReference<String> jwks = new AtomicReference<>();
    private final AtomicInteger jwksFetches = new AtomicInteger();
    private volatile Function<Map<String, String>, Map<String, Object>> claimsForAuth;
    private volatile URI frameUrl;
    public final UUID registrationId = UUID.randomUUID();
    public final String deploymentId = "dep-" + UUID.randomUUID();

    public TestPlatform(String name) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/" + name;
        clientId = name + "-client-" + UUID.randomUUID();
        jwks.set(TestTokens.publicJwks(signingKey.get()));
        server.createContext("/jwks", exchange -> {
            jwksFetches.incrementAndGet();
            respond(exchange, 200, "application/json", jwks.get());
        });
        server.createContext("/auth", this::authorize);
        server.createContext("/course", exchange -> respond(exchange, 200, "text/html; charset=utf-8",
                "<!DOCTYPE html><html lang=\"en\"><head><title>Test LMS course</title></head><body><main>"
                        + "<h1>Test LMS</h1><iframe id=\"tool\" title=\"Cairn\" width=\"1000\" height=\"700\" src=\""
                        + frameUrl + "\"></iframe></main></body></html>"));
        server.start();
    }

    public String issuer() {
        return issuer;
    }

    public String clientId() {
        return clientId;
    }

    public URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    public RSAKey key() {
        return signingKey.get();
    }

    public int jwksFetches() {
        return jwksFetches.get();
    }

    /** Switches to a new key (new kid), publishing both as platforms do while rotating. */
    public RSAKey rotate() {
        RSAKey old = signingKey.get();
        RSAKey next = TestTokens.rsaKey("k-" + UUID.randomUUID());
        jwks.set(TestTokens.publicJwks(old, next));
        signingKey.set(next);
        return next;
    }

    public void onAuthorize(Function<Map<String, String>, Map<String, Object>> claims) {
        this.claimsForAuth = claims;
    }

    public void frame(URI url) {
        this.frameUrl = url;
    }

    public Map<String, Object> claims(String nonce, String role) {
        Map<String, Object> claims = TestTokens.resourceLinkClaims(issuer, clientId, deploymentId, nonce, Instant.now());
        claims.put(TestTokens.LTI + "roles", java.util.List.of(role));
        return claims;
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        Map<String, Object> claims = claimsForAuth.apply(query);
        String token = TestTokens.sign(claims, signingKey.get());
        String html = "<!DOCTYPE html><html lang=\"en\"><head><title>Signing in</title></head><body>"
                + "<form id=\"f\" method=\"post\" action=\"" + query.get("redirect_uri") + "\">"
                + "<input type=\"hidden\" name=\"id_token\" value=\"" + token + "\">"
                + "<input type=\"hidden\" name=\"state\" value=\"" + query.get("state") + "\"></form>"
                + "<script>document.getElementById('f').submit();</script></body></html>";
        respond(exchange, 200, "text/html; charset=utf-8", html);
    }

    public static Map<String, String> query(String raw) {
        Map<String, String> values = new LinkedHashMap<>();
        if (raw == null) return values;
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            values.put(key, value);
        }
        return values;
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    /** Inserts the registration (and, unless null, an ACTIVE deployment) straight into Cairn's database. */
    public TestPlatform seed(CairnServer cairn, String status, String policy, boolean withDeployment) {
        try (Connection c = cairn.database().connect()) {
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO registration (id, issuer, client_id, name, "
                    + "platform_family, authorization_endpoint, token_endpoint, token_audience, jwks_uri, "
                    + "allowed_algorithms, status, unknown_deployment_policy, source, created_at, updated_at, version) "
                    + "VALUES (?, ?, ?, ?, 'other', ?, NULL, NULL, ?, 'RS256', ?, ?, 'MANUAL', ?, ?, 0)")) {
                insert.setObject(1, registrationId);
                insert.setString(2, issuer);
                insert.setString(3, clientId);
                insert.setString(4, "Test LMS " + clientId);
                insert.setString(5, url("/auth").toString());
                insert.setString(6, url("/jwks").toString());
                insert.setString(7, status);
                insert.setString(8, policy);
                insert.setTimestamp(9, now);
                insert.setTimestamp(10, now);
                insert.executeUpdate();
            }
            if (withDeployment) {
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO deployment (id, registration_id, "
                        + "deployment_id, label, status, created_by, created_at, updated_at, version) "
                        + "VALUES (?, ?, ?, NULL, 'ACTIVE', 'OPERATOR', ?, ?, 0)")) {
                    insert.setObject(1, UUID.randomUUID());
                    insert.setObject(2, registrationId);
                    insert.setString(3, deploymentId);
                    insert.setTimestamp(4, now);
                    insert.setTimestamp(5, now);
                    insert.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
