package org.cairn.grades.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cairn.infra.i18n.Phrase;
import org.cairn.infra.i18n.Messages;
import org.cairn.grades.entity.ClaimedDelivery;
import org.cairn.grades.entity.DeliveryCounts;
import org.cairn.grades.entity.DeliveryStatus;
import org.cairn.grades.entity.LineItemKind;
import org.cairn.grades.entity.LineItemSpec;
import org.cairn.grades.entity.Score;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ScoreOutboxTest {

    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(2);

    private final OutboxDatabase database = new OutboxDatabase();
    private final ScoreOutbox outbox = new ScoreOutbox();
    private final UUID registration = database.registration(URI.create("https://lms.example/token"));
    private final UUID course = UUID.randomUUID();
    private final UUID lineItem = lineItem(UUID.randomUUID());

    ScoreOutboxTest() throws Exception {
    }

    @AfterEach
    void close() throws Exception {
        database.close();
    }

    private UUID lineItem(UUID standard) {
        return database.inNewTransaction(c -> outbox.lineItem(c, new LineItemSpec(registration, course, LineItemKind.STANDARD,
                standard, "Fractions", 4, Optional.of(URI.create("https://lms.example/courses/1/line_items")), Optional.empty()), NOW));
    }

    private UUID enqueue(String user, double given, Instant timestamp) {
        return database.inNewTransaction(c -> outbox.enqueue(c, lineItem, new Score(user, given, 4, null, timestamp), NOW));
    }

    private List<ClaimedDelivery> claim(String node, Instant at) {
        return database.inNewTransaction(c -> outbox.claim(c, node, at, LEASE, 10));
    }

    private DeliveryStatus status(UUID id) {
        return database.inNewTransaction(c -> outbox.status(c, id)).orElseThrow();
    }

    private Instant timestamp(UUID id) {
        return database.inNewTransaction(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT score_timestamp FROM score_delivery WHERE id = ?")) {
                select.setObject(1, id);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    return row.getObject(1, OffsetDateTime.class).toInstant();
                }
            }
        });
    }

    private boolean delivered(UUID id, String node, Instant at) {
        Boolean done = database.inNewTransaction(c -> outbox.delivered(c, id, node, at));
        return done;
    }

    private Optional<DeliveryStatus> retry(UUID id, Instant at) {
        Optional<DeliveryStatus> status = database.inNewTransaction(c -> outbox.retry(c, id, at));
        return status;
    }

    private List<org.cairn.grades.entity.DeliveryAttention> attention() {
        List<org.cairn.grades.entity.DeliveryAttention> list = database.inNewTransaction(c -> outbox.needingAttention(c, lineItem));
        return list;
    }

    @Test
    void findsTheSameLineItemAgainForTheSameSubject() {
        UUID standard = UUID.randomUUID();

        assertThat(lineItem(standard)).isEqualTo(lineItem(standard)).isNotEqualTo(lineItem);
    }

    @Test
    void timestampsAreStrictlyIncreasingPerLineItemAndStudentAtMillisecondPrecision() {
        UUID first = enqueue("ana", 1, NOW.plusNanos(123_456_789));
        UUID same = enqueue("ana", 2, NOW.plusNanos(123_456_789));
        UUID older = enqueue("ana", 3, NOW.minusSeconds(10));
        UUID otherStudent = enqueue("ben", 3, NOW);

        assertThat(timestamp(first)).isEqualTo(NOW.plusMillis(123));
        assertThat(timestamp(same)).isEqualTo(NOW.plusMillis(124));
        assertThat(timestamp(older)).isEqualTo(NOW.plusMillis(125));
        assertThat(timestamp(otherStudent)).isEqualTo(NOW);
    }

    @Test
    void aScoreEnqueuedInATransactionThatRollsBackIsGone() throws Exception {
        try (Connection connection = database.connect()) {
            connection.setAutoCommit(false);
            outbox.enqueue(connection, lineItem, new Score("ana", 1, 4, null, NOW), NOW);
            connection.rollback();
        }

        assertThat(claim("node-1", NOW)).isEmpty();
    }

    @Test
    void onlyTheNewestPendingScoreIsSentAndTheOlderAreSuperseded() {
        UUID first = enqueue("ana", 1, NOW);
        UUID second = enqueue("ana", 2, NOW.plusSeconds(1));
        UUID third = enqueue("ana", 3, NOW.plusSeconds(2));

        List<ClaimedDelivery> claimed = claim("node-1", NOW.plusSeconds(3));

        assertThat(claimed).extracting(ClaimedDelivery::id).containsExactly(third);
        assertThat(claimed.get(0).score().scoreGiven()).isEqualTo(3.0);
        assertThat(status(first)).isEqualTo(DeliveryStatus.SUPERSEDED);
        assertThat(status(second)).isEqualTo(DeliveryStatus.SUPERSEDED);
        assertThat(status(third)).isEqualTo(DeliveryStatus.IN_FLIGHT);
    }

    @Test
    void claimsCarryWhatDeliveryNeeds() {
        enqueue("ana", 3, NOW);

        ClaimedDelivery claimed = claim("node-1", NOW).get(0);

        assertThat(claimed.registrationId()).isEqualTo(registration);
        assertThat(claimed.lineItemUrl()).isEmpty();
        assertThat(claimed.lineItemsUrl()).contains(URI.create("https://lms.example/courses/1/line_items"));
        assertThat(claimed.lineItem().tag()).isEqualTo("cairn-standard");
        assertThat(claimed.lineItem().resourceId()).startsWith("cairn:standard:");
        assertThat(claimed.score().timestamp()).isEqualTo(NOW);
    }

    @Test
    void workNotYetDueIsNotClaimed() {
        enqueue("ana", 3, NOW);

        assertThat(claim("node-1", NOW.minusMillis(1))).isEmpty();
    }

    @Test
    void aNewerScoreWaitsWhileAnOlderOneIsInFlight() {
        UUID older = enqueue("ana", 1, NOW);
        assertThat(claim("node-1", NOW)).hasSize(1);
        UUID newer = enqueue("ana", 2, NOW.plusSeconds(1));

        assertThat(claim("node-2", NOW.plusSeconds(1))).isEmpty();

        assertThat(delivered(older, "node-1", NOW.plusSeconds(2))).isTrue();
        assertThat(claim("node-2", NOW.plusSeconds(2))).extracting(ClaimedDelivery::id).containsExactly(newer);
    }

    @Test
    void workHeldByANodeThatDiedIsDueAgainWhenItsLeaseRunsOut() {
        UUID id = enqueue("ana", 1, NOW);
        assertThat(claim("node-1", NOW)).hasSize(1);

        assertThat(claim("node-2", NOW.plus(LEASE))).isEmpty();
        assertThat(claim("node-2", NOW.plus(LEASE).plusMillis(1))).extracting(ClaimedDelivery::id).containsExactly(id);
        assertThat(delivered(id, "node-1", NOW.plus(LEASE))).isFalse();
        assertThat(delivered(id, "node-2", NOW.plus(LEASE))).isTrue();
    }

    @Test
    void concurrentClaimersSkipEachOthersRows() throws Exception {
        for (int i = 0; i < 5; i++) enqueue("student-" + i, 1, NOW);
        try (Connection first = database.connect(); Connection second = database.connect()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            List<ClaimedDelivery> one = outbox.claim(first, "node-1", NOW, LEASE, 2);
            List<ClaimedDelivery> other = outbox.claim(second, "node-2", NOW, LEASE, 10);
            first.commit();
            second.commit();

            assertThat(one).hasSize(2);
            assertThat(other).hasSize(3);
            assertThat(other).extracting(ClaimedDelivery::id).doesNotContainAnyElementsOf(one.stream().map(ClaimedDelivery::id).toList());
        }
    }

    @Test
    void aDueRowThatCannotBeFoundByItsIdIsSkippedAndTheRestAreStillClaimed() {
        UUID real = enqueue("ana", 1, NOW);
        UUID unreadable = UUID.randomUUID();

        List<ClaimedDelivery> claimed = database.inNewTransaction(
                c -> outbox.claimEach(c, List.of(unreadable, real), "node-1", NOW, LEASE));

        assertThat(claimed).extracting(ClaimedDelivery::id).containsExactly(real);
        assertThat(status(real)).isEqualTo(DeliveryStatus.IN_FLIGHT);
    }

    @Test
    void aFailureSchedulesTheNextAttemptAndCountsIt() {
        UUID id = enqueue("ana", 1, NOW);
        claim("node-1", NOW);

        database.inNewTransaction(c -> outbox.failed(c, id, "node-1", NOW,
                new DeliveryPolicy.Decision(DeliveryStatus.PENDING, NOW.plusSeconds(30)),
                Phrase.of("tenancy.problem.lmsFailed", "POST", "https://lms.example/scores", "503")));

        assertThat(claim("node-1", NOW.plusSeconds(29))).isEmpty();
        ClaimedDelivery again = claim("node-1", NOW.plusSeconds(30)).get(0);
        assertThat(again.attempts()).isEqualTo(1);
        assertThat(again.firstFailureAt()).contains(NOW);
    }

    @Test
    void aDeliveryThatNeedsAttentionCanBeRetried() {
        UUID id = enqueue("ana", 1, NOW);
        claim("node-1", NOW);
        database.inNewTransaction(c -> outbox.failed(c, id, "node-1", NOW,
                new DeliveryPolicy.Decision(DeliveryStatus.NEEDS_ATTENTION, NOW), Phrase.of("tenancy.problem.lmsSaid",
                        Phrase.of("tenancy.problem.lmsRefused", "POST", "https://lms.example/scores", "400"),
                        "{\"error\": \"unknown user\"}")));
        assertThat(claim("node-1", NOW.plusSeconds(60))).isEmpty();
        assertThat(attention()).singleElement().satisfies(a -> {
            assertThat(a.lastError().english()).isEqualTo("POST https://lms.example/scores: the LMS refused the request "
                    + "with HTTP 400: {\"error\": \"unknown user\"}");
            assertThat(a.lastError().in(Messages.SPANISH)).isEqualTo("POST https://lms.example/scores: el LMS rechazó "
                    + "la solicitud con HTTP 400: {\"error\": \"unknown user\"}");
        });

        assertThat(retry(id, NOW.plusSeconds(60))).contains(DeliveryStatus.PENDING);

        ClaimedDelivery again = claim("node-1", NOW.plusSeconds(60)).get(0);
        assertThat(again.firstFailureAt()).isEmpty();
    }

    @Test
    void anErrorRecordedBeforeItWasAPhraseReadsAsWritten() {
        UUID id = enqueue("ana", 1, NOW);
        claim("node-1", NOW);
        database.inNewTransaction(c -> outbox.failed(c, id, "node-1", NOW,
                new DeliveryPolicy.Decision(DeliveryStatus.NEEDS_ATTENTION, NOW), Phrase.of("grades.server.sendFailed", "X")));
        database.inNewTransaction(c -> {
            try (var update = c.prepareStatement("UPDATE score_delivery SET last_error = 'HTTP 400: unknown user', "
                    + "last_error_phrase = NULL WHERE id = ?")) {
                update.setObject(1, id);
                return update.executeUpdate();
            }
        });

        assertThat(attention()).singleElement()
                .satisfies(a -> assertThat(a.lastError().in(Messages.SPANISH)).isEqualTo("HTTP 400: unknown user"));
    }

    @Test
    void retryingAScoreOvertakenByANewerDeliveredOneSupersedesIt() {
        UUID older = enqueue("ana", 1, NOW);
        claim("node-1", NOW);
        database.inNewTransaction(c -> outbox.failed(c, older, "node-1", NOW,
                new DeliveryPolicy.Decision(DeliveryStatus.NEEDS_ATTENTION, NOW),
                Phrase.of("tenancy.problem.lmsRefused", "POST", "https://lms.example/scores", "400")));
        UUID newer = enqueue("ana", 2, NOW.plusSeconds(1));
        claim("node-1", NOW.plusSeconds(1));
        database.inNewTransaction(c -> outbox.delivered(c, newer, "node-1", NOW.plusSeconds(2)));

        assertThat(retry(older, NOW.plusSeconds(3))).contains(DeliveryStatus.SUPERSEDED);
    }

    @Test
    void countsPerLineItemForTheTeacher() {
        UUID delivered = enqueue("ana", 1, NOW);
        claim("node-1", NOW);
        database.inNewTransaction(c -> outbox.delivered(c, delivered, "node-1", NOW));
        enqueue("ben", 1, NOW);
        enqueue("ben", 2, NOW.plusSeconds(1));
        UUID failing = enqueue("cy", 1, NOW);
        database.inNewTransaction(c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE score_delivery SET status = 'NEEDS_ATTENTION' WHERE id = ?")) {
                update.setObject(1, failing);
                update.executeUpdate();
            }
            return null;
        });

        DeliveryCounts counts = database.inNewTransaction(c -> outbox.counts(c, lineItem));

        assertThat(counts).isEqualTo(new DeliveryCounts(1, 2, 1, 0));
    }

    @Test
    void aBusyRegistrationsClaimIsGivenBackUntouched() {
        UUID id = enqueue("ana", 1, NOW);
        claim("node-1", NOW);

        database.inNewTransaction(c -> {
            outbox.release(c, id, "node-1", NOW.plusSeconds(2));
            return null;
        });

        assertThat(status(id)).isEqualTo(DeliveryStatus.PENDING);
        assertThat(claim("node-1", NOW.plusSeconds(2)).get(0).attempts()).isZero();
    }
}
