package org.cairn.lti.registration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An LTI platform's Dynamic Registration side inside the test JVM: it serves an OpenID configuration (Canvas's
 * documented one, with its endpoints rewritten to this server) and a registration endpoint that records what
 * Cairn sent and answers with a client id and a deployment id, as Canvas does.
 */
final class TestPlatform implements AutoCloseable {

    record Received(String authorization, JsonNode body) {
    }

    private final HttpServer server;
    private final String host;
    private final String prefix = "/lms-" + UUID.randomUUID().toString().substring(0, 8);
    final List<Received> registrations = new CopyOnWriteArrayList<>();
    final List<String> configurationAuthorizations = new CopyOnWriteArrayList<>();

    String clientId = "client-" + UUID.randomUUID().toString().substring(0, 8);
    String deploymentId = "deployment-" + UUID.randomUUID().toString().substring(0, 8);
    String issuerOverride;
    int extraConfigurationBytes;
    int registrationStatus = 200;
    String registrationError;

    /** A platform reached at http://{host}:{port}; host is 127.0.0.1 or localhost (both are this loopback server). */
    TestPlatform(String host) {
        this.host = host;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext(prefix + "/openid-configuration", this::configuration);
        server.createContext(prefix + "/registrations", this::register);
        server.start();
    }

    String base() {
        return "http://" + host + ":" + server.getAddress().getPort() + prefix;
    }

    String issuer() {
        return base();
    }

    String configurationUrl() {
        return base() + "/openid-configuration";
    }

    private void configuration(HttpExchange exchange) throws IOException {
        configurationAuthorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
        ObjectNode config = Fixtures.lti("canvas_dynreg_openid_configuration.json").deepCopy();
        config.put("issuer", issuerOverride != null ? issuerOverride : issuer());
        config.put("authorization_endpoint", base() + "/api/lti/authorize_redirect");
        config.put("registration_endpoint", base() + "/registrations");
        config.put("jwks_uri", base() + "/login/oauth2/jwks");
        config.put("token_endpoint", base() + "/login/oauth2/token");
        ((ObjectNode) config.get("https://purl.imsglobal.org/spec/lti-platform-configuration"))
                .put("https://canvas.instructure.com/lti/account_name", "Test University " + prefix);
        if (extraConfigurationBytes > 0) {
            config.put("padding", "x".repeat(extraConfigurationBytes));
        }
        answer(exchange, 200, config.toString());
    }

    private void register(HttpExchange exchange) throws IOException {
        JsonNode body = Fixtures.JSON.readTree(exchange.getRequestBody());
        registrations.add(new Received(exchange.getRequestHeaders().getFirst("Authorization"), body));
        if (registrationStatus != 200) {
            answer(exchange, registrationStatus, "{\"error\":\"invalid_client_metadata\",\"error_description\":\""
                    + registrationError + "\"}");
            return;
        }
        ObjectNode answer = ((ObjectNode) body).deepCopy();
        answer.put("client_id", clientId);
        ((ObjectNode) answer.get("https://purl.imsglobal.org/spec/lti-tool-configuration")).put("deployment_id", deploymentId);
        answer(exchange, 200, answer.toString());
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
