package org.cairn.sandbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cairn.sandbox.entity.LineItem;
import org.cairn.sandbox.entity.Score;

/** The sandbox courses' gradebooks: AGS line items and the latest score per user on each. */
@ApplicationScoped
public class Gradebook {

    @Inject
    SandboxTables tables;

    @Inject
    Clock clock;

    public LineItem create(String courseId, String clientId, String label, double scoreMaximum, String tag,
                           String resourceId, String resourceLinkId, String start, String end) {
        LineItem item = new LineItem(UUID.randomUUID().toString(), courseId, label, scoreMaximum, tag, resourceId,
                resourceLinkId, start, end, clientId, clock.instant());
        tables.update("INSERT INTO sandbox_line_item (id, course_id, label, score_maximum, tag, resource_id, "
                        + "resource_link_id, start_date_time, end_date_time, client_id, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", item.id(), courseId, label, scoreMaximum, tag,
                resourceId, resourceLinkId, start, end, clientId, item.createdAt());
        return item;
    }

    public void update(LineItem item) {
        tables.update("UPDATE sandbox_line_item SET label = ?, score_maximum = ?, tag = ?, resource_id = ?, "
                        + "resource_link_id = ?, start_date_time = ?, end_date_time = ? WHERE id = ?", item.label(),
                item.scoreMaximum(), item.tag(), item.resourceId(), item.resourceLinkId(), item.startDateTime(),
                item.endDateTime(), item.id());
    }

    public boolean delete(String courseId, String id) {
        tables.update("DELETE FROM sandbox_score WHERE line_item_id = ?", id);
        return tables.update("DELETE FROM sandbox_line_item WHERE course_id = ? AND id = ?", courseId, id) == 1;
    }

    public Optional<LineItem> lineItem(String courseId, String id) {
        return tables.one("SELECT * FROM sandbox_line_item WHERE course_id = ? AND id = ?", Gradebook::lineItem,
                courseId, id);
    }

    /** AGS 2.0 §3.2.4: the container filtered by tag, resource_id and resource_link_id. */
    public List<LineItem> lineItems(String courseId, String tag, String resourceId, String resourceLinkId) {
        return tables.query("SELECT * FROM sandbox_line_item WHERE course_id = ? "
                        + "AND (CAST(? AS VARCHAR(255)) IS NULL OR tag = ?) AND (CAST(? AS VARCHAR(255)) IS NULL OR resource_id = ?) "
                        + "AND (CAST(? AS VARCHAR(255)) IS NULL OR resource_link_id = ?) ORDER BY created_at, id", Gradebook::lineItem,
                courseId, tag, tag, resourceId, resourceId, resourceLinkId, resourceLinkId);
    }

    public List<LineItem> allLineItems() {
        return tables.query("SELECT * FROM sandbox_line_item ORDER BY created_at, id", Gradebook::lineItem);
    }

    /**
     * Stores a score unless an existing one for the same user is at least as recent (AGS 2.0 §3.4.1).
     * Returns whether it was stored.
     */
    public boolean record(Score score) {
        Optional<Score> stored = score(score.lineItemId(), score.userId());
        if (!score.supersedes(stored.orElse(null))) return false;
        if (stored.isPresent()) {
            tables.update("UPDATE sandbox_score SET score_given = ?, score_maximum = ?, comment_text = ?, "
                            + "score_timestamp = ?, activity_progress = ?, grading_progress = ?, received_at = ? "
                            + "WHERE line_item_id = ? AND user_id = ? AND score_timestamp < ?", score.scoreGiven(),
                    score.scoreMaximum(), score.comment(), score.timestamp(), score.activityProgress(),
                    score.gradingProgress(), score.receivedAt(), score.lineItemId(), score.userId(), score.timestamp());
            return true;
        }
        return tables.insertUnique("INSERT INTO sandbox_score (line_item_id, user_id, score_given, score_maximum, "
                        + "comment_text, score_timestamp, activity_progress, grading_progress, received_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", score.lineItemId(), score.userId(), score.scoreGiven(),
                score.scoreMaximum(), score.comment(), score.timestamp(), score.activityProgress(),
                score.gradingProgress(), score.receivedAt());
    }

    public Optional<Score> score(String lineItemId, String userId) {
        return tables.one("SELECT * FROM sandbox_score WHERE line_item_id = ? AND user_id = ?", Gradebook::score,
                lineItemId, userId);
    }

    public List<Score> scores(String lineItemId, String userId) {
        return tables.query("SELECT * FROM sandbox_score WHERE line_item_id = ? AND (CAST(? AS VARCHAR(255)) IS NULL OR user_id = ?) "
                + "ORDER BY user_id", Gradebook::score, lineItemId, userId, userId);
    }

    public List<Score> allScores() {
        return tables.query("SELECT * FROM sandbox_score ORDER BY received_at DESC", Gradebook::score);
    }

    private static LineItem lineItem(ResultSet row) throws SQLException {
        return new LineItem(row.getString("id"), row.getString("course_id"), row.getString("label"),
                row.getDouble("score_maximum"), row.getString("tag"), row.getString("resource_id"),
                row.getString("resource_link_id"), row.getString("start_date_time"), row.getString("end_date_time"),
                row.getString("client_id"), SandboxTables.instant(row, "created_at"));
    }

    private static Score score(ResultSet row) throws SQLException {
        Double given = row.getObject("score_given") == null ? null : row.getDouble("score_given");
        Double maximum = row.getObject("score_maximum") == null ? null : row.getDouble("score_maximum");
        return new Score(row.getString("line_item_id"), row.getString("user_id"), given, maximum,
                row.getString("comment_text"), SandboxTables.instant(row, "score_timestamp"),
                row.getString("activity_progress"), row.getString("grading_progress"),
                SandboxTables.instant(row, "received_at"));
    }
}
