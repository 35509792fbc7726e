package org.cairn.grades.control;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.cairn.grades.entity.ClaimedDelivery;
import org.cairn.grades.entity.DeliveryAttention;
import org.cairn.grades.entity.DeliveryCounts;
import org.cairn.grades.entity.DeliveryStatus;
import org.cairn.grades.entity.LineItemSpec;
import org.cairn.grades.entity.NewLineItem;
import org.cairn.grades.entity.Score;
import org.cairn.infra.i18n.Phrase;
import org.cairn.infra.i18n.PhraseText;
import org.cairn.infra.persistence.UniqueKeyViolation;

/**
 * The score outbox's SQL (tables line_item and score_delivery, V7). Every method runs on the caller's
 * connection and inside the caller's transaction, so {@link #enqueue} commits or rolls back with the change that
 * caused the score. Plain JDBC because the claim needs {@code FOR UPDATE SKIP LOCKED}, which JPQL cannot say;
 * the same SQL runs on H2 2.x and PostgreSQL.
 */
public class ScoreOutbox {

    private static final Logger LOG = Logger.getLogger(ScoreOutbox.class.getName());

    /**
     * Due work, newest per (line item, student) only, and never a score whose (line item, student) another worker
     * is delivering right now: that keeps deliveries of one student's grade in timestamp order across nodes.
     * {@code SKIP LOCKED} lets several workers claim side by side without waiting for each other.
     * No ORDER BY: H2 2.3.232 returns no rows at all to a second claimer when a sorted {@code SKIP LOCKED} query
     * meets rows another transaction locked (tried with two connections, see ScoreOutboxTest); the order that
     * matters, per line item and student, is kept by the NOT EXISTS conditions, and every due row is claimed
     * once the ones before it leave the due set.
     */
    static final String CLAIMABLE = """
            SELECT d.id FROM score_delivery d
            WHERE ((d.status = 'PENDING' AND d.next_attempt_at <= ?) OR (d.status = 'IN_FLIGHT' AND d.locked_until < ?))
              AND NOT EXISTS (SELECT 1 FROM score_delivery n
                              WHERE n.line_item_id = d.line_item_id AND n.user_sub = d.user_sub
                                AND n.status IN ('PENDING', 'IN_FLIGHT') AND n.score_timestamp > d.score_timestamp)
              AND NOT EXISTS (SELECT 1 FROM score_delivery f
                              WHERE f.line_item_id = d.line_item_id AND f.user_sub = d.user_sub
                                AND f.status = 'IN_FLIGHT' AND f.locked_until >= ? AND f.id <> d.id)
            LIMIT ?
            FOR UPDATE SKIP LOCKED""";

    private static final String CLAIMED = """
            SELECT d.id, d.registration_id, d.line_item_id, d.user_sub, d.score_given, d.score_maximum, d.score_comment,
                   d.score_timestamp, d.attempts, d.first_failure_at,
                   l.ags_url, l.line_items_url, l.tag, l.resource_id, l.label, l.score_maximum AS line_item_maximum, l.lms_label
            FROM score_delivery d JOIN line_item l ON l.id = d.line_item_id
            WHERE d.id = ? AND d.locked_by = ?""";

    /**
     * Finds or records the line item for one subject of one course; returns its id.
     * <p>
     * Runs inside the transaction of whatever changed a level (evidence, a correction, an override, a rebuild, a
     * result read from the LMS), so the first scores of a new column can meet: a class's corrections at once all
     * insert the same line item. Rather than fail every one of those use cases but the first (the loser's whole
     * transaction would be lost), the insert runs behind a savepoint: the loser's insert waits for the winner's
     * commit and fails on line_item_subject, only the insert is rolled back, and the winner's row is found and used.
     */
    public UUID lineItem(Connection connection, LineItemSpec spec, Instant now) throws SQLException {
        Optional<UUID> known = findLineItem(connection, spec);
        if (known.isPresent()) {
            refresh(connection, known.get(), spec, now);
            return known.get();
        }
        // In auto-commit mode (a test's own connection) the insert is a transaction of its own: nothing to keep.
        Savepoint beforeInsert = connection.getAutoCommit() ? null : connection.setSavepoint();
        try {
            UUID id = insertLineItem(connection, spec, now);
            if (beforeInsert != null) connection.releaseSavepoint(beforeInsert);
            return id;
        } catch (SQLException e) {
            if (!UniqueKeyViolation.in(e)) throw e;
            if (beforeInsert != null) connection.rollback(beforeInsert);
            Optional<UUID> winner = findLineItem(connection, spec);
            if (winner.isEmpty()) throw e;
            refresh(connection, winner.get(), spec, now);
            return winner.get();
        }
    }

    private static Optional<UUID> findLineItem(Connection connection, LineItemSpec spec) throws SQLException {
        try (PreparedStatement find = connection.prepareStatement(
                "SELECT id FROM line_item WHERE registration_id = ? AND course_id = ? AND kind = ? AND subject_id = ?")) {
            find.setObject(1, spec.registrationId());
            find.setObject(2, spec.courseId());
            find.setString(3, spec.kind().name());
            find.setObject(4, spec.subjectId());
            try (ResultSet row = find.executeQuery()) {
                return row.next() ? Optional.of(row.getObject(1, UUID.class)) : Optional.empty();
            }
        }
    }

    /**
     * Only when something changed: every score of a standard passes here, and an UPDATE that matches the row would
     * lock it until the caller commits, serializing the whole class's evidence.
     */
    private static void refresh(Connection connection, UUID id, LineItemSpec spec, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE line_item SET label = ?, score_maximum = ?, line_items_url = COALESCE(?, line_items_url), "
                        + "ags_url = COALESCE(ags_url, ?), updated_at = ? WHERE id = ? AND (label <> ? "
                        + "OR score_maximum <> ? OR (CAST(? AS VARCHAR(2048)) IS NOT NULL AND (line_items_url IS NULL OR line_items_url <> ?)) "
                        + "OR (ags_url IS NULL AND CAST(? AS VARCHAR(2048)) IS NOT NULL))")) {
            update.setString(1, spec.label());
            update.setDouble(2, spec.scoreMaximum());
            update.setString(3, spec.lineItemsUrl().map(URI::toString).orElse(null));
            update.setString(4, spec.lineItemsUrl().isPresent() ? null : spec.lineItemUrl().map(URI::toString).orElse(null));
            update.setObject(5, time(now));
            update.setObject(6, id);
            update.setString(7, spec.label());
            update.setDouble(8, spec.scoreMaximum());
            update.setString(9, spec.lineItemsUrl().map(URI::toString).orElse(null));
            update.setString(10, spec.lineItemsUrl().map(URI::toString).orElse(null));
            update.setString(11, spec.lineItemsUrl().isPresent() ? null : spec.lineItemUrl().map(URI::toString).orElse(null));
            update.executeUpdate();
        }
    }

    private static UUID insertLineItem(Connection connection, LineItemSpec spec, Instant now) throws SQLException {
        UUID id = UUID.randomUUID();
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO line_item (id, registration_id, course_id, kind, subject_id, line_items_url, ags_url, tag,
                                       resource_id, label, score_maximum, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setObject(1, id);
            insert.setObject(2, spec.registrationId());
            insert.setObject(3, spec.courseId());
            insert.setString(4, spec.kind().name());
            insert.setObject(5, spec.subjectId());
            insert.setString(6, spec.lineItemsUrl().map(URI::toString).orElse(null));
            // Without a container URL Cairn cannot create its own column: it grades the link's own line item.
            insert.setString(7, spec.lineItemsUrl().isPresent() ? null : spec.lineItemUrl().map(URI::toString).orElse(null));
            insert.setString(8, spec.tag());
            insert.setString(9, spec.resourceId());
            insert.setString(10, spec.label());
            insert.setDouble(11, spec.scoreMaximum());
            insert.setObject(12, time(now));
            insert.setObject(13, time(now));
            insert.executeUpdate();
        }
        return id;
    }

    /**
     * Adds a score for delivery. Its timestamp is made strictly later than every earlier score of the same line
     * item and student (AGS 2.0 §3.4.4: a platform ignores a score not newer than the one it has), at ms precision.
     */
    public UUID enqueue(Connection connection, UUID lineItemId, Score score, Instant now) throws SQLException {
        UUID registrationId;
        UUID courseId;
        try (PreparedStatement find = connection.prepareStatement("SELECT registration_id, course_id FROM line_item WHERE id = ?")) {
            find.setObject(1, lineItemId);
            try (ResultSet row = find.executeQuery()) {
                if (!row.next()) throw new IllegalArgumentException("No line item " + lineItemId);
                registrationId = row.getObject(1, UUID.class);
                courseId = row.getObject(2, UUID.class);
            }
        }
        Instant timestamp = score.timestamp().truncatedTo(ChronoUnit.MILLIS);
        try (PreparedStatement latest = connection.prepareStatement(
                "SELECT MAX(score_timestamp) FROM score_delivery WHERE line_item_id = ? AND user_sub = ?")) {
            latest.setObject(1, lineItemId);
            latest.setString(2, score.userId());
            try (ResultSet row = latest.executeQuery()) {
                if (row.next()) {
                    OffsetDateTime last = row.getObject(1, OffsetDateTime.class);
                    if (last != null && !timestamp.isAfter(last.toInstant())) {
                        timestamp = last.toInstant().plusMillis(1);
                    }
                }
            }
        }
        UUID id = UUID.randomUUID();
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO score_delivery (id, registration_id, course_id, line_item_id, user_sub, score_given, score_maximum,
                                            score_comment, score_timestamp, status, attempts, next_attempt_at, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)""")) {
            insert.setObject(1, id);
            insert.setObject(2, registrationId);
            insert.setObject(3, courseId);
            insert.setObject(4, lineItemId);
            insert.setString(5, score.userId());
            insert.setObject(6, score.scoreGiven(), java.sql.Types.DOUBLE);
            insert.setDouble(7, score.scoreMaximum());
            insert.setString(8, truncate(score.comment(), 1000));
            insert.setObject(9, time(timestamp));
            insert.setObject(10, time(now));
            insert.setObject(11, time(now));
            insert.executeUpdate();
        }
        return id;
    }

    /**
     * Claims up to {@code batch} due deliveries for this node until {@code now + lease}, and supersedes the older
     * pending scores of the same line item and student: only the newest is sent.
     */
    public List<ClaimedDelivery> claim(Connection connection, String node, Instant now, Duration lease, int batch)
            throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(CLAIMABLE)) {
            select.setObject(1, time(now));
            select.setObject(2, time(now));
            select.setObject(3, time(now));
            select.setInt(4, batch);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) ids.add(rows.getObject(1, UUID.class));
            }
        }
        return claimEach(connection, ids, node, now, lease);
    }

    /**
     * Claims each of these due deliveries in turn. A row that cannot be locked or read back by its id is skipped and
     * logged, not allowed to fail the round: on H2 a crash can leave a row that a scan finds and its primary-key
     * index does not, and failing the round for it would stop every other delivery of the install for good.
     */
    List<ClaimedDelivery> claimEach(Connection connection, List<UUID> ids, String node, Instant now, Duration lease)
            throws SQLException {
        List<ClaimedDelivery> claimed = new ArrayList<>();
        for (UUID id : ids) {
            int locked;
            try (PreparedStatement lock = connection.prepareStatement(
                    "UPDATE score_delivery SET status = 'IN_FLIGHT', locked_by = ?, locked_until = ? WHERE id = ?")) {
                lock.setString(1, node);
                lock.setObject(2, time(now.plus(lease)));
                lock.setObject(3, id);
                locked = lock.executeUpdate();
            }
            Optional<ClaimedDelivery> read = locked == 1 ? claimed(connection, id, node) : Optional.empty();
            if (read.isEmpty()) {
                LOG.warning(() -> "Score delivery " + id + " was due but could not be found by its id; skipped. "
                        + "On H2 this follows a crash that damaged an index: export and re-import the database.");
                continue;
            }
            ClaimedDelivery delivery = read.get();
            try (PreparedStatement supersede = connection.prepareStatement("""
                    UPDATE score_delivery SET status = 'SUPERSEDED', locked_by = NULL, locked_until = NULL
                    WHERE line_item_id = ? AND user_sub = ? AND score_timestamp < ?
                      AND (status = 'PENDING' OR (status = 'IN_FLIGHT' AND locked_until < ?))""")) {
                supersede.setObject(1, delivery.lineItemId());
                supersede.setString(2, delivery.score().userId());
                supersede.setObject(3, time(delivery.score().timestamp()));
                supersede.setObject(4, time(now));
                supersede.executeUpdate();
            }
            claimed.add(delivery);
        }
        return claimed;
    }

    private Optional<ClaimedDelivery> claimed(Connection connection, UUID id, String node) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(CLAIMED)) {
            select.setObject(1, id);
            select.setString(2, node);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) return Optional.empty();
                Double given = row.getObject("score_given") == null ? null : row.getDouble("score_given");
                Score score = new Score(row.getString("user_sub"), given, row.getDouble("score_maximum"),
                        row.getString("score_comment"), row.getObject("score_timestamp", OffsetDateTime.class).toInstant());
                NewLineItem lineItem = new NewLineItem(row.getString("label"), row.getDouble("line_item_maximum"),
                        row.getString("tag"), row.getString("resource_id"));
                return Optional.of(new ClaimedDelivery(id, row.getObject("registration_id", UUID.class),
                        row.getObject("line_item_id", UUID.class), uri(row.getString("ags_url")),
                        uri(row.getString("line_items_url")), lineItem, score, row.getInt("attempts"),
                        Optional.ofNullable(row.getObject("first_failure_at", OffsetDateTime.class)).map(OffsetDateTime::toInstant),
                        Optional.ofNullable(row.getString("lms_label"))));
            }
        }
    }

    /** What a node may do about a line item that had no LMS column when its delivery was claimed. */
    public sealed interface ColumnClaim {
        /** This node finds or creates the column now; others wait until it has stored the URL or given up. */
        record Claimed() implements ColumnClaim {
        }

        /** Another node found or created it meanwhile: use its URL. */
        record Known(URI agsUrl) implements ColumnClaim {
        }

        /** Another node is finding or creating it right now: come back later. */
        record Busy(String node, Instant until) implements ColumnClaim {
        }
    }

    /**
     * Claims the finding or creating of a line item's LMS column for this node until {@code now + lease}, unless the
     * column is known already or another node holds an unexpired claim. One UPDATE decides, so two nodes cannot
     * both claim; the claim ends with {@link #lineItemFound} or {@link #lineItemUnclaimed}, or when it runs out.
     */
    public ColumnClaim claimLineItem(Connection connection, UUID lineItemId, String node, Instant now, Duration lease)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE line_item SET creating_by = ?, creating_until = ? WHERE id = ? AND ags_url IS NULL "
                        + "AND (creating_until IS NULL OR creating_until < ? OR creating_by = ?)")) {
            update.setString(1, node);
            update.setObject(2, time(now.plus(lease)));
            update.setObject(3, lineItemId);
            update.setObject(4, time(now));
            update.setString(5, node);
            if (update.executeUpdate() == 1) return new ColumnClaim.Claimed();
        }
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT ags_url, creating_by, creating_until FROM line_item WHERE id = ?")) {
            select.setObject(1, lineItemId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) throw new SQLException("No line item " + lineItemId);
                String agsUrl = row.getString(1);
                if (agsUrl != null) return new ColumnClaim.Known(URI.create(agsUrl));
                OffsetDateTime until = row.getObject(3, OffsetDateTime.class);
                return new ColumnClaim.Busy(row.getString(2), until == null ? now : until.toInstant());
            }
        }
    }

    /** Gives up this node's claim on a line item's column (its lookup or create failed), so another may try at once. */
    public void lineItemUnclaimed(Connection connection, UUID lineItemId, String node) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE line_item SET creating_by = NULL, creating_until = NULL WHERE id = ? AND creating_by = ?")) {
            update.setObject(1, lineItemId);
            update.setString(2, node);
            update.executeUpdate();
        }
    }

    /** Records where the LMS keeps the line item, once found or created, and ends any claim on creating it. */
    public void lineItemFound(Connection connection, UUID lineItemId, URI agsUrl, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE line_item SET ags_url = ?, lms_label = COALESCE(lms_label, label), updated_at = ?, "
                        + "creating_by = NULL, creating_until = NULL WHERE id = ?")) {
            update.setString(1, agsUrl.toString());
            update.setObject(2, time(now));
            update.setObject(3, lineItemId);
            update.executeUpdate();
        }
    }

    /** Records the label the LMS column now has (after a rename at delivery time). */
    public void labelSent(Connection connection, UUID lineItemId, String label, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE line_item SET lms_label = ?, updated_at = ? WHERE id = ?")) {
            update.setString(1, label);
            update.setObject(2, time(now));
            update.setObject(3, lineItemId);
            update.executeUpdate();
        }
    }

    /** Records the score a claimed delivery is about to send when it was read again at sending (null: cleared). */
    public void rescored(Connection connection, UUID id, String node, Double scoreGiven) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE score_delivery SET score_given = ? WHERE id = ? AND locked_by = ? AND status = 'IN_FLIGHT'")) {
            update.setObject(1, scoreGiven, java.sql.Types.DOUBLE);
            update.setObject(2, id);
            update.setString(3, node);
            update.executeUpdate();
        }
    }

    /** Marks a delivery done; false if this node's lease was lost meanwhile (another node took it over). */
    public boolean delivered(Connection connection, UUID id, String node, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE score_delivery SET status = 'DELIVERED', delivered_at = ?, attempts = attempts + 1, last_error = NULL,
                                          last_error_phrase = NULL, locked_by = NULL, locked_until = NULL
                WHERE id = ? AND locked_by = ? AND status = 'IN_FLIGHT'""")) {
            update.setObject(1, time(now));
            update.setObject(2, id);
            update.setString(3, node);
            return update.executeUpdate() == 1;
        }
    }

    /**
     * Records a failed attempt and what comes next: another attempt at a time, or a person's attention. The error is
     * kept as a phrase (V20) for the teacher's language; {@code last_error} holds only errors recorded before.
     */
    public boolean failed(Connection connection, UUID id, String node, Instant now, DeliveryPolicy.Decision decision,
                          Phrase error) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE score_delivery SET status = ?, next_attempt_at = ?, attempts = attempts + 1,
                                          first_failure_at = COALESCE(first_failure_at, ?), last_error = NULL,
                                          last_error_phrase = ?, locked_by = NULL, locked_until = NULL
                WHERE id = ? AND locked_by = ? AND status = 'IN_FLIGHT'""")) {
            update.setString(1, decision.status().name());
            update.setObject(2, time(decision.nextAttemptAt()));
            update.setObject(3, time(now));
            update.setString(4, PhraseText.write(error));
            update.setObject(5, id);
            update.setString(6, node);
            return update.executeUpdate() == 1;
        }
    }

    /** Gives a claimed delivery back untouched (its registration is at its concurrency limit). */
    public void release(Connection connection, UUID id, String node, Instant dueAgain) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE score_delivery SET status = 'PENDING', next_attempt_at = ?, locked_by = NULL, locked_until = NULL
                WHERE id = ? AND locked_by = ? AND status = 'IN_FLIGHT'""")) {
            update.setObject(1, time(dueAgain));
            update.setObject(2, id);
            update.setString(3, node);
            update.executeUpdate();
        }
    }

    /**
     * Puts a delivery that needs attention back in the queue. If a newer score for the same line item and student
     * was delivered meanwhile, it is superseded instead: sending it now would be ignored or go backwards.
     */
    public Optional<DeliveryStatus> retry(Connection connection, UUID id, Instant now) throws SQLException {
        try (PreparedStatement find = connection.prepareStatement("""
                SELECT d.status, (SELECT COUNT(*) FROM score_delivery n WHERE n.line_item_id = d.line_item_id
                        AND n.user_sub = d.user_sub AND n.score_timestamp > d.score_timestamp
                        AND n.status IN ('DELIVERED', 'PENDING', 'IN_FLIGHT')) AS newer
                FROM score_delivery d WHERE d.id = ?""")) {
            find.setObject(1, id);
            try (ResultSet row = find.executeQuery()) {
                if (!row.next()) return Optional.empty();
                DeliveryStatus status = DeliveryStatus.valueOf(row.getString(1));
                if (status != DeliveryStatus.NEEDS_ATTENTION) return Optional.of(status);
                DeliveryStatus next = row.getLong(2) > 0 ? DeliveryStatus.SUPERSEDED : DeliveryStatus.PENDING;
                try (PreparedStatement update = connection.prepareStatement("""
                        UPDATE score_delivery SET status = ?, next_attempt_at = ?, first_failure_at = NULL
                        WHERE id = ? AND status = 'NEEDS_ATTENTION'""")) {
                    update.setString(1, next.name());
                    update.setObject(2, time(now));
                    update.setObject(3, id);
                    update.executeUpdate();
                }
                return Optional.of(next);
            }
        }
    }

    public Optional<DeliveryStatus> status(Connection connection, UUID id) throws SQLException {
        try (PreparedStatement find = connection.prepareStatement("SELECT status FROM score_delivery WHERE id = ?")) {
            find.setObject(1, id);
            try (ResultSet row = find.executeQuery()) {
                return row.next() ? Optional.of(DeliveryStatus.valueOf(row.getString(1))) : Optional.empty();
            }
        }
    }

    /** Counts per status for one line item (IN_FLIGHT counts as pending). */
    public DeliveryCounts counts(Connection connection, UUID lineItemId) throws SQLException {
        long delivered = 0, pending = 0, attention = 0, superseded = 0;
        try (PreparedStatement count = connection.prepareStatement(
                "SELECT status, COUNT(*) FROM score_delivery WHERE line_item_id = ? GROUP BY status")) {
            count.setObject(1, lineItemId);
            try (ResultSet rows = count.executeQuery()) {
                while (rows.next()) {
                    long n = rows.getLong(2);
                    switch (DeliveryStatus.valueOf(rows.getString(1))) {
                        case DELIVERED -> delivered = n;
                        case PENDING, IN_FLIGHT -> pending += n;
                        case NEEDS_ATTENTION -> attention = n;
                        case SUPERSEDED -> superseded = n;
                    }
                }
            }
        }
        return new DeliveryCounts(delivered, pending, attention, superseded);
    }

    /**
     * The deliveries of a line item that need a person, newest first, each with its last error as a phrase; an error
     * recorded before V20 is its English sentence, kept as written.
     */
    public List<DeliveryAttention> needingAttention(Connection connection, UUID lineItemId) throws SQLException {
        List<DeliveryAttention> list = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT id, user_sub, score_timestamp, attempts, last_error_phrase, last_error FROM score_delivery
                WHERE line_item_id = ? AND status = 'NEEDS_ATTENTION' ORDER BY score_timestamp DESC""")) {
            select.setObject(1, lineItemId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    list.add(new DeliveryAttention(rows.getObject(1, UUID.class), rows.getString(2),
                            rows.getObject(3, OffsetDateTime.class).toInstant(), rows.getInt(4),
                            PhraseText.read(rows.getString(5), rows.getString(6))));
                }
            }
        }
        return list;
    }


    /** Cairn's line items in a course, by label. */
    public List<org.cairn.grades.entity.CourseLineItem> lineItemsOf(Connection connection, UUID courseId) throws SQLException {
        List<org.cairn.grades.entity.CourseLineItem> list = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, kind, subject_id, label, ags_url FROM line_item WHERE course_id = ? ORDER BY label, id")) {
            select.setObject(1, courseId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    list.add(new org.cairn.grades.entity.CourseLineItem(rows.getObject(1, UUID.class),
                            org.cairn.grades.entity.LineItemKind.valueOf(rows.getString(2)), rows.getObject(3, UUID.class),
                            rows.getString(4), rows.getString(5) != null));
                }
            }
        }
        return list;
    }

    /** The course a delivery belongs to, so a teacher can only retry deliveries of their own course. */
    public Optional<UUID> courseOf(Connection connection, UUID deliveryId) throws SQLException {
        try (PreparedStatement find = connection.prepareStatement("SELECT course_id FROM score_delivery WHERE id = ?")) {
            find.setObject(1, deliveryId);
            try (ResultSet row = find.executeQuery()) {
                return row.next() ? Optional.of(row.getObject(1, UUID.class)) : Optional.empty();
            }
        }
    }

    private static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Optional<URI> uri(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(URI.create(value));
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
