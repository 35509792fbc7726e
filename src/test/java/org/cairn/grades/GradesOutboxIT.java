package org.cairn.grades;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.cairn.grades.control.ScoreOutbox;
import org.cairn.grades.entity.ClaimedDelivery;
import org.cairn.grades.entity.LineItemKind;
import org.cairn.grades.entity.LineItemSpec;
import org.cairn.grades.entity.Score;
import org.cairn.tenancy.tokens.FakePlatform;
import org.cairn.tenancy.tokens.FakePlatform.Answer;
import org.cairn.testing.CairnServer;
import org.junit.jupiter.api.Test;

/**
 * The V7 schema and the outbox's SQL on the database Cairn really runs on (H2 with AUTO_SERVER, or PostgreSQL),
 * and the worker inside the deployed WAR picking up a score written straight into the outbox.
 */
class GradesOutboxIT {

    private final CairnServer cairn = CairnServer.shared();
    private final ScoreOutbox outbox = new ScoreOutbox();

    private UUID registration(Connection connection, URI tokenEndpoint) throws SQLException {
        UUID id = UUID.randomUUID();
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO registration (id, issuer, client_id, name, platform_family, authorization_endpoint, token_endpoint,
                    jwks_uri, allowed_algorithms, status, unknown_deployment_policy, source, created_at, updated_at, version)
                VALUES (?, ?, 'cairn-client', 'Grades IT', 'other', 'https://lms.example/auth', ?, 'https://lms.example/jwks',
                    'RS256', 'ACTIVE', 'REFUSE', 'MANUAL', ?, ?, 0)""")) {
            insert.setObject(1, id);
            insert.setString(2, "https://grades-it.example/" + id);
            insert.setString(3, tokenEndpoint.toString());
            insert.setObject(4, Instant.now().atOffset(ZoneOffset.UTC));
            insert.setObject(5, Instant.now().atOffset(ZoneOffset.UTC));
            insert.executeUpdate();
        }
        return id;
    }

    private String status(UUID delivery, String column) throws SQLException {
        try (Connection connection = cairn.database().connect();
             PreparedStatement select = connection.prepareStatement("SELECT " + column + " FROM score_delivery WHERE id = ?")) {
            select.setObject(1, delivery);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    @Test
    void theOutboxTablesExist() throws SQLException {
        try (Connection connection = cairn.database().connect();
             ResultSet rows = connection.createStatement().executeQuery(
                     "SELECT COUNT(*) FROM score_delivery d JOIN line_item l ON l.id = d.line_item_id")) {
            assertThat(rows.next()).isTrue();
        }
    }

    @Test
    void theWorkerInCairnPicksUpAScoreFromTheOutbox() throws Exception {
        try (FakePlatform platform = new FakePlatform()) {
            platform.answer("/items/7/scores", Answer.status(204, ""));
            UUID delivery;
            try (Connection connection = cairn.database().connect()) {
                UUID registration = registration(connection, platform.uri("/token"));
                UUID lineItem = outbox.lineItem(connection, new LineItemSpec(registration, UUID.randomUUID(), LineItemKind.PERIOD,
                        UUID.randomUUID(), "Term 1", 4, Optional.empty(), Optional.of(platform.uri("/items/7"))), Instant.now());
                delivery = outbox.enqueue(connection, lineItem, new Score("student-sub", 3, 4, null, Instant.now()), Instant.now());
            }

            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                    .until(() -> Set.of("DELIVERED", "NEEDS_ATTENTION").contains(status(delivery, "status")));

            if ("DELIVERED".equals(status(delivery, "status"))) {
                // With a tool key bound, the score reaches the platform.
                assertThat(platform.received("/items/7/scores")).singleElement()
                        .satisfies(r -> assertThat(r.body()).contains("\"userId\":\"student-sub\""));
            } else {
                // On a branch without a tool key the worker explains why in words, once, without retrying.
                assertThat(org.cairn.infra.i18n.PhraseText.read(status(delivery, "last_error_phrase")).english())
                        .contains("tool key");
                assertThat(status(delivery, "attempts")).isEqualTo("1");
                assertThat(platform.received("/items/7/scores")).isEmpty();
            }
        }
    }

    @Test
    void twoClaimersSkipEachOthersRows() throws Exception {
        // Due only "in 2100", so the worker inside Cairn leaves them alone; both claims are rolled back at the end.
        Instant future = Instant.parse("2100-01-01T00:00:00Z");
        List<UUID> ours = new ArrayList<>();
        try (Connection connection = cairn.database().connect()) {
            UUID registration = registration(connection, URI.create("https://lms.example/token"));
            UUID lineItem = outbox.lineItem(connection, new LineItemSpec(registration, UUID.randomUUID(), LineItemKind.STANDARD,
                    UUID.randomUUID(), "Fractions", 4, Optional.of(URI.create("https://lms.example/items")), Optional.empty()), future);
            for (int i = 0; i < 5; i++) {
                ours.add(outbox.enqueue(connection, lineItem, new Score("student-" + i, 1, 4, null, future), future));
            }
        }
        try (Connection first = cairn.database().connect(); Connection second = cairn.database().connect()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            try {
                List<ClaimedDelivery> one = outbox.claim(first, "it-node-1", future, Duration.ofMinutes(2), 2);
                List<ClaimedDelivery> other = outbox.claim(second, "it-node-2", future, Duration.ofMinutes(2), 10_000);

                Set<UUID> firstIds = new HashSet<>(one.stream().map(ClaimedDelivery::id).toList());
                Set<UUID> secondIds = new HashSet<>(other.stream().map(ClaimedDelivery::id).toList());
                assertThat(one).hasSize(2);
                assertThat(firstIds).doesNotContainAnyElementsOf(secondIds);
                Set<UUID> all = new HashSet<>(firstIds);
                all.addAll(secondIds);
                assertThat(all).containsAll(ours);
            } finally {
                first.rollback();
                second.rollback();
            }
        }
    }
}
