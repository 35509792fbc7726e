package org.cairn.sandbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** OAuth 2.0 bearer tokens the token endpoint issued (hashed), and the client assertion ids already used. */
@ApplicationScoped
public class AccessTokens implements ClientAssertions.JtiLedger {

    public static final Duration LIFETIME = Duration.ofHours(1);

    @Inject
    SandboxTables tables;

    @Inject
    Clock clock;

    public record Grant(String clientId, Set<String> scopes) {
    }

    public String issue(String clientId, Set<String> scopes) {
        String token = Secrets.token();
        tables.update("INSERT INTO sandbox_access_token (token_hash, client_id, scopes, expires_at) VALUES (?, ?, ?, ?)",
                Secrets.hash(token), clientId, String.join(" ", scopes), clock.instant().plus(LIFETIME));
        return token;
    }

    public Optional<Grant> grant(String token) {
        if (token == null || token.isBlank()) return Optional.empty();
        return tables.one("SELECT client_id, scopes FROM sandbox_access_token WHERE token_hash = ? AND expires_at > ?",
                row -> new Grant(row.getString("client_id"), Arrays.stream(row.getString("scopes").split(" "))
                        .filter(s -> !s.isBlank()).collect(Collectors.toSet())),
                Secrets.hash(token), clock.instant());
    }

    /** RFC 7523 §3 item 7: remembers a jti until its token expires; false when it was already used. */
    @Override
    public boolean firstUse(String clientId, String jti, Instant expiresAt) {
        tables.update("DELETE FROM sandbox_used_jti WHERE expires_at < ?", clock.instant().minus(Duration.ofMinutes(10)));
        return tables.insertUnique("INSERT INTO sandbox_used_jti (client_id, jti, expires_at) VALUES (?, ?, ?)",
                clientId, jti, expiresAt);
    }
}
