package org.cairn.sandbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Registers Cairn with the sandbox the way an LMS admin clicking "Register" would: a one-time registration
 * token, then Cairn's Dynamic Registration form (POST /lti/register) over real HTTP, after which Cairn fetches
 * the sandbox's OpenID configuration and registers itself at the sandbox's registration endpoint.
 */
@ApplicationScoped
public class SelfRegistration {

    private static final Logger LOG = Logger.getLogger(SelfRegistration.class.getName());
    private static final String ROW = "cairn";

    public enum Outcome { REGISTERED, CAIRN_UNREACHABLE, REFUSED }

    /** The last attempt's result, as the admin page shows it. */
    public record Status(String status, String detail, int attempts, String clientId, Instant updatedAt) {
    }

    @Inject
    SandboxTables tables;

    @Inject
    Tools tools;

    @Inject
    Clock clock;

    public Optional<Status> status() {
        return tables.one("SELECT * FROM sandbox_self_registration WHERE id = ?", row -> new Status(
                row.getString("status"), row.getString("detail"), row.getInt("attempts"), row.getString("client_id"),
                SandboxTables.instant(row, "updated_at")), ROW);
    }

    /** Whether Cairn already registered and the sandbox still holds that tool (nothing to do on this start). */
    public boolean done() {
        return status().filter(s -> Outcome.REGISTERED.name().equals(s.status()))
                .map(Status::clientId).flatMap(tools::byClientId).isPresent();
    }

    public Optional<String> clientId() {
        return status().filter(s -> Outcome.REGISTERED.name().equals(s.status())).map(Status::clientId);
    }

    public Outcome attempt(URI cairn, URI openidConfiguration, String installationCode, int attempt) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        try {
            // Any HTTP answer means Cairn is up; the welcome page may redirect here, which is fine.
            http.send(HttpRequest.newBuilder(URI.create(cairn + "/health/ready")).timeout(Duration.ofSeconds(5))
                    .build(), HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            save(Outcome.CAIRN_UNREACHABLE, "Cairn does not answer at " + cairn + " yet", attempt, null);
            return Outcome.CAIRN_UNREACHABLE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.CAIRN_UNREACHABLE;
        }
        String token = tools.issueRegistrationToken("cairn-self-registration");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("openid_configuration", openidConfiguration.toString());
        form.put("registration_token", token);
        if (installationCode != null && !installationCode.isBlank()) form.put("installation_code", installationCode);
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(cairn + "/lti/register"))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "text/html")
                    .POST(HttpRequest.BodyPublishers.ofString(encode(form))).build(), HttpResponse.BodyHandlers.ofString());
            Optional<String> clientId = tables.one("SELECT client_id FROM sandbox_registration_token WHERE token_hash = ?",
                    row -> row.getString("client_id"), Secrets.hash(token)).filter(id -> id != null);
            if (answer.statusCode() < 400 && clientId.isPresent()) {
                save(Outcome.REGISTERED, "Cairn registered as client id " + clientId.get() + " (HTTP "
                        + answer.statusCode() + ")", attempt, clientId.get());
                return Outcome.REGISTERED;
            }
            save(Outcome.REFUSED, "POST " + cairn + "/lti/register answered HTTP " + answer.statusCode()
                    + (clientId.isPresent() ? "" : " and Cairn did not register with the sandbox"), attempt, null);
            return Outcome.REFUSED;
        } catch (IOException e) {
            save(Outcome.CAIRN_UNREACHABLE, "POST " + cairn + "/lti/register failed: " + e.getMessage(), attempt, null);
            return Outcome.CAIRN_UNREACHABLE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.CAIRN_UNREACHABLE;
        }
    }

    void save(Outcome outcome, String detail, int attempts, String clientId) {
        LOG.info(() -> "Sandbox self-registration attempt " + attempts + ": " + outcome + " (" + detail + ")");
        Instant now = clock.instant();
        if (tables.update("UPDATE sandbox_self_registration SET status = ?, detail = ?, attempts = ?, client_id = ?, "
                + "updated_at = ? WHERE id = ?", outcome.name(), detail, attempts, clientId, now, ROW) == 0) {
            tables.insertUnique("INSERT INTO sandbox_self_registration (id, status, detail, attempts, client_id, "
                    + "updated_at) VALUES (?, ?, ?, ?, ?, ?)", ROW, outcome.name(), detail, attempts, clientId, now);
        }
    }

    private static String encode(Map<String, String> form) {
        StringBuilder body = new StringBuilder();
        form.forEach((k, v) -> {
            if (body.length() > 0) body.append('&');
            body.append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
        });
        return body.toString();
    }
}
