package org.cairn.grades.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.cairn.infra.i18n.Messages;
import org.cairn.infra.i18n.PhraseText;
import org.cairn.grades.entity.DeliveryStatus;
import org.cairn.grades.entity.LineItemKind;
import org.cairn.grades.entity.LineItemSpec;
import org.cairn.grades.entity.Score;
import org.cairn.tenancy.tokens.Backoff;
import org.cairn.tenancy.tokens.FakePlatform;
import org.cairn.tenancy.tokens.FakePlatform.Answer;
import org.cairn.tenancy.tokens.ServiceCalls;
import org.cairn.tenancy.tokens.ServiceClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DeliveryWorkerTest {

    private static final String ITEMS = "/courses/1/line_items";
    private static final String SCORES = ITEMS + "/7/scores";

    private final FakePlatform platform = new FakePlatform();
    private final FakePlatform.MutableClock clock = new FakePlatform.MutableClock(Instant.parse("2026-03-02T08:00:00Z"));
    private final OutboxDatabase database = new OutboxDatabase();
    private final ScoreOutbox outbox = new ScoreOutbox();
    private final UUID registration = database.registration(platform.uri("/token"));
    private final ServiceClient client = new ServiceClient(registration, "https://lms.example", "cairn-client", platform.uri("/token"), null);
    private final RegistrationLimits limits = new RegistrationLimits(2);
    private Optional<ServiceClient> known = Optional.of(client);
    private final DeliveryWorker worker = new DeliveryWorker(outbox, database,
            new AgsClient(platform.calls(clock), ServiceCalls.Retries.none(), 10), id -> known,
            new DeliveryPolicy(new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(5), new Random(3)), Duration.ofHours(1)),
            limits, clock, new DeliveryWorker.Settings("node-1", Duration.ofMinutes(2), 10, Duration.ofSeconds(2)), Runnable::run);
    private final UUID standard = UUID.randomUUID();
    private final UUID lineItem = database.inNewTransaction(c -> outbox.lineItem(c, new LineItemSpec(registration, UUID.randomUUID(),
            LineItemKind.STANDARD, standard, "Fractions", 4, Optional.of(platform.uri(ITEMS)), Optional.empty()), clock.instant()));

    DeliveryWorkerTest() throws Exception {
    }

    @AfterEach
    void stop() throws Exception {
        platform.close();
        database.close();
    }

    private UUID enqueue(String user, double given) {
        return database.inNewTransaction(c -> outbox.enqueue(c, lineItem, new Score(user, given, 4, null, clock.instant()), clock.instant()));
    }

    private DeliveryStatus status(UUID id) {
        return database.inNewTransaction(c -> outbox.status(c, id)).orElseThrow();
    }

    /** The delivery's last error as a teacher reading this language sees it. */
    private String lastError(UUID id, java.util.Locale reader) {
        return PhraseText.read(column(id, "last_error_phrase")).in(reader);
    }

    private String column(UUID id, String column) {
        return database.inNewTransaction(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT " + column + " FROM score_delivery WHERE id = ?")) {
                select.setObject(1, id);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    Object value = row.getObject(1);
                    return value instanceof OffsetDateTime time ? time.toInstant().toString() : String.valueOf(value);
                }
            }
        });
    }

    private void lineItemExists() {
        platform.answer(ITEMS, Answer.json("application/vnd.ims.lis.v2.lineitemcontainer+json", "[{\"id\": \""
                + platform.uri(ITEMS + "/7") + "\", \"label\": \"Fractions\", \"scoreMaximum\": 4, \"tag\": \"cairn-standard\", "
                + "\"resourceId\": \"cairn:standard:" + standard + "\"}]"));
    }

    @Test
    void createsTheLineItemOnceAndDeliversTheScore() {
        platform.answer(ITEMS, Answer.json("application/vnd.ims.lis.v2.lineitemcontainer+json", "[]"),
                Answer.json("application/vnd.ims.lis.v2.lineitem+json", "{\"id\": \"" + platform.uri(ITEMS + "/7") + "\", \"label\": \"Fractions\"}"));
        platform.answer(SCORES, Answer.status(204, ""));
        UUID ana = enqueue("ana", 3);
        UUID ben = enqueue("ben", 4);

        assertThat(worker.runOnce()).isEqualTo(2);

        assertThat(status(ana)).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(status(ben)).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(platform.received(SCORES)).hasSize(2);
        assertThat(column(ana, "delivered_at")).isEqualTo("2026-03-02T08:00:00Z");

        enqueue("ana", 4);
        worker.runOnce();
        assertThat(platform.received(ITEMS)).extracting(FakePlatform.Received::method)
                .as("the stored AGS URL is used: no second find or create").containsExactly("GET", "POST");
        assertThat(platform.received(SCORES)).hasSize(3);
    }

    @Test
    void sendsOnlyTheNewestOfSeveralPendingScores() {
        lineItemExists();
        platform.answer(SCORES, Answer.status(200, ""));
        UUID first = enqueue("ana", 1);
        UUID second = enqueue("ana", 2);

        worker.runOnce();

        assertThat(status(first)).isEqualTo(DeliveryStatus.SUPERSEDED);
        assertThat(status(second)).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(platform.received(SCORES)).singleElement().satisfies(r -> assertThat(r.body()).contains("\"scoreGiven\":2.0"));
    }

    @Test
    void aRateLimitIsRescheduledAfterItsRetryAfter() {
        lineItemExists();
        platform.answer(SCORES, Answer.status(429, "").withHeader("Retry-After", "30"));
        UUID id = enqueue("ana", 3);

        worker.runOnce();

        assertThat(status(id)).isEqualTo(DeliveryStatus.PENDING);
        assertThat(column(id, "next_attempt_at")).isEqualTo("2026-03-02T08:00:30Z");
        assertThat(column(id, "attempts")).isEqualTo("1");
        assertThat(lastError(id, Messages.ENGLISH)).contains("rate limiting").contains("30 s");
        assertThat(worker.runOnce()).as("not due before the Retry-After").isZero();
    }

    @Test
    void aRefusalRetryingCannotFixNeedsAttentionAtOnceInWords() {
        lineItemExists();
        platform.answer(SCORES, Answer.status(400, "{\"errors\": [\"User not found in course\"]}"));
        UUID id = enqueue("ana", 3);

        worker.runOnce();

        assertThat(status(id)).isEqualTo(DeliveryStatus.NEEDS_ATTENTION);
        assertThat(lastError(id, Messages.ENGLISH)).contains("the LMS refused the request with HTTP 400")
                .contains("User not found in course");
        // A teacher whose page is Spanish reads Cairn's sentence in Spanish and the LMS's own words as it wrote them.
        assertThat(lastError(id, Messages.SPANISH)).contains("el LMS rechazó la solicitud con HTTP 400")
                .contains("User not found in course");
        assertThat(column(id, "last_error")).isEqualTo("null");
    }

    @Test
    void a401RenewsTheTokenAndDelivers() {
        lineItemExists();
        platform.answer(SCORES, Answer.status(401, ""), Answer.status(204, ""));
        UUID id = enqueue("ana", 3);

        worker.runOnce();

        assertThat(status(id)).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(platform.received(SCORES)).hasSize(2);
    }

    @Test
    void afterAnHourOfFailuresADeliveryNeedsAttention() {
        lineItemExists();
        platform.answer(SCORES, Answer.status(503, "").withHeader("Retry-After", "1800"));
        UUID id = enqueue("ana", 3);

        worker.runOnce();
        clock.advance(Duration.ofMinutes(30));
        worker.runOnce();
        assertThat(status(id)).isEqualTo(DeliveryStatus.PENDING);
        clock.advance(Duration.ofMinutes(30));
        worker.runOnce();

        assertThat(status(id)).isEqualTo(DeliveryStatus.NEEDS_ATTENTION);
        assertThat(column(id, "attempts")).isEqualTo("3");
        assertThat(lastError(id, Messages.ENGLISH)).contains("503");
    }

    @Test
    void aNodeThatDiedMidDeliveryLeavesWorkThatIsDueAfterTheLease() {
        lineItemExists();
        platform.answer(SCORES, Answer.status(204, ""));
        UUID id = enqueue("ana", 3);
        database.inNewTransaction(c -> outbox.claim(c, "node-that-died", clock.instant(), Duration.ofMinutes(2), 10));

        assertThat(worker.runOnce()).isZero();
        clock.advance(Duration.ofMinutes(2).plusMillis(1));
        assertThat(worker.runOnce()).isEqualTo(1);

        assertThat(status(id)).isEqualTo(DeliveryStatus.DELIVERED);
    }

    @Test
    void aRegistrationAtItsConcurrencyLimitGetsItsWorkBackUntouched() {
        lineItemExists();
        platform.answer(SCORES, Answer.status(204, ""));
        UUID id = enqueue("ana", 3);
        limits.tryAcquire(registration);
        limits.tryAcquire(registration);

        worker.runOnce();

        assertThat(status(id)).isEqualTo(DeliveryStatus.PENDING);
        assertThat(column(id, "attempts")).isEqualTo("0");
        assertThat(platform.received(SCORES)).isEmpty();
        limits.release(registration);
        assertThat(limits.available(registration)).isEqualTo(1);
    }

    @Test
    void permitsAreGivenBackAfterEveryDelivery() {
        lineItemExists();
        platform.answer(SCORES, Answer.status(500, ""));
        enqueue("ana", 3);
        enqueue("ben", 3);

        worker.runOnce();

        assertThat(limits.available(registration)).isEqualTo(2);
    }

    @Test
    void aRegistrationThatIsGoneNeedsAttention() {
        known = Optional.empty();
        UUID id = enqueue("ana", 3);

        worker.runOnce();

        assertThat(status(id)).isEqualTo(DeliveryStatus.NEEDS_ATTENTION);
        assertThat(lastError(id, Messages.ENGLISH)).contains("no longer exists");
        assertThat(lastError(id, Messages.SPANISH)).contains("ya no existe");
    }

    @Test
    void aRefusedTokenNeedsAttentionWithTheAdministratorsHint() {
        platform.answer("/token", Answer.status(401, "{\"error\": \"invalid_client\"}"));
        UUID id = enqueue("ana", 3);

        worker.runOnce();

        assertThat(status(id)).isEqualTo(DeliveryStatus.NEEDS_ATTENTION);
        assertThat(lastError(id, Messages.ENGLISH)).contains("invalid_client").contains("LMS administrator");
    }

    @Test
    void anUnreachablePlatformIsRetriedLater() {
        FakePlatform gone = new FakePlatform();
        URI deadItems = gone.uri("/items");
        gone.close();
        UUID deadLineItem = database.inNewTransaction(c -> outbox.lineItem(c, new LineItemSpec(registration, UUID.randomUUID(),
                LineItemKind.PERIOD, UUID.randomUUID(), "Term 1", 4, Optional.empty(), Optional.of(deadItems)), clock.instant()));
        UUID id = database.inNewTransaction(c -> outbox.enqueue(c, deadLineItem, new Score("ana", 1, 4, null, clock.instant()), clock.instant()));

        worker.runOnce();

        assertThat(status(id)).isEqualTo(DeliveryStatus.PENDING);
        assertThat(lastError(id, Messages.ENGLISH)).contains("could not be sent");
        assertThat(Instant.parse(column(id, "next_attempt_at"))).isBetween(clock.instant(), clock.instant().plusSeconds(2));
    }

    private ScoreOutbox.ColumnClaim otherNodeClaimsTheColumn() {
        return database.inNewTransaction(c -> outbox.claimLineItem(c, lineItem, "node-2", clock.instant(), Duration.ofMinutes(2)));
    }

    private String lineItemColumn(String column) {
        return database.inNewTransaction(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT " + column + " FROM line_item WHERE id = ?")) {
                select.setObject(1, lineItem);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    return String.valueOf(row.getObject(1));
                }
            }
        });
    }

    @Test
    void aColumnAnotherNodeIsCreatingIsWaitedForNotCreatedTwice() {
        assertThat(otherNodeClaimsTheColumn()).isInstanceOf(ScoreOutbox.ColumnClaim.Claimed.class);
        platform.answer(SCORES, Answer.status(204, ""));
        UUID id = enqueue("ana", 3);

        assertThat(worker.runOnce()).isEqualTo(1);

        assertThat(platform.received(ITEMS)).as("no lookup, no second column while node-2 makes it").isEmpty();
        assertThat(status(id)).isEqualTo(DeliveryStatus.PENDING);
        assertThat(column(id, "attempts")).as("waiting is not a failed attempt").isEqualTo("0");
        assertThat(column(id, "next_attempt_at")).isEqualTo("2026-03-02T08:00:02Z");

        database.inNewTransaction(c -> {
            outbox.lineItemFound(c, lineItem, platform.uri(ITEMS + "/7"), clock.instant());
            return null;
        });
        clock.advance(Duration.ofSeconds(2));
        worker.runOnce();

        assertThat(status(id)).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(platform.received(ITEMS)).as("node-2's column is used").isEmpty();
        assertThat(platform.received(SCORES)).hasSize(1);
        assertThat(lineItemColumn("creating_by")).isEqualTo("null");
    }

    @Test
    void theClaimOfANodeThatStoppedRunsOutWithItsLease() {
        otherNodeClaimsTheColumn();
        platform.answer(ITEMS, Answer.json("application/vnd.ims.lis.v2.lineitemcontainer+json", "[]"),
                Answer.json("application/vnd.ims.lis.v2.lineitem+json", "{\"id\": \"" + platform.uri(ITEMS + "/7") + "\", \"label\": \"Fractions\"}"));
        platform.answer(SCORES, Answer.status(204, ""));
        UUID id = enqueue("ana", 3);
        worker.runOnce();
        assertThat(status(id)).isEqualTo(DeliveryStatus.PENDING);

        clock.advance(Duration.ofMinutes(2).plusSeconds(1));
        worker.runOnce();

        assertThat(status(id)).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(platform.received(ITEMS)).extracting(FakePlatform.Received::method).containsExactly("GET", "POST");
        assertThat(lineItemColumn("ags_url")).isEqualTo(platform.uri(ITEMS + "/7").toString());
        assertThat(lineItemColumn("creating_by")).isEqualTo("null");
    }

    @Test
    void aFailedLookupGivesTheClaimUpAtOnce() {
        platform.answer(ITEMS, Answer.status(503, ""));
        UUID id = enqueue("ana", 3);

        worker.runOnce();

        assertThat(status(id)).isEqualTo(DeliveryStatus.PENDING);
        assertThat(column(id, "attempts")).isEqualTo("1");
        assertThat(lineItemColumn("creating_by")).as("another node need not wait for the lease").isEqualTo("null");
        assertThat(otherNodeClaimsTheColumn()).isInstanceOf(ScoreOutbox.ColumnClaim.Claimed.class);
    }

    @Test
    void oneNodeAtATimeMayClaimAColumn() {
        assertThat(otherNodeClaimsTheColumn()).isInstanceOf(ScoreOutbox.ColumnClaim.Claimed.class);

        ScoreOutbox.ColumnClaim mine = database.inNewTransaction(c ->
                outbox.claimLineItem(c, lineItem, "node-1", clock.instant(), Duration.ofMinutes(2)));

        assertThat(mine).isEqualTo(new ScoreOutbox.ColumnClaim.Busy("node-2", clock.instant().plus(Duration.ofMinutes(2))));
        assertThat(otherNodeClaimsTheColumn()).as("the holder may renew its own claim")
                .isInstanceOf(ScoreOutbox.ColumnClaim.Claimed.class);
    }

    @Test
    void theScoreReadAgainAtSendingIsWhatTheLmsGetsAndWhatTheOutboxShows() {
        lineItemExists();
        platform.answer(SCORES, Answer.status(204, ""));
        DeliveryWorker readingAgain = new DeliveryWorker(outbox, database,
                new AgsClient(platform.calls(clock), ServiceCalls.Retries.none(), 10), id -> known,
                new DeliveryPolicy(new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(5), new Random(3)), Duration.ofHours(1)),
                limits, clock, new DeliveryWorker.Settings("node-1", Duration.ofMinutes(2), 10, Duration.ofSeconds(2)), Runnable::run,
                delivery -> new Score(delivery.score().userId(), 2.5, 4, null, delivery.score().timestamp()));
        UUID id = enqueue("ana", 3);

        readingAgain.runOnce();

        assertThat(status(id)).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(platform.received(SCORES)).singleElement().satisfies(r -> assertThat(r.body()).contains("\"scoreGiven\":2.5"));
        assertThat(column(id, "score_given")).isEqualTo("2.5");
    }
}
