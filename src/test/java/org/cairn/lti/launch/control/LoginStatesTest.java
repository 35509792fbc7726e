package org.cairn.lti.launch.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.cairn.lti.launch.entity.LoginState;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Login states, used nonces and housekeeping against the real migrations on an in-memory H2. */
class LoginStatesTest {

    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private final LoginStates states = new LoginStates();
    private final UUID registration = UUID.randomUUID();

    @BeforeEach
    void database() throws SQLException {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        states.dataSource = dataSource;
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO registration (id, issuer, client_id, name, platform_family, authorization_endpoint, "
                        + "jwks_uri, allowed_algorithms, status, unknown_deployment_policy, source, created_at, "
                        + "updated_at, version) VALUES (?, 'https://lms', 'c', 'LMS', 'other', 'https://lms/auth', "
                        + "'https://lms/jwks', 'RS256', 'ACTIVE', 'REFUSE', 'MANUAL', ?, ?, 0)")) {
            insert.setObject(1, registration);
            insert.setTimestamp(2, Timestamp.from(NOW));
            insert.setTimestamp(3, Timestamp.from(NOW));
            insert.executeUpdate();
        }
    }

    private LoginState state(String id, Instant expires) {
        return new LoginState(id, "nonce-" + id, BrowserBinding.hash("b"), registration, null,
                URI.create("https://cairn/lti/launch"), null, "https://lms", "c", "hint", null, expires);
    }

    private static UsedNonces.Use nonce(String issuer, String nonce, Instant until) {
        return new UsedNonces.Use(issuer, nonce, until);
    }

    @Test
    void aStateIsSpentExactlyOnce() {
        states.save(state("s1", NOW.plusSeconds(600)));
        assertThat(states.peek("s1")).get().extracting(LoginState::nonce).isEqualTo("nonce-s1");
        assertThat(states.spend("s1", nonce("https://lms", "nonce-s1", NOW.plusSeconds(60)))).isTrue();
        assertThat(states.spend("s1", null)).isFalse();
        assertThat(states.peek("s1")).isEmpty();
    }

    @Test
    void aNonceIsRememberedOnceAndAStateAlreadySpentRemembersNothing() {
        states.save(state("s1", NOW.plusSeconds(600)));
        states.save(state("s2", NOW.plusSeconds(600)));
        states.save(state("s3", NOW.plusSeconds(600)));
        assertThat(states.spend("s1", nonce("https://lms", "n1", NOW.plusSeconds(60)))).isTrue();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> states.spend("s2", nonce("https://lms", "n1", NOW)))
                .isInstanceOf(UsedNonces.AlreadyUsed.class);
        assertThat(states.spend("s3", nonce("https://other", "n1", NOW.plusSeconds(60)))).isTrue();
        assertThat(states.spend("s1", nonce("https://lms", "n2", NOW.plusSeconds(60)))).isFalse();
        assertThat(states.purgeExpired("lti_used_nonce", "issuer, nonce", NOW.plusSeconds(3600), 10)).isEqualTo(2);
    }

    @Test
    void housekeepingDeletesOnlyExpiredRowsInBoundedBatches() {
        for (int i = 0; i < 5; i++) states.save(state("old" + i, NOW.minusSeconds(10 + i)));
        states.save(state("live", NOW.plusSeconds(600)));
        states.save(state("n-old", NOW.plusSeconds(600)));
        states.save(state("n-live", NOW.plusSeconds(600)));
        states.spend("n-old", nonce("https://lms", "old", NOW.minusSeconds(1)));
        states.spend("n-live", nonce("https://lms", "live", NOW.plusSeconds(60)));
        assertThat(states.purgeExpired("lti_login_state", "state", NOW, 3)).isEqualTo(3);
        assertThat(states.purgeExpired("lti_login_state", "state", NOW, 3)).isEqualTo(2);
        assertThat(states.purgeExpired("lti_login_state", "state", NOW, 3)).isZero();
        assertThat(states.peek("live")).isPresent();
        assertThat(states.purgeExpired("lti_used_nonce", "issuer, nonce", NOW, 3)).isEqualTo(1);
        assertThat(states.purgeExpired("course_session", "id", NOW, 3)).isZero();
    }
}
