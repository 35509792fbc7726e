package org.cairn.sandbox.control;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cairn.sandbox.entity.Tool;

/** Tools registered with the sandbox and the one-time registration tokens that let a tool register. */
@ApplicationScoped
public class Tools {

    static final Duration REGISTRATION_TOKEN_LIFETIME = Duration.ofHours(1);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    SandboxTables tables;

    @Inject
    Clock clock;

    public Optional<Tool> byClientId(String clientId) {
        if (clientId == null) return Optional.empty();
        return tables.one("SELECT * FROM sandbox_tool WHERE client_id = ?", Tools::tool, clientId);
    }

    /** The tool the demo course launches: the most recently registered one. */
    public Optional<Tool> current() {
        return tables.one("SELECT * FROM sandbox_tool ORDER BY created_at DESC", Tools::tool);
    }

    public List<Tool> all() {
        return tables.query("SELECT * FROM sandbox_tool ORDER BY created_at DESC", Tools::tool);
    }

    public void add(Tool tool, Object registrationBody) {
        String body;
        try {
            body = JSON.writeValueAsString(registrationBody);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("registration body is not serializable", e);
        }
        tables.update("INSERT INTO sandbox_tool (client_id, deployment_id, client_name, redirect_uris, "
                        + "initiate_login_uri, jwks_uri, target_link_uri, scopes, registration, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                tool.clientId(), tool.deploymentId(), tool.name(), String.join("\n", tool.redirectUris()),
                tool.initiateLoginUri().toString(), tool.jwksUri().toString(), tool.targetLinkUri().toString(),
                String.join(" ", tool.scopes()), body, clock.instant());
    }

    /** A fresh one-time registration token (returned once; only its hash is stored). */
    public String issueRegistrationToken(String purpose) {
        String token = Secrets.token();
        Instant now = clock.instant();
        tables.update("INSERT INTO sandbox_registration_token (token_hash, purpose, created_at, expires_at) "
                + "VALUES (?, ?, ?, ?)", Secrets.hash(token), purpose, now, now.plus(REGISTRATION_TOKEN_LIFETIME));
        return token;
    }

    /**
     * Spends a registration token: true only for a known, unexpired, unused token, and only once even when
     * two registrations race (the UPDATE's condition is the lock).
     */
    public boolean spendRegistrationToken(String token, String clientId) {
        if (token == null || token.isBlank()) return false;
        return tables.update("UPDATE sandbox_registration_token SET used_at = ?, client_id = ? "
                        + "WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?",
                clock.instant(), clientId, Secrets.hash(token), clock.instant()) == 1;
    }

    private static Tool tool(ResultSet row) throws SQLException {
        Set<String> scopes = new LinkedHashSet<>(Arrays.stream(row.getString("scopes").split(" "))
                .filter(s -> !s.isBlank()).toList());
        return new Tool(row.getString("client_id"), row.getString("deployment_id"), row.getString("client_name"),
                Arrays.stream(row.getString("redirect_uris").split("\n")).filter(s -> !s.isBlank()).toList(),
                URI.create(row.getString("initiate_login_uri")), URI.create(row.getString("jwks_uri")),
                URI.create(row.getString("target_link_uri")), scopes);
    }
}
